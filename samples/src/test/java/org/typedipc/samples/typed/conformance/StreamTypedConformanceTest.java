package org.typedipc.samples.typed.conformance;

import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.testing.ConnectedRenderer;
import org.typedipc.runtime.testing.StreamPair;

/** The typed conformance suite over a pair of pipes: the byte streams of the stdio transport. */
class StreamTypedConformanceTest extends TypedConformanceSuite {
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
