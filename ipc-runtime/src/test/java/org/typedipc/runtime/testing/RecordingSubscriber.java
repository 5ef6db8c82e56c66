package org.typedipc.runtime.testing;

import static org.typedipc.runtime.testing.Waits.eventually;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A subscriber for stream tests that requests only what the test says (optionally {@code batch}
 * more after every {@code batch} items), records the items, and checks on each one that it holds
 * no more than it requested.
 */
public final class RecordingSubscriber implements Flow.Subscriber<Object> {
  private final long initial;
  private final long batch;
  private final boolean keep;
  private final AtomicLong requested = new AtomicLong();
  private final AtomicLong received = new AtomicLong();
  private final List<Object> items = new CopyOnWriteArrayList<>();
  private volatile Flow.Subscription subscription;
  /** Completes with the stream: normally, or with its failure. */
  public final CompletableFuture<Void> done = new CompletableFuture<>();
  /** The first item beyond what was requested, if any arrived. */
  public volatile String overrun;

  private RecordingSubscriber(long initial, long batch, boolean keep) {
    this.initial = initial;
    this.batch = batch;
    this.keep = keep;
  }

  /** Requests nothing by itself. */
  public static RecordingSubscriber manual() {
    return new RecordingSubscriber(0, 0, true);
  }

  /** Requests {@code batch} at once and {@code batch} more after each {@code batch} items. */
  public static RecordingSubscriber inBatches(long batch) {
    return new RecordingSubscriber(batch, batch, true);
  }

  /** Like {@link #inBatches}, counting items without keeping them. */
  public static RecordingSubscriber countingInBatches(long batch) {
    return new RecordingSubscriber(batch, batch, false);
  }

  /** Counts items; requests {@code batch} on {@link #start()} and {@code batch} more after each {@code batch} items. */
  public static RecordingSubscriber countingFromStart(long batch) {
    return new RecordingSubscriber(0, batch, false);
  }

  /** Requests the first batch. */
  public void start() {
    request(batch);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (initial > 0) {
      request(initial);
    }
  }

  @Override
  public void onNext(Object item) {
    long n = received.incrementAndGet();
    if (n > requested.get() && overrun == null) {
      overrun = "item " + n + " arrived with " + requested.get() + " requested";
    }
    if (keep) {
      items.add(item);
    }
    if (batch > 0 && n % batch == 0) {
      request(batch);
    }
  }

  @Override
  public void onError(Throwable failure) {
    done.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    done.complete(null);
  }

  public void request(long n) {
    requested.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
    subscription().request(n);
  }

  public void cancel() {
    subscription().cancel();
  }

  public long received() {
    return received.get();
  }

  public List<Object> items() {
    return items;
  }

  /** Waits until {@code n} items arrived. */
  public void awaitReceived(long n) {
    eventually(() -> received.get() >= n, n + " items (have " + received.get() + ")");
  }

  private Flow.Subscription subscription() {
    eventually(() -> subscription != null, "the subscription");
    return subscription;
  }
}
