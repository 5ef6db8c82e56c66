package org.typedipc.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.testing.Waits.assertFailsWith;
import static org.typedipc.runtime.testing.Waits.await;
import static org.typedipc.runtime.testing.Waits.eventually;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcNoHandlerException;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.IpcRemoteException;
import org.typedipc.runtime.IpcTimeoutException;
import org.typedipc.runtime.testing.CountingPublisher;
import org.typedipc.runtime.testing.IpcFixture;
import org.typedipc.runtime.testing.OverEveryTransport;
import org.typedipc.runtime.testing.RecordingSubscriber;
import org.typedipc.runtime.testing.TransportUnderTest;

/**
 * Streams in both directions ({@code ipcRenderer.stream} ↔ {@code ipcMain.handleStream}, {@code
 * renderer.stream} ↔ {@code ipcRenderer.handleStream}): order, demand crossing the wire, the end
 * and failures, cancel from either side, the idle deadline, and many streams on one connection.
 */
@OverEveryTransport
class StreamConformanceTest extends IpcFixture {
  @Test
  void itemsArriveInOrderThenTheStreamCompletes() {
    main.handleStream("count", (event, args) -> CountingPublisher.of((Integer) args[0]));
    ipc.handleStream("count", (event, args) -> CountingPublisher.of((Integer) args[0]));
    RecordingSubscriber fromMain = RecordingSubscriber.inBatches(7);
    RecordingSubscriber fromRenderer = RecordingSubscriber.inBatches(7);

    ipc.stream("count", 1000).subscribe(fromMain);
    renderer.stream("count", 1000).subscribe(fromRenderer);

    await(fromMain.done);
    await(fromRenderer.done);
    List<Long> expected = LongStream.range(0, 1000).boxed().toList();
    assertEquals(expected, numbers(fromMain.items()));
    assertEquals(expected, numbers(fromRenderer.items()));
  }

  @Test
  void theProducerIsAskedForExactlyWhatTheSubscriberRequested() {
    CountingPublisher producer = CountingPublisher.endless();
    main.handleStream("endless", (event, args) -> producer);
    RecordingSubscriber slow = RecordingSubscriber.manual();
    ipc.stream("endless").subscribe(slow);

    slow.request(3);
    slow.awaitReceived(3);
    eventually(() -> producer.requested() == 3, "main's publisher asked for 3");
    slow.request(5);
    slow.awaitReceived(8);
    await(ipc.invoke("fence-unhandled").exceptionally(failure -> null)); // a round trip: nothing more was on its way

    assertEquals(8, producer.requested());
    assertEquals(8, producer.emitted());
    assertEquals(8, slow.received());
    assertNull(slow.overrun);
  }

  @Test
  void aCancelReachesTheProducerInEitherDirection() {
    CountingPublisher mainSide = CountingPublisher.endless();
    CountingPublisher rendererSide = CountingPublisher.endless();
    main.handleStream("endless", (event, args) -> mainSide);
    ipc.handleStream("endless", (event, args) -> rendererSide);
    RecordingSubscriber inRenderer = RecordingSubscriber.inBatches(4);
    RecordingSubscriber inMain = RecordingSubscriber.inBatches(4);
    ipc.stream("endless").subscribe(inRenderer);
    renderer.stream("endless").subscribe(inMain);
    inRenderer.awaitReceived(20);
    inMain.awaitReceived(20);

    inRenderer.cancel();
    inMain.cancel();

    await(mainSide.cancelled);
    await(rendererSide.cancelled);
  }

  @Test
  void aFailingProducerFailsTheStreamWithElectronsTextAfterItsItems() {
    main.handleStream("fails", (event, args) -> CountingPublisher.failingAfter(5, new IllegalStateException("disk gone")));
    ipc.handleStream("fails", (event, args) -> {
      throw new IllegalArgumentException("bad folder");
    });
    RecordingSubscriber fromMain = RecordingSubscriber.inBatches(100);
    RecordingSubscriber fromRenderer = RecordingSubscriber.inBatches(100);

    ipc.stream("fails").subscribe(fromMain);
    renderer.stream("fails").subscribe(fromRenderer);

    IpcRemoteException failed = assertFailsWith(IpcRemoteException.class, fromMain.done);
    assertEquals("Error invoking remote method 'fails': java.lang.IllegalStateException: disk gone", failed.getMessage());
    assertEquals(5, fromMain.received());
    IpcRemoteException threw = assertFailsWith(IpcRemoteException.class, fromRenderer.done);
    assertEquals("Error invoking remote method 'fails': java.lang.IllegalArgumentException: bad folder", threw.getMessage());
  }

