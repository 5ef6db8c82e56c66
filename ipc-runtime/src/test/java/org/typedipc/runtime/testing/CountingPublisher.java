package org.typedipc.runtime.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A producer for stream tests: emits {@code 0, 1, …, count − 1} (or forever), never more than was
 * requested, then completes (or fails with {@code failure}); records what it was asked for, what it
 * emitted and whether it was cancelled. One subscriber.
 */
public final class CountingPublisher implements Flow.Publisher<Object> {
  private final long count;
  private final RuntimeException failure;
  private final AtomicLong requested = new AtomicLong();
  private final AtomicLong emitted = new AtomicLong();
  private final AtomicInteger draining = new AtomicInteger();
  /** Completes when the subscriber cancels. */
  public final CompletableFuture<Void> cancelled = new CompletableFuture<>();
  /** Completes when a subscriber subscribes. */
  public final CompletableFuture<Void> subscribed = new CompletableFuture<>();
  private volatile boolean done;

  private CountingPublisher(long count, RuntimeException failure) {
    this.count = count;
    this.failure = failure;
  }

  /** Emits {@code count} numbers, then completes. */
  public static CountingPublisher of(long count) {
    return new CountingPublisher(count, null);
  }

  /** Emits as long as items are requested, never ending by itself. */
  public static CountingPublisher endless() {
    return new CountingPublisher(Long.MAX_VALUE, null);
  }

  /** Emits {@code count} numbers, then fails with {@code failure}. */
  public static CountingPublisher failingAfter(long count, RuntimeException failure) {
    return new CountingPublisher(count, failure);
  }

  /** The sum of the subscriber's requests, saturated. */
  public long requested() {
    return requested.get();
  }

  public long emitted() {
    return emitted.get();
  }

  @Override
  public void subscribe(Flow.Subscriber<? super Object> subscriber) {
    subscriber.onSubscribe(new Flow.Subscription() {
      @Override
      public void request(long n) {
        requested.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
        drain(subscriber);
      }

      @Override
      public void cancel() {
        done = true;
        cancelled.complete(null);
      }
    });
    subscribed.complete(null);
    drain(subscriber); // an empty range completes without a request
  }

  private void drain(Flow.Subscriber<? super Object> subscriber) {
    if (draining.getAndIncrement() != 0) {
      return;
    }
    int missed = 1;
    do {
      while (!done && emitted.get() < count && emitted.get() < requested.get()) {
        subscriber.onNext(emitted.getAndIncrement());
      }
      if (!done && emitted.get() == count) {
        done = true;
        if (failure != null) {
          subscriber.onError(failure);
        } else {
          subscriber.onComplete();
        }
      }
      missed = draining.addAndGet(-missed);
    } while (missed != 0);
  }
}
