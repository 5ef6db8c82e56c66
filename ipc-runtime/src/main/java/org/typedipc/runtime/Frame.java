package org.typedipc.runtime;

import java.util.List;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

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
   * Posts {@code message} with {@code ports} (Electron's {@code webFrameMain.postMessage}); the
   * listeners of {@code channel} find the ports in {@code event.ports()} and the message as their
   * only argument. The ports are neutered here.
   *
   * @throws IpcValueException if the message cannot cross the wire; nothing is sent
   * @throws IllegalArgumentException if a port is null, repeated, closed or posted already
   */
  void postMessage(String channel, Object message, List<MessagePort> ports);

  /**
   * Calls this frame's handler for {@code channel}, as {@link Renderer#invoke(String, Object...)}
   * does for the main frame.
   */
  CompletableFuture<Object> invoke(String channel, Object... args);

  /** Like {@link #invoke(String, Object...)}, bounded by {@code deadline}, which must be positive. */
  CompletableFuture<Object> invoke(Duration deadline, String channel, Object... args);

  /** The scope of listeners and handlers for messages from this frame only. */
  IpcMainScope ipc();

  /** Whether the frame was closed or its renderer is gone. */
  boolean isDetached();
}
