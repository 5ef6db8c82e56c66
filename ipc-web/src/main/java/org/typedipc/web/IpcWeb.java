package org.typedipc.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.web.internal.PageInvitations;
import org.typedipc.web.internal.WebLimits;
import org.typedipc.web.internal.WebMessages;
import org.typedipc.web.internal.WebServer;

/**
 * Serves a web page as a renderer of {@code ipcMain}: one call, one URL to open.
 *
 * <pre>{@code
 * IpcMain ipcMain = IpcMain.create();
 * ipcMain.handle("greet", (event, args) -> "Hello, " + args[0]);
 * try (WebRenderers web = IpcWeb.serveWeb(ipcMain, Path.of("web"))) {
 *   System.out.println("Open " + web.url());
 *   ...
 * }
 * }</pre>
 *
 * The page fetches {@code /typed-ipc/invitation} for a fresh single-use secret each time it loads
 * and connects with {@code connectToMain()} from {@code @typed-ipc/renderer}. An invitation not
 * used within a minute expires, and at most 64 wait at once (the oldest gives way).
 */
public final class IpcWeb {
  private IpcWeb() {}

  /**
   * Starts a loopback server that serves {@code pageRoot} and accepts its pages as renderers.
   *
   * @param ipcMain the main the pages connect to as renderers
   * @param pageRoot the directory of the page's files, its {@code index.html} served at {@code /}
   * @return the running server; closing it stops serving and accepting
   * @throws UncheckedIOException if the server cannot start or {@code pageRoot} is not a directory
   */
  public static WebRenderers serveWeb(IpcMain ipcMain, Path pageRoot) {
    return serve(ipcMain, WebSocketTransport.servingPage(pageRoot));
  }

  /**
   * As {@link #serveWeb(IpcMain, Path)}, with a transport configured beforehand (a fixed port).
   *
   * @param ipcMain the main the pages connect to as renderers
   * @param transport a transport that has not listened yet
   * @return the running server; closing it stops serving and accepting
   * @throws UncheckedIOException if the server cannot start
   */
  public static WebRenderers serve(IpcMain ipcMain, WebSocketTransport transport) {
    RendererAcceptor acceptor = ipcMain.listen(transport);
    WebServer server = transport.server().orElseThrow(() -> new UncheckedIOException(new IOException(WebMessages.noServerYet())));
    WebLimits limits = transport.limits();
    server.useInvitations(new PageInvitations(acceptor::invite, limits.invitationCapacity(), limits.invitationLifetime(), System::nanoTime));
    return new WebRenderers(server, acceptor);
  }
}
