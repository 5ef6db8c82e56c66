package org.typedipc.web.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.core.Configuration;
import org.eclipse.jetty.websocket.core.FrameHandler;
import org.eclipse.jetty.websocket.core.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.core.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.core.server.WebSocketNegotiator;
import org.eclipse.jetty.websocket.core.server.WebSocketUpgradeHandler;
import org.typedipc.runtime.transport.ByteStream;
import org.typedipc.runtime.transport.TransportServer;

/**
 * Main's HTTP server on loopback: the WebSocket renderers connect to, the page's files, and the
 * invitation a page fetches for its single-use secret. Every request must name a loopback
 * {@code Host} with this port; a WebSocket upgrade must also come from this server's own origin.
 */
public final class WebServer implements TransportServer {
  public static final String SOCKET_PATH = "/typed-ipc/socket";
  public static final String INVITATION_PATH = "/typed-ipc/invitation";

  private final Server server;
  private final int port;
  private final LoopbackHosts hosts;
  private final LinkedBlockingQueue<Optional<ServerSocketStream>> accepted = new LinkedBlockingQueue<>();
  private final Set<ServerSocketStream> open = ConcurrentHashMap.newKeySet();
  /** Sockets whose HELLO has not arrived whole, with when each opened; the first has waited longest. */
  private final LinkedHashMap<ServerSocketStream, Long> awaitingHello = new LinkedHashMap<>();
  private final ScheduledExecutorService pinger;
  private final WebLimits limits;
  private volatile PageInvitations invitations;

