package org.typedipc.runtime.testing;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;

/**
 * A renderer connected to main in this JVM, seen from both ends: its connection and main's handle.
 *
 * @param connection the renderer's end
 * @param renderer main's handle of it
 */
public record ConnectedRenderer(RendererConnection connection, Renderer renderer) {
  /** The renderer's main frame (Electron's {@code ipcRenderer} of the top frame). */
  public IpcRenderer ipc() {
    return connection.ipcRenderer();
  }

  /**
   * Connects a renderer through an invitation of {@code acceptor}, as a renderer process would,
   * declares it ready, and waits until main has its handle.
   */
  public static ConnectedRenderer through(RendererAcceptor acceptor, RendererOptions options) {
    RendererInvitation invitation = acceptor.invite();
    RendererConnection connection = RendererProcess.connect(invitation.endpoint(), options);
    // Ready at once, as an embedded renderer is: a test registers its listeners before main sends.
    connection.ready();
    try {
      return new ConnectedRenderer(connection, invitation.renderer().get(Waits.WAIT_SECONDS, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      connection.close();
      throw new AssertionError("interrupted while connecting", e);
    } catch (ExecutionException | TimeoutException e) {
      connection.close();
      throw new AssertionError("main did not see the renderer connect over " + acceptor.transport(), e);
    }
  }
}
