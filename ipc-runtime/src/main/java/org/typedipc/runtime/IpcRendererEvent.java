package org.typedipc.runtime;

/** What a renderer-side listener learns about a message from main: Electron's {@code IpcRendererEvent}. */
public interface IpcRendererEvent {
  /** {@return the endpoint the message arrived at} */
  IpcRenderer sender();

  /** {@return the channel the message came on} */
  String channel();
}
