package org.typedipc.runtime;

/**
 * What an invoke handler learns about the call: Electron's {@code IpcMainInvokeEvent}, plus
 * cancellation, which Electron lacks.
 */
public interface IpcMainInvokeEvent {
  /** The renderer the call came from. */
  Renderer sender();

  /** The frame the call came from. */
  Frame senderFrame();

  /** The OS process id of the calling renderer. */
  long processId();

  /** The id of the calling frame within its renderer. */
  int frameId();

  /** The channel invoked. */
  String channel();

  /**
   * Whether the caller no longer waits: it cancelled the future, its deadline passed, or its
   * renderer closed. A long-running handler may check this and stop.
   */
  boolean isCancelled();

  /**
   * Runs {@code action} once the call is cancelled, at once if it already is. It runs at most once,
   * on the thread that cancels.
   */
  void onCancel(Runnable action);
}
