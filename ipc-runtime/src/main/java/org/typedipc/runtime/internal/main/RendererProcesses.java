package org.typedipc.runtime.internal.main;

import java.util.concurrent.CompletableFuture;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.transport.Transport;

/**
 * What main needs from the layers above it that bring renderer processes: accepting them over a
 * transport and launching them. Main receives it rather than importing those layers.
 */
public interface RendererProcesses {
  /** Accepts renderer processes at a new address of {@code transport}. */
  RendererAcceptor listen(Transport transport);

  /** Launches a renderer process and connects it. */
  CompletableFuture<Renderer> launch(RendererLaunch launch);

  /**
   * Called by main's close, after it closed its renderers: closes every acceptor, fails pending
   * launches, and returns once every launched process is gone, ended forcibly after a grace time.
   */
  void close();
}
