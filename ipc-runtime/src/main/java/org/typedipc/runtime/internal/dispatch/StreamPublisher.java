package org.typedipc.runtime.internal.dispatch;

import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * The publisher a stream call returns: cold, each subscriber opens a stream of its own with the
 * arguments encoded at the call.
 *
 * @param <T> the item type
 */
public final class StreamPublisher<T> implements Flow.Publisher<T> {
  private final Consumer<Flow.Subscriber<? super T>> open;

  /** {@code open} starts one stream for a subscriber. */
  public StreamPublisher(Consumer<Flow.Subscriber<? super T>> open) {
    this.open = open;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super T> subscriber) {
    open.accept(Objects.requireNonNull(subscriber, "subscriber")); // rule 1.9
  }
}
