package org.typedipc.runtime.internal.dispatch;

/**
 * Adapts a user listener, string or typed, to one delivery.
 *
 * @param <E> the event type of the side: main's or a renderer's
 */
@FunctionalInterface
public interface ListenerAdapter<E> {
  void deliver(E event, InboundMessage message);
}
