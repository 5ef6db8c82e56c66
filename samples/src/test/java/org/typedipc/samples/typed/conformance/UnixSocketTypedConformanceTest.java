package org.typedipc.samples.typed.conformance;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.typedipc.runtime.IpcListener;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.TransportKind;

/**
 * The typed conformance suite over a Unix domain socket, both ends in this JVM: main listens, and
 * each renderer connects through an invitation as a renderer process would, so every typed value
 * crosses the wire protocol and the connection's reader threads.
 */
class UnixSocketTypedConformanceTest extends TypedConformanceSuite {
  private final Map<IpcMain, IpcListener> listeners = new ConcurrentHashMap<>();

  @Override
  protected RendererUnderTest connect(IpcMain main, RendererOptions options) {
    IpcListener listener =
        listeners.computeIfAbsent(main, m -> closeAfterTest(m.listen(TransportKind.UNIX_SOCKET)));
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
      throw new AssertionError("main did not see the renderer connect over a Unix socket", e);
    }
  }
}
