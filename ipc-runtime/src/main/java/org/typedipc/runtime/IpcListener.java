package org.typedipc.runtime;

/**
 * Main accepting renderer processes on a Unix socket or on TCP loopback. Each renderer needs an
 * invitation: a single-use secret it proves in the handshake.
 *
 * <pre>{@code
 * try (IpcListener listener = ipcMain.listen(TransportKind.UNIX_SOCKET)) {
 *   RendererInvitation invitation = listener.invite();
 *   // hand invitation.endpoint().toEnvironment() to the renderer process, which calls
 *   // RendererProcess.connect()
 *   Renderer renderer = invitation.renderer().get(10, TimeUnit.SECONDS);
 * }
 * }</pre>
 */
public interface IpcListener extends AutoCloseable {
  /** The transport. */
  TransportKind kind();

  /** A new single-use endpoint, and the renderer that will connect with it. */
  RendererInvitation invite();

  /** Stops accepting; connected renderers stay connected. Removes the socket file. */
  @Override
  void close();
}
