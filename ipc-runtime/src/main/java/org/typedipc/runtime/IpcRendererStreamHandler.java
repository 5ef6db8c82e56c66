package org.typedipc.runtime;

import java.util.concurrent.Flow;

/**
 * Produces main's stream of a renderer frame on a string channel ({@link Renderer#stream(String,
 * Object...)}): the publisher of its items, with the rules of {@link IpcMainStreamHandler}.
 *
 * <pre>{@code
 * ipcRenderer.handleStream("progress", (event, args) -> progressOf((String) args[0]));
 * }</pre>
 */
@FunctionalInterface
public interface IpcRendererStreamHandler {
  /**
   * Opens one stream for main; see {@link IpcMainStreamHandler#handle}.
   *
   * @param event the stream's event: the frame, and whether it was cancelled
   * @param args the arguments main passed to {@code stream}
   * @return the publisher of the items
   * @throws Exception to fail the stream as the publisher's {@code onError} would
   */
  Flow.Publisher<?> handle(IpcRendererInvokeEvent event, Object... args) throws Exception;
}
