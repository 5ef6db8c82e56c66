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
   * @param event the frame invoked, and whether main has cancelled the call
   * @param args the decoded arguments
   * @return an {@code R}, or a {@link java.util.concurrent.CompletionStage} of one
   * @throws Exception any failure; main gets it as itself if the channel declares its type,
   *     otherwise as an {@link org.typedipc.runtime.IpcRemoteException}
   */
  Object handle(IpcRendererInvokeEvent event, A args) throws Exception;
}
