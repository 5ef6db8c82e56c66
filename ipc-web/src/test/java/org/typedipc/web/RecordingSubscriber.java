package org.typedipc.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Subscribes to a stream, requests only what the test asks for, and records what arrives. */
final class RecordingSubscriber implements Flow.Subscriber<Object> {
  final LinkedBlockingQueue<Object> items = new LinkedBlockingQueue<>();
  /** Completes with null on completion, with the failure on an error. */
  final CompletableFuture<Throwable> end = new CompletableFuture<>();
  private final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription.complete(s);
  }

  @Override
  public void onNext(Object item) {
    items.add(item);
  }

  @Override
  public void onError(Throwable failure) {
    end.complete(failure);
  }

  @Override
  public void onComplete() {
    end.complete(null);
  }

  void request(long n) throws Exception {
    subscription.get(30, TimeUnit.SECONDS).request(n);
  }

  void cancel() throws Exception {
    subscription.get(30, TimeUnit.SECONDS).cancel();
  }

  /** The next item, waiting up to 30 s for it. */
  Object next() throws InterruptedException {
    Object item = items.poll(30, TimeUnit.SECONDS);
    if (item == null) {
      throw new AssertionError("no item within 30 s");
    }
    return item;
  }

  /** How the stream ended, waiting up to 30 s. */
  Throwable awaitEnd() throws Exception {
    return end.get(30, TimeUnit.SECONDS);
  }
}
