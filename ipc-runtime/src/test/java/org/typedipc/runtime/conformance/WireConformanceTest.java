package org.typedipc.runtime.conformance;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.typedipc.runtime.IpcListener;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.TransportKind;

/**
 * The conformance suite over a socket transport, with both ends in this JVM: main listens, and
 * each renderer connects with {@link RendererProcess#connect(org.typedipc.runtime.IpcEndpoint,
 * RendererOptions)} as a renderer process would. Every message crosses the wire protocol and the
 * connection's reader threads. Separate OS processes are covered by the process tests.
 */
abstract class WireConformanceTest extends IpcConformanceSuite {
  private final TransportKind transport;
  private final Map<IpcMain, IpcListener> listeners = new ConcurrentHashMap<>();

  WireConformanceTest(TransportKind transport) {
    this.transport = transport;
  }

  @Override
  protected IpcMain newMain(IpcMainOptions options) {
    return IpcMain.create(options);
  }

  @Override
  protected RendererUnderTest connect(IpcMain main, RendererOptions options) {
    IpcListener listener = listeners.computeIfAbsent(main, m -> closeAfterTest(m.listen(transport)));
    RendererInvitation invitation = listener.invite();
    RendererConnection connection = RendererProcess.connect(invitation.endpoint(), options);
    try {
      Renderer renderer = invitation.renderer().get(WAIT_SECONDS, TimeUnit.SECONDS);
      return new RendererUnderTest(connection, renderer);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      connection.close();
      throw new AssertionError("interrupted while connecting", e);
    } catch (ExecutionException | TimeoutException e) {
      connection.close();
      throw new AssertionError("main did not see the renderer connect over " + transport, e);
    }
  }
}
