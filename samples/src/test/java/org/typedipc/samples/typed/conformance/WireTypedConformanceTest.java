package org.typedipc.samples.typed.conformance;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.testing.ConnectedRenderer;

/**
 * The typed conformance suite over a socket transport, both ends in this JVM: main listens, and
 * each renderer connects through an invitation as a renderer process would, so every typed value
 * crosses the wire protocol and the connection's reader threads.
 */
abstract class WireTypedConformanceTest extends TypedConformanceSuite {
  private final TransportKind transport;
  private final Map<IpcMain, RendererAcceptor> listeners = new ConcurrentHashMap<>();

  WireTypedConformanceTest(TransportKind transport) {
    this.transport = transport;
  }

  @Override
  protected RendererUnderTest connect(IpcMain main, RendererOptions options) {
    RendererAcceptor listener = listeners.computeIfAbsent(main, m -> closeAfterTest(m.listen(transport)));
    ConnectedRenderer connected = ConnectedRenderer.through(listener, options);
    return new RendererUnderTest(connected.connection(), connected.renderer());
  }
}
