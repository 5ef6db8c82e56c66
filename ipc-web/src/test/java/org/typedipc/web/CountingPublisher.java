package org.typedipc.web;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Publishes the numbers 0, 1, 2, … (up to {@code count}, or for ever) or what {@code items} makes of
 * them, each only when requested,
 * then completes or fails with {@code failure}; it counts what was requested of it and notes a
 * cancel, so that a test sees what a remote subscriber's credit let through.
 */
final class CountingPublisher<T> implements Flow.Publisher<T> {
  final AtomicLong requested = new AtomicLong();
  final CountDownLatch cancelled = new CountDownLatch(1);
  private final long count;
  private final Throwable failure;
  private final LongFunction<T> items;

  /** The numbers themselves as Integers: {@code count} of them ({@code Long.MAX_VALUE}: endless), then {@code failure} if not null. */
  static CountingPublisher<Object> numbers(long count, Throwable failure) {
    return new CountingPublisher<>(count, failure, n -> n < Integer.MAX_VALUE ? (Object) (int) n : (Object) n);
  }

  /** {@code count} items ({@code Long.MAX_VALUE}: endless), {@code items.apply(n)} for each number, then completes, or fails with {@code failure} if not null. */
  CountingPublisher(long count, Throwable failure, LongFunction<T> items) {
    this.count = count;
    this.failure = failure;
    this.items = items;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super T> subscriber) {
    subscriber.onSubscribe(new Flow.Subscription() {
      private long demand;
      private long next;
      private boolean emitting;
      private boolean done;

      @Override
      public void request(long n) {
        synchronized (this) {
          requested.addAndGet(n);
          demand = n > Long.MAX_VALUE - demand ? Long.MAX_VALUE : demand + n;
          if (emitting) {
            return; // the loop below, further up this thread's stack, emits it
          }
          emitting = true;
        }
        emit();
      }

      private void emit() {
        while (true) {
          long item;
          synchronized (this) {
            if (done || demand == 0 && next < count) {
              emitting = false;
              return;
            }
            if (next == count) {
              done = true;
              emitting = false;
              break;
            }
            demand--;
            item = next++;
          }
          subscriber.onNext(items.apply(item));
        }
        if (failure == null) {
          subscriber.onComplete();
        } else {
          subscriber.onError(failure);
        }
      }

      @Override
      public void cancel() {
        synchronized (this) {
          done = true;
        }
        cancelled.countDown();
      }
    });
  }
}
