package org.typedipc.runtime.spi;

import java.util.function.Consumer;
import org.typedipc.runtime.Registration;

/**
 * Typed events over a {@link org.typedipc.runtime.MessagePort}, for generated companions: {@code
 * XIpc.port(port)} sends a contract's events on it and {@code XIpc.listen(port, receiver)} receives
 * them at the other end, so both ends are checked against one {@code @IpcEvents} interface. A typed
 * event travels as an ordinary port message, the list of its channel name and its encoded
 * arguments. Obtain one with {@link Typed#of(org.typedipc.runtime.MessagePort)}.
 */
public interface TypedPort extends TypedSender {
  /**
   * Calls {@code listener} with the arguments of each event of {@code channel} that arrives at
   * this port (once it is started); other messages are left to the port's other listeners.
   *
   * @param <A> the channel's argument type
   * @param channel the typed event channel
   * @param listener receives the decoded arguments of each event
   * @return closing it removes the listener
   */
  <A> Registration on(Channel<A, ?> channel, Consumer<? super A> listener);
}
