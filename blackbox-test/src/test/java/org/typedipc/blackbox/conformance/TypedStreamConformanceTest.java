package org.typedipc.blackbox.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.typedipc.runtime.testing.Waits.assertFailsWith;
import static org.typedipc.runtime.testing.Waits.await;

import java.util.List;
import java.util.concurrent.Flow;
import java.util.function.LongFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.typedipc.blackbox.conformance.Feeds.Closed;
import org.typedipc.blackbox.conformance.Feeds.Quote;
import org.typedipc.blackbox.conformance.Scans.Denied;
import org.typedipc.runtime.testing.CountingPublisher;
import org.typedipc.runtime.testing.IpcFixture;
import org.typedipc.runtime.testing.OverEveryTransport;
import org.typedipc.runtime.testing.RecordingSubscriber;

/**
 * Streams through the generated companions: a contract method returning {@code Flow.Publisher}
 * (renderer opens, main's typed handler produces) and an {@code @IpcEvents} one (main opens, the
 * renderer produces), with typed items and a declared exception each way. A stream's declared
 * exception reaches the subscriber's {@code onError} as itself; the proxy's method declares none,
 * so a caller has nothing to catch (these methods compile without a {@code throws} clause).
 */
@OverEveryTransport
class TypedStreamConformanceTest extends IpcFixture {
  @Test
  void aRendererStreamsTypedItemsFromMainsHandler() {
    FeedsIpc.main(main).handleQuotes((event, symbol, count) -> mapped(CountingPublisher.of(count), n -> new Quote(symbol, 100 + n)));
    RecordingSubscriber subscriber = RecordingSubscriber.inBatches(3);

    FeedsIpc.renderer(ipc).quotes("ACME", 5).subscribe(subscriber);

    await(subscriber.done);
    assertEquals(IntStream.range(0, 5).mapToObj(n -> new Quote("ACME", 100 + n)).toList(), subscriber.items());
  }

  @Test
  void aDeclaredExceptionEndsTheStreamAsItself() {
    FeedsIpc.main(main).handleQuotes((event, symbol, count) -> {
      throw new Closed("NYSE");
    });
    RecordingSubscriber subscriber = RecordingSubscriber.inBatches(1);

    FeedsIpc.renderer(ipc).quotes("ACME", 5).subscribe(subscriber);

    assertEquals("NYSE", assertFailsWith(Closed.class, subscriber.done).market());
  }

  @Test
  void mainStreamsTypedItemsFromARenderersHandler() {
    ScansIpc.renderer(ipc).handleFiles((event, folder) -> mapped(CountingPublisher.of(3), n -> folder + "/" + n));
    RecordingSubscriber subscriber = RecordingSubscriber.inBatches(2);

    ScansIpc.to(renderer).files("docs").subscribe(subscriber);

    await(subscriber.done);
    assertEquals(List.of("docs/0", "docs/1", "docs/2"), subscriber.items());
  }

  @Test
  void aRenderersDeclaredExceptionEndsMainsStreamAsItself() {
    ScansIpc.renderer(ipc).handleFiles((event, folder) -> {
      throw new Denied(folder);
    });
    RecordingSubscriber subscriber = RecordingSubscriber.inBatches(1);

    ScansIpc.to(renderer).files("secrets").subscribe(subscriber);

    assertEquals("secrets", assertFailsWith(Denied.class, subscriber.done).folder());
  }

  /** {@code source}'s numbers through {@code map}, with its demand passed on unchanged. */
  private static <T> Flow.Publisher<T> mapped(CountingPublisher source, LongFunction<T> map) {
    return subscriber -> source.subscribe(new Flow.Subscriber<Object>() {
      @Override
      public void onSubscribe(Flow.Subscription subscription) {
        subscriber.onSubscribe(subscription);
      }

      @Override
      public void onNext(Object item) {
        subscriber.onNext(map.apply((Long) item));
      }

      @Override
      public void onError(Throwable failure) {
        subscriber.onError(failure);
      }

      @Override
      public void onComplete() {
        subscriber.onComplete();
      }
    });
  }
}
