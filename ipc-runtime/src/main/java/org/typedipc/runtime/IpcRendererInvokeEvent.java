package org.typedipc.runtime;

/**
 * What a renderer's invoke handler learns about main's call: the endpoint and channel of {@link
 * IpcRendererEvent}, plus cancellation.
 */
public interface IpcRendererInvokeEvent extends IpcRendererEvent {
  /**
   * Whether main no longer waits: it cancelled the future, its deadline passed, or the connection
   * closed. A long-running handler may check this and stop.
   *
   * @return {@code true} once the call is cancelled
   */
  boolean isCancelled();

  /**
   * Runs {@code action} once the call is cancelled, at once if it already is. It runs at most once,
   * on the thread that cancels.
   *
   * @param action what to do on cancellation, e.g. interrupt the handler's work
   */
  void onCancel(Runnable action);
}
