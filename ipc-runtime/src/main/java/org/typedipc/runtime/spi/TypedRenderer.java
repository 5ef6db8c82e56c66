package org.typedipc.runtime.spi;

import java.util.concurrent.CompletableFuture;
import org.typedipc.runtime.IpcRendererEvent;
import org.typedipc.runtime.Registration;

/**
 * A renderer endpoint's typed calls, for generated renderer proxies: what {@link
 * org.typedipc.runtime.IpcRenderer}'s string methods do, on a {@link Channel} with its codecs.
 * Obtain one with {@link Typed#of(org.typedipc.runtime.IpcRenderer)}.
 */
public interface TypedRenderer {
  /**
   * Sends on a typed channel, as {@link org.typedipc.runtime.IpcRenderer#send} does.
   *
   * @param <A> the argument type
   * @param channel a {@link Channel.Kind#SEND} channel
   * @param args the arguments, encoded with the channel's codec
   */
  <A> void send(Channel<A, ?> channel, A args);

  /**
   * Calls a typed sendSync channel, within the endpoint's sendSync deadline.
   *
   * @param <A> the argument type
   * @param <R> the type of the return value
   * @param channel a {@link Channel.Kind#SEND_SYNC} channel
   * @param args the arguments, encoded with the channel's codec
   * @return the value main's listener set, decoded with the channel's result codec
   */
  <A, R> R sendSync(Channel<A, R> channel, A args);

  /**
   * Calls a typed sendSync channel like {@link #sendSync}, but throws an exception the channel
   * {@linkplain Channel#exceptions() declares} as itself when main's listener failed with one.
   * Generated proxies of contract methods with a {@code throws} clause call this.
   *
   * @param <A> the argument type
   * @param <R> the type of the return value
   * @param channel a {@link Channel.Kind#SEND_SYNC} channel
   * @param args the arguments, encoded with the channel's codec
   * @return the value main's listener set, decoded with the channel's result codec
   * @throws Exception one of the channel's declared exceptions, or an unchecked IPC exception
   */
  <A, R> R sendSyncDeclaring(Channel<A, R> channel, A args) throws Exception;

  /**
   * Calls a typed invoke channel. If the handler fails with an exception the channel {@linkplain
   * Channel#exceptions() declares}, the future fails with that exception.
   *
   * @param <A> the argument type
   * @param <R> the result type
   * @param channel an {@link Channel.Kind#INVOKE} channel
   * @param args the arguments, encoded with the channel's codec
   * @return the handler's result, decoded with the channel's result codec; fails as {@link
   *     org.typedipc.runtime.IpcRenderer#invoke} describes
   */
  <A, R> CompletableFuture<R> invoke(Channel<A, R> channel, A args);

  /**
   * Adds a listener on a typed event channel.
   *
   * @param <A> the argument type
   * @param channel an {@link Channel.Kind#EVENT} channel
   * @param listener receives each message's event and decoded arguments
   * @return closing it removes exactly this listener
   */
  <A> Registration on(Channel<A, ?> channel, ChannelListener<IpcRendererEvent, A> listener);

  /**
   * Adds a one-shot listener on a typed event channel.
   *
   * @param <A> the argument type
   * @param channel an {@link Channel.Kind#EVENT} channel
   * @param listener receives the first message's event and decoded arguments
   * @return closing it removes the listener if it has not run yet
   */
  <A> Registration once(Channel<A, ?> channel, ChannelListener<IpcRendererEvent, A> listener);

  /**
   * Removes one registration of a typed listener, the most recent.
   *
   * @param <A> the argument type
   * @param channel the channel the listener was added on
   * @param listener the listener, as it was passed to {@link #on} or {@link #once}
   */
  <A> void off(Channel<A, ?> channel, ChannelListener<IpcRendererEvent, A> listener);

  /**
   * Sets this frame's handler of a typed renderer-invoke channel, with the rules of {@link
   * org.typedipc.runtime.IpcRenderer#handle}; closing the registration removes exactly this handler.
   *
   * @param <A> the argument type
   * @param <R> the result type
   * @param channel a {@link Channel.Kind#RENDERER_INVOKE} channel
   * @param handler answers main's invokes with the decoded arguments
   * @return closing it removes exactly this handler
   */
  <A, R> Registration handle(Channel<A, R> channel, RendererChannelHandler<A, R> handler);

  /**
   * Sets a handler of a typed renderer-invoke channel that is removed before it runs for the first invoke.
   *
   * @param <A> the argument type
   * @param <R> the result type
   * @param channel a {@link Channel.Kind#RENDERER_INVOKE} channel
   * @param handler answers main's first invoke with the decoded arguments
   * @return closing it removes the handler if it has not run yet
   */
  <A, R> Registration handleOnce(Channel<A, R> channel, RendererChannelHandler<A, R> handler);
}
