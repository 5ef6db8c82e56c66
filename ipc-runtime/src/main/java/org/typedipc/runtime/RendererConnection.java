package org.typedipc.runtime;

import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The renderer side of one renderer's connection to main: its frames, its readiness and its
 * lifetime.
 *
 * <p><b>Ready.</b> A renderer process is not ready until {@link #ready()}: what main sends before
 * then is held (up to {@link RendererOptions#withHeldBytesLimit}) and delivered, in order, to the
 * listeners registered by then. {@link RendererProcess#run} calls {@code ready()} after the
 * application's set-up; a renderer that uses {@link RendererProcess#connect()} calls it itself:
 *
 * <pre>{@code
 * RendererConnection connection = RendererProcess.connect();
 * connection.ipcRenderer().on("work", (event, args) -> handle(args));
 * connection.ready();                                   // "work" sent so far arrives now
 * connection.whenClosed().toCompletableFuture().join();
 * }</pre>
 *
 * <p>After ready, a message on a channel without a listener is dropped, as Electron drops it; it is
 * counted in {@link #unheardMessages()} and logged once per channel. A renderer embedded in main's
 * JVM ({@link IpcMain#embedRenderer()}) is ready from the start: its messages are delivered at once.
 *
 * <p><b>Closed.</b> Once the connection is closed, from either side, every call of its endpoints
 * ({@code send}, {@code sendSync}, {@code invoke}, {@code on}, …) throws Electron's {@code IPC
 * method called after context was released} ({@link IpcDisconnectedException}); calls still waiting
 * for main fail with {@code IpcDisconnectedException} too.
 */
public interface RendererConnection extends AutoCloseable {
  /** {@return the main frame's endpoint} */
  IpcRenderer ipcRenderer();

  /**
   * Opens a subframe under {@code parent}, a frame of this connection; main sees it as a new
   * {@link Frame} with its own scope. The frame can be used at once: main learns of it before any
   * message the frame sends. To know when main can find it ({@link IpcMain#frame}, {@link
   * Renderer#frame}), for instance before telling another process its id, wait for {@link
   * #whenKnownToMain}.
   *
   * @param parent the frame to open the subframe under, e.g. {@link #ipcRenderer()}
   * @return the subframe's endpoint; closing it closes the subframe
   */
  IpcRenderer openFrame(IpcRenderer parent);

  /**
   * Completes with {@code frame} once main knows it: from then on {@code ipcMain.frame(processId,
   * frame.frameId())} finds it and main can send to it. The main frame and every frame of an
   * embedded renderer are known at once; a subframe of a renderer in another process once main
   * acknowledged it. Fails with {@link IpcDisconnectedException} if the frame or the connection
   * closes first.
   *
   * <pre>{@code
   * IpcRenderer panel = connection.openFrame(connection.ipcRenderer());
   * connection.whenKnownToMain(panel).toCompletableFuture().join();
   * connection.ipcRenderer().send("panel-opened", panel.frameId());   // main's ipcMain.frame(pid, id) finds it
   * }</pre>
   *
   * @param frame a frame of this connection
   * @return completes with {@code frame} once main can find it
   * @throws IllegalArgumentException if {@code frame} is not a frame of this connection
   */
  CompletionStage<IpcRenderer> whenKnownToMain(IpcRenderer frame);

  /**
   * Declares the renderer set up: the messages main sent so far are delivered, in order, to the
   * listeners registered now, and later ones as they come. Calling it again, or on a connection
   * that is embedded or closed, does nothing.
   */
  void ready();

  /**
   * How many of main's messages found no listener and were dropped, per channel, since the
   * connection opened; a snapshot.
   *
   * @return the dropped messages' count by channel name
   */
  Map<String, Long> unheardMessages();

  /** {@return whether the connection is closed} */
  boolean isClosed();

  /** {@return a stage that completes with a reason once the connection is closed, from either side} */
  CompletionStage<String> whenClosed();

  /** Closes the connection: pending calls fail at once and main drops this renderer. */
  @Override
  void close();
}
