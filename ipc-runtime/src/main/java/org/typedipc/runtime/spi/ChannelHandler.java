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
   * @param event which frame invoked, and whether it has cancelled the call
   * @param args the decoded arguments
   * @return an {@code R}, or a {@link java.util.concurrent.CompletionStage} of one
   * @throws Exception any failure; the caller gets it as itself if the channel declares its type,
   *     otherwise as an {@link org.typedipc.runtime.IpcRemoteException}
   */
  Object handle(IpcMainInvokeEvent event, A args) throws Exception;
}
