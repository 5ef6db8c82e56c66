package org.typedipc.runtime.spi;

/**
 * A main-side event's typed answers, for generated listeners: the typed {@code returnValue} of a
 * sendSync and the typed {@code reply}. Obtain one with {@link
 * Typed#of(org.typedipc.runtime.IpcMainEvent)}.
 */
public interface TypedEvent {
  /**
   * Answers a typed sendSync channel.
   *
   * @param <R> the type of the return value
   * @param channel the {@link Channel.Kind#SEND_SYNC} channel the message came on
   * @param value the return value, encoded with the channel's result codec
   */
  <R> void setReturnValue(Channel<?, R> channel, R value);

  /**
   * Answers a typed sendSync channel with an exception the channel {@linkplain
   * Channel#exceptions() declares}: the caller's call throws it. Does nothing if the call was
   * already answered.
   *
   * @param channel the {@link Channel.Kind#SEND_SYNC} channel the message came on
   * @param declared the exception, of a type the channel declares
   * @throws IllegalArgumentException if the channel does not declare the exception's type
   */
  void setReturnException(Channel<?, ?> channel, Exception declared);

  /**
   * Replies to the sending frame on a typed event channel.
   *
   * @param <A> the argument type
   * @param channel an {@link Channel.Kind#EVENT} channel
   * @param args the arguments, encoded with the channel's codec
   */
  <A> void reply(Channel<A, ?> channel, A args);
}
