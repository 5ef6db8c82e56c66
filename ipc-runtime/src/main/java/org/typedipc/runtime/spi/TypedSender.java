package org.typedipc.runtime.spi;

/**
 * Main sending on a typed event channel to a renderer's main frame or to one frame, for generated
 * event senders. Obtain one with {@link Typed#of(org.typedipc.runtime.Renderer)} or {@link
 * Typed#of(org.typedipc.runtime.Frame)}.
 */
public interface TypedSender {
  /**
   * Encodes {@code args} and sends them; nothing is sent if they cannot cross the wire.
   *
   * @param <A> the argument type
   * @param channel an {@link Channel.Kind#EVENT} channel
   * @param args the arguments, encoded with the channel's codec
   */
  <A> void send(Channel<A, ?> channel, A args);
}
