package org.typedipc.runtime;

/**
 * Answers main's {@code renderer.invoke} / {@code frame.invoke} on a string channel in a renderer,
 * as {@code ipcRenderer.handle(channel, (event, ...args) => …)}.
 */
@FunctionalInterface
public interface IpcRendererHandler {
  /**
   * Handles one invoke from main.
   *
   * @param event the frame invoked, and whether main has cancelled the call
   * @param args the decoded arguments, a fresh copy of what main sent
   * @return the result, or a {@link java.util.concurrent.CompletionStage} of it; a thrown exception
   *     or a failed stage fails main's call with {@code Error invoking remote method '<channel>':
   *     <exception>}
   * @throws Exception any failure of the handler, which fails main's call as above
   */
  Object handle(IpcRendererInvokeEvent event, Object... args) throws Exception;
}
