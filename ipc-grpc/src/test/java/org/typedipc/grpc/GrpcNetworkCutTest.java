package org.typedipc.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcEndpoint;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;

/**
 * A network cut between a renderer and main: its pending calls fail at once with the disconnect
 * error, and a renderer that waits for main reconnects once the network is back, gRPC retrying
 * with back-off meanwhile.
 */
@Timeout(90)
class GrpcNetworkCutTest {
  @Test
  void pendingCallsFailFastAndTheRendererReconnects() throws Exception {
    GrpcTransport transport = GrpcSetups.MUTUAL_TLS.transport().waitingForMain(Duration.ofSeconds(30));
    try (IpcMain main = IpcMain.create(); RendererAcceptor acceptor = main.listen(transport)) {
      CompletableFuture<Object> never = new CompletableFuture<>();
      main.handle("hangs", (event, args) -> never);
      main.handle("echo", (event, args) -> args[0]);
      RendererInvitation first = acceptor.invite();
      IpcEndpoint direct = first.endpoint();
      try (CuttableProxy network = new CuttableProxy(HostPortOf.socket(direct.address()))) {
        RendererConnection connection = RendererProcess.connect(through(network, first.endpoint()),
            RendererOptions.defaults().withTransports(transport));
        assertEquals("up", connection.ipcRenderer().invoke("echo", "up").get(10, TimeUnit.SECONDS));
        CompletableFuture<Object> pending = connection.ipcRenderer().invoke("hangs");

        long cutAt = System.nanoTime();
        network.cut();
        ExecutionException failed = assertThrows(ExecutionException.class, () -> pending.get(10, TimeUnit.SECONDS));
        long failedAfterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cutAt);
        assertInstanceOf(IpcDisconnectedException.class, failed.getCause());
        assertTrue(failedAfterMillis < 5_000, "failed after " + failedAfterMillis + " ms, not at once");
        connection.close();

        CompletableFuture<RendererConnection> again = CompletableFuture.supplyAsync(() -> RendererProcess.connect(
            through(network, acceptor.invite().endpoint()), RendererOptions.defaults().withTransports(transport)));
        Thread.sleep(1500);
        assertTrue(!again.isDone(), "the renderer waits while the network is down");
        network.restore();
        try (RendererConnection reconnected = again.get(40, TimeUnit.SECONDS)) {
          assertEquals("back", reconnected.ipcRenderer().invoke("echo", "back").get(10, TimeUnit.SECONDS));
        }
      }
    }
  }

  @Test
  void aRendererThatDoesNotWaitFailsAtOnceWhenMainIsUnreachable() throws Exception {
    int freePort;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
      freePort = probe.getLocalPort();
    }
    IOException failed = assertThrows(IOException.class, () -> {
      var stream = GrpcTransport.plaintextOnLoopback().connect("127.0.0.1:" + freePort);
      try {
        stream.in().read(java.nio.ByteBuffer.allocate(1));
      } finally {
        stream.close();
      }
    });
    assertTrue(failed.getMessage().contains("UNAVAILABLE"), failed::getMessage);
  }

  private static IpcEndpoint through(CuttableProxy network, IpcEndpoint endpoint) {
    return new IpcEndpoint(endpoint.transport(), network.address(), endpoint.secret());
  }

  /** Main's address as a socket address for the proxy. */
  private static final class HostPortOf {
    static java.net.InetSocketAddress socket(String address) throws IOException {
      var parsed = org.typedipc.grpc.internal.HostPort.parse(address);
      return new java.net.InetSocketAddress(parsed.host(), parsed.port());
    }
  }
}
