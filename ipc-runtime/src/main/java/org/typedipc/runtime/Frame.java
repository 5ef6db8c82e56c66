package org.typedipc.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** Main's handle of one frame of a renderer: Electron's {@code webFrameMain}. */
public interface Frame {
  /**
   * The frame's id, unique within its renderer's OS process: with {@link Renderer#processId()} it
   * names this frame within a main (see {@link IpcMain#frame(long, int)}).
   *
   * @return the frame's id
   */
  int id();

  /** {@return whether this is its renderer's main frame} */
  boolean isMainFrame();

  /** {@return the parent frame; empty for the main frame} */
  Optional<Frame> parent();

  /** {@return the renderer that hosts the frame} */
  Renderer renderer();

  /**
   * Sends a message to this frame's listeners on {@code channel}.
   *
   * @param channel the channel name
   * @param args the arguments; each must be a value that can cross the wire
   * @throws IpcValueException if an argument cannot cross the wire; nothing is sent
   * @throws IpcDisconnectedException if the frame is detached
   */
  void send(String channel, Object... args);

  /**
   * Posts {@code message} with {@code ports} (Electron's {@code webFrameMain.postMessage}); the
   * listeners of {@code channel} find the ports in {@code event.ports()} and the message as their
   * only argument. The ports are neutered here.
   *
   * @param channel the channel the renderer's listeners are on
   * @param message the message, their only argument
   * @param ports the ports to transfer; they cannot be used here afterwards
   * @throws IpcValueException if the message cannot cross the wire; nothing is sent
   * @throws IllegalArgumentException if a port is null, repeated, closed or posted already, or there
   *     are more than 64 ports; nothing is sent
   */
  void postMessage(String channel, Object message, List<MessagePort> ports);

  /**
   * Calls this frame's handler for {@code channel}, as {@link Renderer#invoke(String, Object...)}
   * does for the main frame.
   *
   * @param channel the channel name
   * @param args the arguments; each must be a value that can cross the wire
   * @return the handler's result, failing as {@link Renderer#invoke(String, Object...)} describes
   * @throws IpcValueException if an argument cannot cross the wire; nothing is sent
   */
  CompletableFuture<Object> invoke(String channel, Object... args);

  /**
   * Like {@link #invoke(String, Object...)}, bounded by {@code deadline}, which must be positive.
   *
   * @param deadline the longest the call waits for the handler's result
   * @param channel the channel name
   * @param args the arguments; each must be a value that can cross the wire
   * @return the handler's result, failing as {@link Renderer#invoke(String, Object...)} describes
   * @throws IpcValueException if an argument cannot cross the wire; nothing is sent
   */
  CompletableFuture<Object> invoke(Duration deadline, String channel, Object... args);

  /**
   * Opens a stream from this frame's {@link IpcRenderer#handleStream handleStream} handler for {@code
   * channel}, once per subscriber, with the rules of {@link IpcRenderer#stream(String, Object...)}
   * in this direction: demand crosses the wire, the renderer's going away fails it with {@link
   * IpcDisconnectedException}, and {@code cancel()} reaches the renderer's publisher.
   *
   * @param channel the channel name
   * @param args the arguments; each must be a value that can cross the wire
   * @return a publisher that opens one stream per subscriber
   * @throws IpcValueException if an argument cannot cross the wire; nothing is sent
   */
  Flow.Publisher<Object> stream(String channel, Object... args);

  /**
   * Like {@link #stream(String, Object...)}, ended with {@link IpcTimeoutException} after {@code
   * idleDeadline} without an item while items are requested.
   *
   * @param idleDeadline the longest the stream waits for an item while items are requested
   * @param channel the channel name
   * @param args the arguments; each must be a value that can cross the wire
   * @return a publisher that opens one stream per subscriber
   * @throws IpcValueException if an argument cannot cross the wire; nothing is sent
   */
  Flow.Publisher<Object> stream(Duration idleDeadline, String channel, Object... args);

  /** {@return the scope of listeners and handlers for messages from this frame only} */
  IpcMainScope ipc();

  /** {@return whether the frame was closed or its renderer is gone} */
  boolean isDetached();
}
