package org.typedipc.runtime;

/** A message that arrived at a {@link MessagePort}: Electron's {@code MessageEvent}. */
public interface MessageEvent {
  /** {@return the message, a fresh copy for this listener's delivery} */
  Object data();

  /** {@return the port it arrived at} */
  MessagePort target();
}
