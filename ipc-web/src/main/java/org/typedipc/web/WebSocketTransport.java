package org.typedipc.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.typedipc.runtime.transport.ByteStream;
import org.typedipc.runtime.transport.Transport;
import org.typedipc.runtime.transport.TransportServer;
import org.typedipc.web.internal.ClientSocketStream;
import org.typedipc.web.internal.WebLimits;
import org.typedipc.web.internal.WebServer;

/**
 * Renderers over a WebSocket on 127.0.0.1: web pages, with the {@code @typed-ipc/renderer} npm
 * package, or JVMs. Binary frames carry the typed-ipc protocol unchanged, so handshake, secrets,
 * contract fingerprints and liveness are the runtime's. The server also serves the page's files,
 * when given a directory, and the single-use invitation each page load fetches; most applications
 * call {@link IpcWeb#serveWeb} rather than this class.
 *
 * <pre>{@code
 * WebSocketTransport web = WebSocketTransport.servingPage(Path.of("web"));
 * RendererAcceptor acceptor = ipcMain.listen(web);
 * }</pre>
 *
 * <p>One instance listens once.
 */
public final class WebSocketTransport implements Transport {
  private final Path pageRoot;
  private final int port;
  private final WebLimits limits;
  private volatile WebServer server;

  private WebSocketTransport(Path pageRoot, int port, WebLimits limits) {
    this.pageRoot = pageRoot;
    this.port = port;
    this.limits = limits;
  }

  /** {@return a transport of only the socket, on a free port; for renderers that are not pages} */
  public static WebSocketTransport socketOnly() {
    return new WebSocketTransport(null, 0, WebLimits.DEFAULTS);
  }

  /**
   * The socket and the page's files from {@code pageRoot} (its {@code index.html} at {@code /}), on a free port.
   *
   * @param pageRoot the directory of the page's files
   * @return a transport that also serves the page
   */
  public static WebSocketTransport servingPage(Path pageRoot) {
    return new WebSocketTransport(pageRoot.toAbsolutePath().normalize(), 0, WebLimits.DEFAULTS);
  }

  /**
   * The same on a fixed port, for a page that must keep its origin (its storage) across runs.
   *
   * @param fixedPort the loopback port to listen on, from 0 (a free one) to 65535
   * @return a copy that listens on that port
   * @throws IllegalArgumentException if {@code fixedPort} is out of range
   */
  public WebSocketTransport onPort(int fixedPort) {
    if (fixedPort < 0 || fixedPort > 65535) {
      throw new IllegalArgumentException("port " + fixedPort + " is not between 0 and 65535");
    }
    return new WebSocketTransport(pageRoot, fixedPort, limits);
  }

  /** The same with other bounds (tests shrink them to reach them quickly). */
  WebSocketTransport withLimits(WebLimits newLimits) {
    return new WebSocketTransport(pageRoot, port, newLimits);
  }

  WebLimits limits() {
    return limits;
  }

  @Override
  public String name() {
    return "WEBSOCKET";
  }

  @Override
  public synchronized TransportServer listen() throws IOException {
    WebServer started = WebServer.start(port, pageRoot, limits);
    server = started;
    return started;
  }

  @Override
  public ByteStream connect(String address) throws IOException {
    return ClientSocketStream.connect(address);
  }

  /** The server {@link #listen()} started, once it has. */
  Optional<WebServer> server() {
    return Optional.ofNullable(server);
  }

  @Override
  public String toString() {
    return name();
  }
}
