package org.typedipc.runtime;

/**
 * Main accepting renderer processes at one address of a transport: a Unix socket, a TCP loopback
 * port, or the address of a {@link org.typedipc.runtime.transport.Transport} of your own. Each
 * renderer needs an invitation: a single-use secret it proves in the handshake.
 *
 * <pre>{@code
 * try (RendererAcceptor acceptor = ipcMain.listen(TransportKind.UNIX_SOCKET)) {
 *   RendererInvitation invitation = acceptor.invite();
 *   // hand invitation.endpoint().toEnvironment() to the renderer process, which calls
 *   // RendererProcess.connect()
 *   Renderer renderer = invitation.renderer().get(10, TimeUnit.SECONDS);
 * }
 * }</pre>
 */
public interface RendererAcceptor extends AutoCloseable {
  /** {@return the name of the transport} */
  String transport();

  /** {@return a new single-use endpoint, and the renderer that will connect with it} */
  RendererInvitation invite();

  /** Stops accepting; connected renderers stay connected. Releases the address (removes a socket file). */
  @Override
  void close();
}
