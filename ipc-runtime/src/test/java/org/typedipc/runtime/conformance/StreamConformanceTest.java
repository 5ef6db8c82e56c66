package org.typedipc.runtime.conformance;

import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.testing.ConnectedRenderer;
import org.typedipc.runtime.testing.StreamPair;

/**
 * The conformance suite over a pair of pipes: the byte streams of the stdio transport, with both
 * ends in this JVM. Launched stdio renderers in their own processes are covered by the process
 * tests.
 */
class StreamConformanceTest extends IpcConformanceSuite {
  @Override
  protected IpcMain newMain(IpcMainOptions options) {
    return IpcMain.create(options);
  }

  @Override
  protected RendererUnderTest connect(IpcMain main, RendererOptions options) {
    try {
      ConnectedRenderer connected = StreamPair.connect(main, options);
      return new RendererUnderTest(connected.connection(), connected.renderer());
    } catch (Exception e) {
      throw new AssertionError("could not connect a renderer over pipes", e);
    }
  }
}
