package org.typedipc.runtime.spi;

import org.typedipc.runtime.IpcMainInvokeEvent;

/**
 * Answers invokes on a typed {@link Channel}. Generated code adapts user handlers to it.
 *
 * @param <A> the decoded argument type
 * @param <R> the result type
 */
@FunctionalInterface
public interface ChannelHandler<A, R> {
  /**
   * Handles one invoke.
   *
   * @return an {@code R}, or a {@link java.util.concurrent.CompletionStage} of one
   */
  Object handle(IpcMainInvokeEvent event, A args) throws Exception;
}
