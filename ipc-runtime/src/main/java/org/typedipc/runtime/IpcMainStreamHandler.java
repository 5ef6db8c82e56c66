package org.typedipc.runtime;

import java.util.concurrent.Flow;

/**
 * Produces a renderer's stream on a string channel ({@link IpcRenderer#stream(String, Object...)}):
 * the publisher of its items.
 *
 * <pre>{@code
 * ipcMain.handleStream("tail", (event, args) -> new LogTail((String) args[0]));
 * }</pre>
 */
@FunctionalInterface
public interface IpcMainStreamHandler {
  /**
   * Opens one stream for a renderer.
   *
   * @param event the stream's event: its sender, and whether it was cancelled
   * @param args the arguments the renderer passed to {@code stream}
   * @return the publisher of the items. The runtime subscribes once and requests exactly what the
   *     renderer's subscriber requested, so a publisher that honours {@code request(n)} never runs
   *     ahead of it; {@code onComplete} completes the renderer's stream, {@code onError} fails it
   *     with {@code Error invoking remote method '<channel>': <exception>} (or as itself, if the
   *     contract declares it). The renderer's {@code cancel()}, or its going away, cancels the
   *     subscription.
   * @throws Exception to fail the stream as the publisher's {@code onError} would
   */
  Flow.Publisher<?> handle(IpcMainInvokeEvent event, Object... args) throws Exception;
}
