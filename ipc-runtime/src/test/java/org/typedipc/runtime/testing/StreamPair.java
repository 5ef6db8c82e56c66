package org.typedipc.runtime.testing;

import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererOptions;

/**
 * Connects a renderer to main over two pipes, the way a launched renderer's standard input and
 * output carry the protocol, but inside one JVM so that a test can drive both ends.
 */
public final class StreamPair {
  private static final PipeTransport PIPES = new PipeTransport();

  private StreamPair() {}

  /** Connects a new renderer; main's acceptor closes with main. */
  public static ConnectedRenderer connect(IpcMain main, RendererOptions options) {
    RendererAcceptor acceptor = main.listen(PIPES);
    ConnectedRenderer connected = ConnectedRenderer.through(acceptor, options.withTransports(PIPES));
    acceptor.close();
    return connected;
  }
}
