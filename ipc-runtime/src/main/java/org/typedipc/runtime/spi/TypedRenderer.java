package org.typedipc.runtime.spi;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import org.typedipc.runtime.IpcRendererEvent;
import org.typedipc.runtime.Registration;

/**
 * A renderer endpoint's typed calls, for generated renderer proxies: what {@link
 * org.typedipc.runtime.IpcRenderer}'s string methods do, on a {@link Channel} with its codecs.
 * Obtain one with {@link Typed#of(org.typedipc.runtime.IpcRenderer)}.
 */
public interface TypedRenderer {
  /** Sends on a typed channel. */
  <A> void send(Channel<A, ?> channel, A args);

  /** Calls a typed sendSync channel, within the endpoint's sendSync deadline. */
  <A, R> R sendSync(Channel<A, R> channel, A args);

  /**
   * Calls a typed sendSync channel like {@link #sendSync}, but throws an exception the channel
   * {@linkplain Channel#exceptions() declares} as itself when main's listener failed with one.
   * Generated proxies of contract methods with a {@code throws} clause call this.
   *
   * @throws Exception one of the channel's declared exceptions, or an unchecked IPC exception
   */
  <A, R> R sendSyncDeclaring(Channel<A, R> channel, A args) throws Exception;

  /**
   * Calls a typed invoke channel. If the handler fails with an exception the channel {@linkplain
   * Channel#exceptions() declares}, the future fails with that exception.
   */
  <A, R> CompletableFuture<R> invoke(Channel<A, R> channel, A args);

  /**
   * Opens a stream from main's handler of a typed channel whose method returns a {@code
   * Flow.Publisher}, once per subscriber; see {@link org.typedipc.runtime.IpcRenderer#stream(String,
   * Object...)}. Items are decoded with the channel's result codec.
   */
  <A, T> Flow.Publisher<T> stream(Channel<A, T> channel, A args);

  /** Adds a listener on a typed event channel. */
  <A> Registration on(Channel<A, ?> channel, ChannelListener<IpcRendererEvent, A> listener);

  /** Adds a one-shot listener on a typed event channel. */
  <A> Registration once(Channel<A, ?> channel, ChannelListener<IpcRendererEvent, A> listener);

  /** Removes one registration of a typed listener, the most recent. */
  <A> void off(Channel<A, ?> channel, ChannelListener<IpcRendererEvent, A> listener);

  /**
   * Sets this frame's handler of a typed renderer-invoke channel, with the rules of {@link
   * org.typedipc.runtime.IpcRenderer#handle}; closing the registration removes exactly this handler.
   */
  <A, R> Registration handle(Channel<A, R> channel, RendererChannelHandler<A, R> handler);

  /** Sets a handler of a typed renderer-invoke channel that is removed before it runs for the first invoke. */
  <A, R> Registration handleOnce(Channel<A, R> channel, RendererChannelHandler<A, R> handler);
}
