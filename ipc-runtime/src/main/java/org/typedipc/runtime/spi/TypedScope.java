package org.typedipc.runtime.spi;

import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.Registration;

/**
 * A main scope's typed registrations, for generated registrars: what {@link
 * org.typedipc.runtime.IpcMainScope}'s string methods do, on a {@link Channel} with its codecs.
 * Obtain one with {@link Typed#of(org.typedipc.runtime.IpcMainScope)}.
 */
public interface TypedScope {
  /** Adds a listener on a typed channel. */
  <A> Registration on(Channel<A, ?> channel, ChannelListener<IpcMainEvent, A> listener);

  /** Adds a one-shot listener on a typed channel. */
  <A> Registration once(Channel<A, ?> channel, ChannelListener<IpcMainEvent, A> listener);

  /** Removes one registration of a typed listener, the most recent. */
  <A> void off(Channel<A, ?> channel, ChannelListener<IpcMainEvent, A> listener);

  /** Sets the handler of a typed invoke channel. */
  <A, R> Registration handle(Channel<A, R> channel, ChannelHandler<A, R> handler);

  /** Sets a one-shot handler of a typed invoke channel. */
  <A, R> Registration handleOnce(Channel<A, R> channel, ChannelHandler<A, R> handler);
}
