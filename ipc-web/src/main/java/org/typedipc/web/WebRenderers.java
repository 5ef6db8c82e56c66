package org.typedipc.web;

import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.web.internal.WebServer;

/** The running web server of {@link IpcWeb#serveWeb}: its URL, and how to invite JVM renderers too. */
public final class WebRenderers implements AutoCloseable {
  private final WebServer server;
  private final RendererAcceptor acceptor;

  WebRenderers(WebServer server, RendererAcceptor acceptor) {
    this.server = server;
    this.acceptor = acceptor;
  }

  /** {@return the page's URL on loopback, {@code http://127.0.0.1:<port>/}: open it in a browser or a WebView} */
  public String url() {
    return server.pageUrl();
  }

  /** {@return the WebSocket address, {@code ws://127.0.0.1:<port>/typed-ipc/socket}} */
  public String socketAddress() {
    return server.address();
  }

  /** {@return the acceptor behind the server: {@code acceptor().invite()} admits a JVM renderer over the same socket} */
  public RendererAcceptor acceptor() {
    return acceptor;
  }

  /** Stops serving and accepting; connected renderers stay until they go. */
  @Override
  public void close() {
    acceptor.close();
  }
}
