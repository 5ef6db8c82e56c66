package org.typedipc.runtime;

/**
 * What a renderer's invoke handler learns about main's call: the endpoint and channel of {@link
 * IpcRendererEvent}, plus cancellation.
 */
public interface IpcRendererInvokeEvent extends IpcRendererEvent {
  /**
   * Whether main no longer waits: it cancelled the future, its deadline passed, or the connection
   * closed. A long-running handler may check this and stop.
   */
  boolean isCancelled();

  /**
   * Runs {@code action} once the call is cancelled, at once if it already is. It runs at most once,
   * on the thread that cancels.
   */
  void onCancel(Runnable action);
}
