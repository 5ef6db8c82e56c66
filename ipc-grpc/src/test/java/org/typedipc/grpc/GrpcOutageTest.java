package org.typedipc.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.grpc.internal.HostPort;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcEndpoint;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.IpcTimeoutException;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.RendererOptions;

/**
 * Calls during a network outage: with {@link GrpcTransport#waitingThroughOutages} they wait for the
 * tunnel to resume (invokes up to their deadlines) and the connection lives on; without it, and
 * past the allowance, they fail at once with the disconnect error.
 */
@Timeout(300)
class GrpcOutageTest {
  /** Heartbeats must not end the connection first: the outage allowance is what is tested. */
  private static final ConnectionSettings PATIENT = ConnectionSettings.defaults().withHeartbeat(Duration.ofSeconds(1), Duration.ofSeconds(60));

  /**
   * The outage lasts well past the connection's own liveness (5 s) and drain (10 s) timeouts, with
   * default settings: the tunnel's allowance alone decides, and calls made during it return at
   * once rather than blocking their thread until the network is back.
   */
  @Test
  void callsDuringAnOutageWaitForTheTunnelToResume() throws Exception {
    GrpcTransport transport = GrpcSetups.MUTUAL_TLS.transport().waitingThroughOutages(Duration.ofSeconds(90));
    ConnectionSettings defaults = ConnectionSettings.defaults();
    Duration outage = defaults.drainTimeout().plus(defaults.livenessTimeout());
    try (IpcMain main = IpcMain.create(IpcMainOptions.defaults());
        RendererAcceptor acceptor = main.listen(transport)) {
      CompletableFuture<Object> slow = new CompletableFuture<>();
      BlockingQueue<Object> notes = new LinkedBlockingQueue<>();
      main.handle("slow", (event, args) -> slow);
      main.handle("echo", (event, args) -> args[0]);
      main.on("note", (event, args) -> notes.add(args[0]));
      RendererInvitation invitation = acceptor.invite();
      try (CuttableProxy network = new CuttableProxy(socketOf(invitation.endpoint().address()));
          RendererConnection connection = connectThrough(network, invitation.endpoint(), transport, defaults)) {
        assertEquals("up", connection.ipcRenderer().invoke("echo", "up").get(30, TimeUnit.SECONDS));
        Renderer renderer = invitation.renderer().get(30, TimeUnit.SECONDS);
        CompletableFuture<Object> pending = connection.ipcRenderer().invoke("slow");

        network.cut();
        long cutAt = System.nanoTime();
        CompletableFuture<Object> during = connection.ipcRenderer().invoke("echo", "during");
        connection.ipcRenderer().send("note", "sent during the outage");
        ExecutionException tooShort = assertThrows(ExecutionException.class,
            () -> connection.ipcRenderer().withDeadline(Duration.ofMillis(300)).invoke("echo", "hurried").get(30, TimeUnit.SECONDS));
        assertInstanceOf(IpcTimeoutException.class, tooShort.getCause(), "an invoke waits up to its deadline, no longer");
        TimeUnit.NANOSECONDS.sleep(Math.max(0, outage.toNanos() - (System.nanoTime() - cutAt)));
        assertFalse(during.isDone(), () -> "a call made during the outage waits, but " + during + "; " + closeReason(connection));
        assertFalse(pending.isDone(), () -> "a call pending at the cut waits, but " + pending + "; " + closeReason(connection));
        assertFalse(connection.isClosed(), () -> closeReason(connection));

        network.restore();
        assertEquals("during", during.get(60, TimeUnit.SECONDS), () -> closeReason(connection));
        assertEquals("sent during the outage", notes.poll(60, TimeUnit.SECONDS));
        slow.complete("finished after the outage");
        assertEquals("finished after the outage", pending.get(30, TimeUnit.SECONDS));
        assertEquals(List.of(renderer), main.renderers(), "the same connection, never dropped");
      }
    }
  }

  @Test
  void byDefaultCallsDuringAnOutageFailAtOnce() throws Exception {
    GrpcTransport transport = GrpcSetups.PLAINTEXT.transport();
    try (IpcMain main = IpcMain.create(IpcMainOptions.defaults().withConnectionSettings(PATIENT));
        RendererAcceptor acceptor = main.listen(transport)) {
      main.handle("echo", (event, args) -> args[0]);
      main.handle("hangs", (event, args) -> new CompletableFuture<>());
      RendererInvitation invitation = acceptor.invite();
      try (CuttableProxy network = new CuttableProxy(socketOf(invitation.endpoint().address()));
          RendererConnection connection = connectThrough(network, invitation.endpoint(), transport)) {
        assertEquals("up", connection.ipcRenderer().invoke("echo", "up").get(10, TimeUnit.SECONDS));
        CompletableFuture<Object> pending = connection.ipcRenderer().invoke("hangs");

        network.cut();
        assertDisconnected(pending);
        connection.whenClosed().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertDisconnected(CompletableFuture.supplyAsync(() -> connection.ipcRenderer().invoke("echo", "after")).thenCompose(f -> f));
      }
    }
  }

  @Test
  void anOutageLongerThanTheAllowanceFailsTheCalls() throws Exception {
    GrpcTransport transport = GrpcSetups.PLAINTEXT.transport().waitingThroughOutages(Duration.ofMillis(500));
    try (IpcMain main = IpcMain.create(IpcMainOptions.defaults().withConnectionSettings(PATIENT));
        RendererAcceptor acceptor = main.listen(transport)) {
      main.handle("hangs", (event, args) -> new CompletableFuture<>());
      RendererInvitation invitation = acceptor.invite();
      try (CuttableProxy network = new CuttableProxy(socketOf(invitation.endpoint().address()));
          RendererConnection connection = connectThrough(network, invitation.endpoint(), transport)) {
        Renderer renderer = invitation.renderer().get(10, TimeUnit.SECONDS);
        CompletableFuture<Object> pending = connection.ipcRenderer().invoke("hangs");

        network.cut();
        assertDisconnected(pending);
        renderer.whenGone().toCompletableFuture().get(20, TimeUnit.SECONDS);
        assertTrue(main.renderers().isEmpty(), "main dropped the renderer once the allowance was over");
      }
    }
  }

  /** Why the renderer's connection ended, for a failure's message. */
  private static String closeReason(RendererConnection connection) {
    return "the connection " + connection.whenClosed().toCompletableFuture().thenApply(why -> "closed: " + why).getNow("is open");
  }

  private static void assertDisconnected(CompletableFuture<Object> call) {
    ExecutionException failed = assertThrows(ExecutionException.class, () -> call.get(20, TimeUnit.SECONDS));
    Throwable cause = failed.getCause() instanceof java.util.concurrent.CompletionException wrapped ? wrapped.getCause() : failed.getCause();
    assertInstanceOf(IpcDisconnectedException.class, cause);
  }

  private static RendererConnection connectThrough(CuttableProxy network, IpcEndpoint endpoint, GrpcTransport transport) {
    return connectThrough(network, endpoint, transport, PATIENT);
  }

  private static RendererConnection connectThrough(CuttableProxy network, IpcEndpoint endpoint, GrpcTransport transport,
      ConnectionSettings settings) {
    return org.typedipc.runtime.RendererProcess.connect(new IpcEndpoint(endpoint.transport(), network.address(), endpoint.secret()),
        RendererOptions.defaults().withConnectionSettings(settings).withTransports(transport));
  }

  private static InetSocketAddress socketOf(String address) throws IOException {
    HostPort parsed = HostPort.parse(address);
    return new InetSocketAddress(parsed.host(), parsed.port());
  }
}