  private WebServer(Server server, int port, WebLimits limits) {
    this.server = server;
    this.port = port;
    this.hosts = new LoopbackHosts(port);
    this.limits = limits;
    this.pinger = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "typed-ipc-web-ping");
      t.setDaemon(true);
      return t;
    });
  }

  /** Starts a server on 127.0.0.1 at {@code port} (0: any free one), serving {@code pageRoot} if not null. */
  public static WebServer start(int port, Path pageRoot, WebLimits limits) throws IOException {
    if (pageRoot != null && !Files.isDirectory(pageRoot)) {
      throw new IOException(WebMessages.notADirectory(pageRoot.toString()));
    }
    QueuedThreadPool threads = new QueuedThreadPool(16, 2);
    threads.setName("typed-ipc-web");
    threads.setDaemon(true);
    Server server = new Server(threads);
    ServerConnector connector = new ServerConnector(server, 1, 1);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    try {
      connector.open();
    } catch (IOException e) {
      throw new IOException(WebMessages.serverFailed(e.getMessage()), e);
    }
    WebServer web = new WebServer(server, connector.getLocalPort(), limits);
    server.setHandler(web.handlers(server, pageRoot));
    try {
      server.start();
    } catch (Exception e) {
      throw new IOException(WebMessages.serverFailed(String.valueOf(e.getMessage())), e);
    }
    long every = limits.pingInterval().toMillis();
    web.pinger.scheduleAtFixedRate(web::tick, every, every, TimeUnit.MILLISECONDS);
    return web;
  }

  private Handler handlers(Server server, Path pageRoot) {
    WebSocketUpgradeHandler upgrades = new WebSocketUpgradeHandler();
    upgrades.addMapping(SOCKET_PATH, new Negotiator());
    Handler.Sequence rest = new Handler.Sequence();
    rest.addHandler(new InvitationHandler());
    if (pageRoot != null) {
      ResourceHandler files = new ResourceHandler();
      files.setBaseResource(ResourceFactory.of(server).newResource(pageRoot));
      files.setDirAllowed(false);
      files.setWelcomeFiles("index.html");
      files.setCacheControl("no-cache");
      rest.addHandler(files);
    }
    upgrades.setHandler(rest);
    return new HostGuard(upgrades);
  }

  /** Gives each page that asks a new single-use secret from {@code invitations}. */
  public void useInvitations(PageInvitations invitations) {
    this.invitations = invitations;
  }

  /** The page's address, as a browser opens it. */
  public String pageUrl() {
    return "http://127.0.0.1:" + port + "/";
  }

  public int port() {
    return port;
  }

  @Override
  public String address() {
    return "ws://127.0.0.1:" + port + SOCKET_PATH;
  }

  @Override
  public ByteStream accept() throws IOException {
    try {
      Optional<ServerSocketStream> next = accepted.take();
      if (next.isEmpty()) {
        accepted.add(next);
        throw new IOException(WebMessages.streamClosed());
      }
      return next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(WebMessages.streamClosed(), e);
    }
  }

  @Override
  public void close() throws IOException {
    accepted.add(Optional.empty());
    pinger.shutdownNow();
    try {
      server.stop();
    } catch (Exception e) {
      throw new IOException(WebMessages.serverFailed(String.valueOf(e.getMessage())), e);
    }
  }

  /** Hands a socket to main's acceptor once its HELLO is whole, unless it was closed for waiting too long. */
  private void helloArrived(ServerSocketStream stream) {
    synchronized (awaitingHello) {
      if (awaitingHello.remove(stream) == null) {
        return;
      }
    }
    accepted.add(Optional.of(stream));
  }

  /** Takes a new socket into the waiting room, closing the one that waited longest if it is full. */
  private void awaitHello(ServerSocketStream stream) {
    ServerSocketStream evicted = null;
    synchronized (awaitingHello) {
      if (awaitingHello.size() >= limits.maxAwaitingHello()) {
        evicted = awaitingHello.keySet().iterator().next();
        awaitingHello.remove(evicted);
      }
      awaitingHello.put(stream, System.nanoTime());
    }
    if (evicted != null) {
      evicted.close();
    }
  }

  private void ended(ServerSocketStream stream) {
    open.remove(stream);
    synchronized (awaitingHello) {
      awaitingHello.remove(stream);
    }
  }

  /** Closes the sockets that have not sent their whole HELLO within the limit. */
  private void expireSilent() {
    long now = System.nanoTime();
    List<ServerSocketStream> expired = new ArrayList<>();
    synchronized (awaitingHello) {
      for (Iterator<Map.Entry<ServerSocketStream, Long>> it = awaitingHello.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<ServerSocketStream, Long> waiting = it.next();
        if (now - waiting.getValue() < limits.helloTimeout().toNanos()) {
          break; // in arrival order: the rest came later
        }
        it.remove();
        expired.add(waiting.getKey());
      }
    }
    expired.forEach(ServerSocketStream::close);
  }

  private void tick() {
    expireSilent();
    for (ServerSocketStream stream : open) {
      stream.ping();
    }
    PageInvitations current = invitations;
    if (current != null) {
      current.expireStale();
    }
  }

  /** Refuses any request whose Host is not this server's loopback address. */
  private final class HostGuard extends Handler.Wrapper {
    HostGuard(Handler next) {
      super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      String host = request.getHeaders().get(HttpHeader.HOST);
      if (!hosts.allows(host)) {
        PlainResponses.forbidden(response, callback, WebMessages.notLoopbackHost(host));
        return true;
      }
      return super.handle(request, response, callback);
    }
  }

  /** Accepts an upgrade from this server's own origin, or from a client that sends none (not a browser). */
  private final class Negotiator implements WebSocketNegotiator {
    @Override
    public FrameHandler negotiate(ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
      String host = request.getHeaders().get(HttpHeader.HOST);
      String origin = request.getHeaders().get(HttpHeader.ORIGIN);
      String expected = LoopbackHosts.originOf(host);
      if (origin != null && !origin.equals(expected)) {
        PlainResponses.forbidden(response, callback, WebMessages.foreignOrigin(origin, expected));
        return null;
      }
      // No permessage-deflate: on loopback it only costs CPU, and Node's WebSocket client inflates
      // messages asynchronously, so a close right behind a compressed REJECT lost the REJECT.
      response.setExtensions(List.of());
      String peer = "WEBSOCKET " + Request.getRemoteAddr(request) + ":" + Request.getRemotePort(request);
      ServerSocketStream stream =
          new ServerSocketStream(peer, limits.outboundBudget(), limits.stallLimit(), WebServer.this::helloArrived, WebServer.this::ended);
      open.add(stream);
      awaitHello(stream);
      return stream;
    }

    @Override
    public void customize(Configuration configuration) {
      configuration.setMaxFrameSize(limits.maxFrameBytes());
      configuration.setMaxBinaryMessageSize(limits.maxFrameBytes());
      configuration.setMaxTextMessageSize(1024);
      // Liveness is the protocol's (pings and heartbeats); Jetty's idle timeout only backs it up.
      configuration.setIdleTimeout(Duration.ofMinutes(2));
    }
  }

  /** GET /typed-ipc/invitation: a fresh single-use secret and the socket's address, never cached. */
  private final class InvitationHandler extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      if (!INVITATION_PATH.equals(Request.getPathInContext(request)) || !"GET".equals(request.getMethod())) {
        return false;
      }
      PageInvitations source = invitations;
      if (source == null) {
        PlainResponses.write(response, callback, 503, "text/plain", WebMessages.noServerYet() + "\n");
        return true;
      }
      String host = request.getHeaders().get(HttpHeader.HOST);
      String json = "{\"url\":\"ws://" + host + SOCKET_PATH + "\",\"secret\":\""
          + HexFormat.of().formatHex(source.next()) + "\"}";
      PlainResponses.write(response, callback, 200, "application/json", json);
      return true;
    }
  }
}
