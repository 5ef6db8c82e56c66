package org.typedipc.runtime;

/** Receives the messages of a {@link MessagePort}: Electron's {@code port.on('message', …)}. */
@FunctionalInterface
public interface MessagePortListener {
  void onMessage(MessageEvent event);
}
