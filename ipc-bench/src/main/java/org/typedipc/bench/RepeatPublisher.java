package org.typedipc.bench;

import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The benchmark's stream producer: the same item {@code count} times, never more than requested. */
final class RepeatPublisher implements Flow.Publisher<Object> {
  private final Object item;
  private final long count;

  RepeatPublisher(Object item, long count) {
    this.item = item;
    this.count = count;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super Object> subscriber) {
    AtomicLong requested = new AtomicLong();
    AtomicInteger draining = new AtomicInteger();
    long[] emitted = {0};
    boolean[] done = {false};
    Runnable drain = () -> {
      if (draining.getAndIncrement() != 0) {
        return;
      }
      int missed = 1;
      do {
        while (!done[0] && emitted[0] < count && emitted[0] < requested.get()) {
          emitted[0]++;
          subscriber.onNext(item);
        }
        if (!done[0] && emitted[0] == count) {
          done[0] = true;
          subscriber.onComplete();
        }
        missed = draining.addAndGet(-missed);
      } while (missed != 0);
    };
    subscriber.onSubscribe(new Flow.Subscription() {
      @Override
      public void request(long n) {
        requested.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
        drain.run();
      }

      @Override
      public void cancel() {
        done[0] = true;
      }
    });
  }
}
