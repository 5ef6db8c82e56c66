package org.typedipc.runtime.spi;

import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.Registration;

/**
 * A main scope's typed registrations, for generated registrars: what {@link
 * org.typedipc.runtime.IpcMainScope}'s string methods do, on a {@link Channel} with its codecs.
 * Obtain one with {@link Typed#of(org.typedipc.runtime.IpcMainScope)}.
 */
public interface TypedScope {
  /**
   * Adds a listener on a typed channel.
   *
   * @param <A> the argument type
   * @param channel a {@link Channel.Kind#SEND} or {@link Channel.Kind#SEND_SYNC} channel
   * @param listener receives each message's event and decoded arguments
   * @return closing it removes exactly this listener
   */
  <A> Registration on(Channel<A, ?> channel, ChannelListener<IpcMainEvent, A> listener);

  /**
   * Adds a one-shot listener on a typed channel.
   *
   * @param <A> the argument type
   * @param channel a {@link Channel.Kind#SEND} or {@link Channel.Kind#SEND_SYNC} channel
   * @param listener receives the first message's event and decoded arguments
   * @return closing it removes the listener if it has not run yet
   */
  <A> Registration once(Channel<A, ?> channel, ChannelListener<IpcMainEvent, A> listener);

  /**
   * Removes one registration of a typed listener, the most recent.
   *
   * @param <A> the argument type
   * @param channel the channel the listener was added on
   * @param listener the listener, as it was passed to {@link #on} or {@link #once}
   */
  <A> void off(Channel<A, ?> channel, ChannelListener<IpcMainEvent, A> listener);

  /**
   * Sets the handler of a typed invoke channel, with the rules of {@link
   * org.typedipc.runtime.IpcMainScope#handle}.
   *
   * @param <A> the argument type
   * @param <R> the result type
   * @param channel an {@link Channel.Kind#INVOKE} channel
   * @param handler answers each invoke with the decoded arguments
   * @return closing it removes exactly this handler
   */
  <A, R> Registration handle(Channel<A, R> channel, ChannelHandler<A, R> handler);

  /**
   * Sets a one-shot handler of a typed invoke channel.
   *
   * @param <A> the argument type
   * @param <R> the result type
   * @param channel an {@link Channel.Kind#INVOKE} channel
   * @param handler answers the first invoke with the decoded arguments
   * @return closing it removes the handler if it has not run yet
   */
  <A, R> Registration handleOnce(Channel<A, R> channel, ChannelHandler<A, R> handler);
}
