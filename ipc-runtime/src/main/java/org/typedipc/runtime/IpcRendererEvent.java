package org.typedipc.runtime;

/** What a renderer-side listener learns about a message from main: Electron's {@code IpcRendererEvent}. */
public interface IpcRendererEvent {
  /** The endpoint the message arrived at. */
  IpcRenderer sender();

  /** The channel the message came on. */
  String channel();
}
