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
   * @param event which frame invoked, and whether it has cancelled the call
   * @param args the decoded arguments, a fresh copy of what the renderer sent
   * @return the result, or a {@link java.util.concurrent.CompletionStage} of it; a thrown exception
   *     or a failed stage fails the renderer's call with {@code Error invoking remote method
   *     '<channel>': <exception>}
   * @throws Exception any failure of the handler, which fails the renderer's call as above
   */
  Object handle(IpcMainInvokeEvent event, Object... args) throws Exception;
}
