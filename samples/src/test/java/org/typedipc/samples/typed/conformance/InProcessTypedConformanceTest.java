package org.typedipc.samples.typed.conformance;

import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.RendererOptions;

/** The typed conformance suite over embedded renderers in main's JVM. */
class InProcessTypedConformanceTest extends TypedConformanceSuite {
  @Override
  protected RendererUnderTest connect(IpcMain main, RendererOptions options) {
    EmbeddedRenderer embedded = main.embedRenderer(options);
    return new RendererUnderTest(embedded, embedded.renderer());
  }
}
