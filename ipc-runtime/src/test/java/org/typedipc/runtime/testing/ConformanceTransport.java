package org.typedipc.runtime.testing;

import java.util.function.Consumer;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.RendererOptions;

/**
 * A way the conformance tests connect renderers to main: a built-in {@link TransportUnderTest}, or
 * one a transport module supplies as a service ({@code META-INF/services}) on its test class path,
 * so that the runtime's suite runs unchanged over that module's transport. Its {@code toString}
 * names the runs in reports.
 */
public interface ConformanceTransport {
  /** Connects renderers over one transport for one test. */
  @FunctionalInterface
  interface Connector {
    /** Connects a renderer to {@code main} and returns once main lists it among its renderers. */
    ConnectedRenderer connect(IpcMain main, RendererOptions options);
  }

  /** A connector for one test; what it opens besides renderers goes to {@code closeAfterTest}. */
  Connector connector(Consumer<AutoCloseable> closeAfterTest);
}
