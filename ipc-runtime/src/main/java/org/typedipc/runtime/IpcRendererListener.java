package org.typedipc.runtime;

/** Listens on a string channel in a renderer, as {@code ipcRenderer.on(channel, …)}. */
@FunctionalInterface
public interface IpcRendererListener {
  /**
   * Receives one message that main sent to this frame.
   *
   * @param event the endpoint it arrived at ({@link IpcRendererEvent#sender()}) and its channel
   * @param args the decoded arguments, a fresh copy of what main sent
   */
  void onMessage(IpcRendererEvent event, Object... args);
}
