package org.typedipc.runtime.spi;

/**
 * A main-side event's typed answers, for generated listeners: the typed {@code returnValue} of a
 * sendSync and the typed {@code reply}. Obtain one with {@link
 * Typed#of(org.typedipc.runtime.IpcMainEvent)}.
 */
public interface TypedEvent {
  /** Answers a typed sendSync channel. */
  <R> void setReturnValue(Channel<?, R> channel, R value);

  /**
   * Answers a typed sendSync channel with an exception the channel {@linkplain
   * Channel#exceptions() declares}: the caller's call throws it. Does nothing if the call was
   * already answered.
   *
   * @throws IllegalArgumentException if the channel does not declare the exception's type
   */
  void setReturnException(Channel<?, ?> channel, Exception declared);

  /** Replies to the sending frame on a typed event channel. */
  <A> void reply(Channel<A, ?> channel, A args);
}
