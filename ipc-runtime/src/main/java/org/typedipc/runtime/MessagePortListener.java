package org.typedipc.runtime;

/** Receives the messages of a {@link MessagePort}: Electron's {@code port.on('message', …)}. */
@FunctionalInterface
public interface MessagePortListener {
  /**
   * Handles one message.
   *
   * @param event the message and the port it arrived at
   */
  void onMessage(MessageEvent event);
}
