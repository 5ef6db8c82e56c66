package org.typedipc.runtime;

/** Listens on a string channel in main, as {@code ipcMain.on(channel, (event, ...args) => …)}. */
@FunctionalInterface
public interface IpcMainListener {
  /**
   * Receives one message.
   *
   * @param event who sent it and how to answer ({@link IpcMainEvent#reply}, {@link
   *     IpcMainEvent#setReturnValue})
   * @param args the decoded arguments, a fresh copy of what the renderer sent
   */
  void onMessage(IpcMainEvent event, Object... args);
}
