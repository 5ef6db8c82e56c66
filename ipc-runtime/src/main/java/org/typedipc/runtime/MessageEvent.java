package org.typedipc.runtime;

/** A message that arrived at a {@link MessagePort}: Electron's {@code MessageEvent}. */
public interface MessageEvent {
  /** The message, a fresh copy for this listener's delivery. */
  Object data();

  /** The port it arrived at. */
  MessagePort target();
}