  @Test
  void withoutAHandlerOrWithAHandlerThatIsNoStreamTheStreamFails() {
    main.handle("plain", (event, args) -> "not a stream");
    RecordingSubscriber none = RecordingSubscriber.inBatches(1);
    RecordingSubscriber plain = RecordingSubscriber.inBatches(1);

    ipc.stream("nobody").subscribe(none);
    ipc.stream("plain").subscribe(plain);

    assertEquals(
        "Error invoking remote method 'nobody': No handler registered for 'nobody'",
        assertFailsWith(IpcNoHandlerException.class, none.done).getMessage());
    assertTrue(assertFailsWith(IpcRemoteException.class, plain.done).getMessage().contains("not a Flow.Publisher"));
  }

  @Test
  void aProducerThatGoesAwayFailsTheStreamAndASubscriberThatGoesAwayCancelsIt() {
    CountingPublisher mainSide = CountingPublisher.endless();
    main.handleStream("endless", (event, args) -> mainSide);
    ipc.handleStream("endless", (event, args) -> CountingPublisher.endless());
    RecordingSubscriber inRenderer = RecordingSubscriber.inBatches(4);
    RecordingSubscriber inMain = RecordingSubscriber.inBatches(4);
    ipc.stream("endless").subscribe(inRenderer);
    renderer.stream("endless").subscribe(inMain);
    inRenderer.awaitReceived(8);
    inMain.awaitReceived(8);

    connection.close();

    assertFailsWith(IpcDisconnectedException.class, inMain.done);
    assertFailsWith(IpcDisconnectedException.class, inRenderer.done);
    await(mainSide.cancelled);
  }

  @Test
  void aSilentStreamEndsAtItsIdleDeadlineAndCancelsTheProducer() {
    CountingPublisher silent = CountingPublisher.of(0);
    CompletableFuture<Void> cancelled = new CompletableFuture<>();
    main.handleStream("silent", (event, args) -> {
      event.onCancel(() -> cancelled.complete(null));
      return (Flow.Publisher<Object>) subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
        @Override
        public void request(long n) {}

        @Override
        public void cancel() {}
      });
    });
    RecordingSubscriber waiting = RecordingSubscriber.inBatches(1);

    ipc.stream(Duration.ofMillis(300), "silent").subscribe(waiting);

    IpcTimeoutException timedOut = assertFailsWith(IpcTimeoutException.class, waiting.done);
    assertTrue(timedOut.getMessage().startsWith("Stream 'silent': no item within the idle deadline of"), timedOut.getMessage());
    await(cancelled);
    assertEquals(0, silent.requested());
  }

  @Test
  void aRequestOfNothingFailsTheStream() {
    main.handleStream("endless", (event, args) -> CountingPublisher.endless());
    RecordingSubscriber subscriber = RecordingSubscriber.manual();
    ipc.stream("endless").subscribe(subscriber);

    subscriber.request(0);

    assertTrue(assertFailsWith(IpcProtocolException.class, subscriber.done).getMessage().contains("request(0)"));
  }

  @Test
  void aHundredStreamsShareOneConnectionFairly() {
    int streams = 100;
    int items = 1000;
    main.handleStream("count", (event, args) -> CountingPublisher.of(items));
    List<RecordingSubscriber> subscribers = new ArrayList<>();
    for (int i = 0; i < streams; i++) {
      RecordingSubscriber subscriber = RecordingSubscriber.countingFromStart(16);
      subscribers.add(subscriber);
    }
    CompletableFuture<Long> slowestAtFirstEnd = new CompletableFuture<>();
    for (RecordingSubscriber subscriber : subscribers) {
      subscriber.done.thenRun(() -> slowestAtFirstEnd.complete(
          subscribers.stream().mapToLong(RecordingSubscriber::received).min().orElseThrow()));
      ipc.stream("count").subscribe(subscriber);
    }
    subscribers.forEach(RecordingSubscriber::start);

    for (RecordingSubscriber subscriber : subscribers) {
      await(subscriber.done);
      assertEquals(items, subscriber.received());
      assertNull(subscriber.overrun);
    }
    // Every stream had credit throughout: none waited for another to finish. In-process there is
    // no connection to share: each stream runs on delivery threads of its own, as the OS schedules.
    if (transport == TransportUnderTest.IN_PROCESS) {
      return;
    }
    long slowest = await(slowestAtFirstEnd);
    assertTrue(slowest >= items / 10, "when the first stream ended, the slowest had " + slowest + " of " + items);
  }

  private static List<Long> numbers(List<Object> items) {
    return items.stream().map(item -> ((Number) item).longValue()).toList();
  }
}
