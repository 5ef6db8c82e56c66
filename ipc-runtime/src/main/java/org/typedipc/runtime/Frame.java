package org.typedipc.runtime;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** Main's handle of one frame of a renderer: Electron's {@code webFrameMain}. */
public interface Frame {
  /**
   * The frame's id, unique within its renderer's OS process: with {@link Renderer#processId()} it
   * names this frame within a main (see {@link IpcMain#frame(long, int)}).
   */
  int id();

  /** Whether this is its renderer's main frame. */
  boolean isMainFrame();

  /** The parent frame; empty for the main frame. */
  Optional<Frame> parent();

  /** The renderer that hosts the frame. */
  Renderer renderer();

  /**
   * Sends a message to this frame's listeners on {@code channel}.
   *
   * @throws IpcValueException if an argument cannot cross the wire; nothing is sent
   * @throws IpcDisconnectedException if the frame is detached
   */
  void send(String channel, Object... args);

  /**
   * Calls this frame's handler for {@code channel}, as {@link Renderer#invoke(String, Object...)}
   * does for the main frame.
   */
  CompletableFuture<Object> invoke(String channel, Object... args);

  /** Like {@link #invoke(String, Object...)}, bounded by {@code deadline}, which must be positive. */
  CompletableFuture<Object> invoke(Duration deadline, String channel, Object... args);

  /**
   * Opens a stream from this frame's {@link IpcRenderer#handleStream handleStream} handler for {@code
   * channel}, once per subscriber, with the rules of {@link IpcRenderer#stream(String, Object...)}
   * in this direction: demand crosses the wire, the renderer's going away fails it with {@link
   * IpcDisconnectedException}, and {@code cancel()} reaches the renderer's publisher.
   *
   * @throws IpcValueException if an argument cannot cross the wire; nothing is sent
   */
  Flow.Publisher<Object> stream(String channel, Object... args);

  /** Like {@link #stream(String, Object...)}, ended with {@link IpcTimeoutException} after {@code idleDeadline} without an item while items are requested. */
  Flow.Publisher<Object> stream(Duration idleDeadline, String channel, Object... args);

  /** The scope of listeners and handlers for messages from this frame only. */
  IpcMainScope ipc();

  /** Whether the frame was closed or its renderer is gone. */
  boolean isDetached();
}
