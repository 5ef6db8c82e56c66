package org.typedipc.runtime;

/** Listens on a string channel in a renderer, as {@code ipcRenderer.on(channel, …)}. */
@FunctionalInterface
public interface IpcRendererListener {
  /** Receives one message that main sent to this frame. */
  void onMessage(IpcRendererEvent event, Object... args);
}
