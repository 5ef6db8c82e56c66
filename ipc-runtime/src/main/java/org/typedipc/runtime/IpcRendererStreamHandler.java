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
  /** Opens one stream for main; see {@link IpcMainStreamHandler#handle}. */
  Flow.Publisher<?> handle(IpcRendererInvokeEvent event, Object... args) throws Exception;
}
