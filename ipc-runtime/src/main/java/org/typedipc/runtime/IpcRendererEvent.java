package org.typedipc.runtime;

import java.util.List;

/** What a renderer-side listener learns about a message from main: Electron's {@code IpcRendererEvent}. */
public interface IpcRendererEvent {
  /** {@return the endpoint the message arrived at} */
  IpcRenderer sender();

  /** {@return the channel the message came on} */
  String channel();

  /**
   * {@return the ports main posted with {@link Renderer#postMessage} or {@link Frame#postMessage};
   * empty for other messages}
   */
  default List<MessagePort> ports() {
    return List.of();
  }
}
