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
  /** Sends on a typed channel. */
  <A> void send(Channel<A, ?> channel, A args);

  /** Calls a typed sendSync channel, within the endpoint's sendSync deadline. */
  <A, R> R sendSync(Channel<A, R> channel, A args);

  /** Calls a typed invoke channel. */
  <A, R> CompletableFuture<R> invoke(Channel<A, R> channel, A args);

  /** Adds a listener on a typed event channel. */
  <A> Registration on(Channel<A, ?> channel, ChannelListener<IpcRendererEvent, A> listener);

  /** Adds a one-shot listener on a typed event channel. */
  <A> Registration once(Channel<A, ?> channel, ChannelListener<IpcRendererEvent, A> listener);

  /** Removes one registration of a typed listener, the most recent. */
  <A> void off(Channel<A, ?> channel, ChannelListener<IpcRendererEvent, A> listener);
}
