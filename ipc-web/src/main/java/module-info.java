/**
 * A web page as a typed-ipc renderer: a WebSocket transport, on Jetty 12, that also serves the
 * page's files, so that one {@link org.typedipc.web.IpcWeb#serveWeb serveWeb} call gives main a
 * URL to open. The page speaks the protocol with the {@code @typed-ipc/renderer} npm package.
 *
 * <p>Optional: the runtime itself depends on the JDK alone; only applications with a web renderer
 * add this module and Jetty.
 */
module org.typedipc.web {
  requires transitive org.typedipc.runtime;
  requires org.eclipse.jetty.server;
  requires org.eclipse.jetty.websocket.core.server;
  requires java.net.http;

  exports org.typedipc.web;
}
