package org.typedipc.runtime.spi;

/**
 * A main-side event's typed answers, for generated listeners: the typed {@code returnValue} of a
 * sendSync and the typed {@code reply}. Obtain one with {@link
 * Typed#of(org.typedipc.runtime.IpcMainEvent)}.
 */
public interface TypedEvent {
  /** Answers a typed sendSync channel. */
  <R> void setReturnValue(Channel<?, R> channel, R value);

  /** Replies to the sending frame on a typed event channel. */
  <A> void reply(Channel<A, ?> channel, A args);
}
