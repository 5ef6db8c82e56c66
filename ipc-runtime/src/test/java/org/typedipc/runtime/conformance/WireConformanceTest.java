package org.typedipc.runtime.conformance;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.testing.ConnectedRenderer;

/**
 * The conformance suite over a socket transport, with both ends in this JVM: main listens, and
 * each renderer connects with {@link RendererProcess#connect(org.typedipc.runtime.IpcEndpoint,
 * RendererOptions)} as a renderer process would. Every message crosses the wire protocol and the
 * connection's reader threads. Separate OS processes are covered by the process tests.
 */
abstract class WireConformanceTest extends IpcConformanceSuite {
  private final TransportKind transport;
  private final Map<IpcMain, RendererAcceptor> listeners = new ConcurrentHashMap<>();

  WireConformanceTest(TransportKind transport) {
    this.transport = transport;
  }

  @Override
  protected IpcMain newMain(IpcMainOptions options) {
    return IpcMain.create(options);
  }

  @Override
  protected RendererUnderTest connect(IpcMain main, RendererOptions options) {
    RendererAcceptor listener = listeners.computeIfAbsent(main, m -> closeAfterTest(m.listen(transport)));
    ConnectedRenderer connected = ConnectedRenderer.through(listener, options);
    return new RendererUnderTest(connected.connection(), connected.renderer());
  }
}
