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
   */
  void onMessage(IpcMainEvent event, String channel, Object... args);
}
