package org.typedipc.runtime;

import java.util.concurrent.CompletionStage;

/** The renderer side of one renderer's connection to main: its frames and its lifetime. */
public interface RendererConnection extends AutoCloseable {
  /** The main frame's endpoint. */
  IpcRenderer ipcRenderer();

  /**
   * Opens a subframe under {@code parent}, a frame of this connection; main sees it as a new
   * {@link Frame} with its own scope.
   */
  IpcRenderer openFrame(IpcRenderer parent);

  /** Whether the connection is closed. */
  boolean isClosed();

  /** Completes with a reason once the connection is closed, from either side. */
  CompletionStage<String> whenClosed();

  /** Closes the connection: pending calls fail at once and main drops this renderer. */
  @Override
  void close();
}
