package org.typedipc.runtime.spi;

import org.typedipc.runtime.IpcRendererInvokeEvent;

/**
 * Answers main's invokes on a typed renderer-invoke {@link Channel} in a renderer. Generated code
 * adapts user handlers to it.
 *
 * @param <A> the decoded argument type
 * @param <R> the result type
 */
@FunctionalInterface
public interface RendererChannelHandler<A, R> {
  /**
   * Handles one invoke from main.
   *
   * @return an {@code R}, or a {@link java.util.concurrent.CompletionStage} of one
   */
  Object handle(IpcRendererInvokeEvent event, A args) throws Exception;
}
