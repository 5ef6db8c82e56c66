package org.typedipc.runtime;

/**
 * Answers {@code invoke} on a string channel, as {@code ipcMain.handle(channel, (event, ...args) =>
 * …)}.
 */
@FunctionalInterface
public interface IpcMainHandler {
  /**
   * Handles one invoke.
   *
   * @return the result, or a {@link java.util.concurrent.CompletionStage} of it; a thrown exception
   *     or a failed stage fails the renderer's call with {@code Error invoking remote method
   *     '<channel>': <exception>}
   */
  Object handle(IpcMainInvokeEvent event, Object... args) throws Exception;
}
