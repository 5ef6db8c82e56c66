package org.typedipc.runtime.transport;

import java.io.IOException;

/**
 * How bytes travel between main and renderer processes: the seam every transport implements. The
 * runtime puts the typed-ipc protocol on top — handshake, secrets, contract fingerprints, framing,
 * heartbeats — so a transport only moves bytes and, where the OS can, vouches for the peer.
 *
 * <p>A transport either accepts connections at an address ({@link #listen()}; the renderer calls
 * {@link #connect(String)}) or carries a renderer main launched over that process's standard
 * streams ({@link #carriesLaunchedRenderers()}; main calls {@link #attach(Process)}, the renderer
 * {@link #connect(String)} with an empty address). The built-in ones are {@code
 * TransportKind.UNIX_SOCKET}, {@code TCP} and {@code STDIO}.
 *
 * <p>Adding a transport is this one class plus handing it to main and to the renderer:
 *
 * <pre>{@code
 * final class PipeTransport implements Transport {
 *   public String name() { return "PIPE"; }
 *   public TransportServer listen() throws IOException { ... }
 *   public ByteStream connect(String address) throws IOException { ... }
 * }
 *
 * RendererAcceptor acceptor = ipcMain.listen(new PipeTransport());            // main
 * RendererProcess.connect(endpoint, RendererOptions.defaults()
 *     .withTransports(new PipeTransport()));                                   // renderer
 * }</pre>
 */
public interface Transport {
  /** {@return the name endpoints carry, so that a renderer process finds the same transport: {@code "TCP"}} */
  String name();

  /**
   * Starts accepting renderer connections at a new address.
   *
   * @return the listening server; closing it releases the address
   * @throws IOException if the address cannot be bound
   * @throws UnsupportedOperationException if this transport only carries launched renderers
   */
  TransportServer listen() throws IOException;

  /**
   * Connects a renderer process to main at {@code address}, as {@link TransportServer#address()}
   * gave it (empty for a transport that {@link #carriesLaunchedRenderers() carries launched
   * renderers}).
   *
   * @param address main's address, as the renderer's endpoint carries it
   * @return the renderer's stream to main
   * @throws IOException if the connection cannot be made
   * @throws PeerRefusedException if the OS refused this process access to main's address
   */
  ByteStream connect(String address) throws IOException;

  /**
   * Whether a renderer main launches talks over its own standard input and output, which {@link
   * #attach(Process)} then wraps, rather than connecting to a listener by address.
   *
   * @return {@code true} for a standard-streams transport; {@code false} by default
   */
  default boolean carriesLaunchedRenderers() {
    return false;
  }

  /**
   * Main's stream to a renderer it launched, for a transport that {@link #carriesLaunchedRenderers()}.
   *
   * @param renderer the launched renderer process, whose standard streams carry the connection
   * @return main's stream to that renderer
   * @throws UnsupportedOperationException if this transport connects renderers by address; the default
   */
  default ByteStream attach(Process renderer) {
    throw new UnsupportedOperationException(name() + " does not carry launched renderers; they connect to a listener.");
  }
}
