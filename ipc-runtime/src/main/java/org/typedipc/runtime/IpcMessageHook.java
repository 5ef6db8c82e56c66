package org.typedipc.runtime;

/**
 * Sees every message from any frame of one renderer before the scopes do: Electron's {@code
 * webContents.on('ipc-message')} and {@code 'ipc-message-sync'} in one hook.
 */
@FunctionalInterface
public interface IpcMessageHook {
  /**
   * Receives one message; for a {@code sendSync} ({@link IpcMainEvent#isSync()}) it may answer
   * with {@link IpcMainEvent#setReturnValue(Object)}.
   *
   * @param event which frame sent it and how to answer
   * @param channel the channel it was sent on
   * @param args the decoded arguments, a fresh copy of what the renderer sent
   */
  void onMessage(IpcMainEvent event, String channel, Object... args);
}
