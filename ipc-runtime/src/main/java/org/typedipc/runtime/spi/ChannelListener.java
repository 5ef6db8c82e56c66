package org.typedipc.runtime.spi;

import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcRendererEvent;

/**
 * Receives messages on a typed {@link Channel}. Generated code adapts user listeners to it.
 *
 * @param <E> the event type: {@link IpcMainEvent} in main, {@link IpcRendererEvent} in a renderer
 * @param <A> the decoded argument type of the channel
 */
@FunctionalInterface
public interface ChannelListener<E, A> {
  /**
   * Receives one message.
   *
   * @param event who sent it and, in main, how to answer
   * @param args the decoded arguments
   */
  void onMessage(E event, A args);
}
