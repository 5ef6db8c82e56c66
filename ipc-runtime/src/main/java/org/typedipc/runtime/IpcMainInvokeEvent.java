package org.typedipc.runtime;

/**
 * What an invoke handler learns about the call: Electron's {@code IpcMainInvokeEvent}, plus
 * cancellation, which Electron lacks.
 */
public interface IpcMainInvokeEvent {
  /** {@return the renderer the call came from} */
  Renderer sender();

  /** {@return the frame the call came from} */
  Frame senderFrame();

  /** {@return the OS process id of the calling renderer} */
  long processId();

  /** {@return the id of the calling frame within its renderer} */
  int frameId();

  /** {@return the channel invoked} */
  String channel();

  /**
   * Whether the caller no longer waits: it cancelled the future, its deadline passed, or its
   * renderer closed. A long-running handler may check this and stop.
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
