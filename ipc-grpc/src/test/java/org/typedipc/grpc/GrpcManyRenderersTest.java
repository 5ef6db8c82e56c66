package org.typedipc.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;

/**
 * Eight renderers at once over mutual TLS, each sending a random mix of events and invokes, all
 * numbered: main sees every message of each renderer, once and in the order sent: 10^5 per
 * renderer (about 10 s on two shared cores); {@code -Dgrpc.load.messages=…} scales it.
 */
@Timeout(600)
class GrpcManyRenderersTest {
  private static final int RENDERERS = 8;

  @Test
  void eightRenderersLoseAndReorderNothing() throws Exception {
    int perRenderer = Integer.getInteger("grpc.load.messages", 100_000);
    long seed = Long.getLong("grpc.load.seed", System.nanoTime());
    System.out.println("GrpcManyRenderersTest seed " + seed + ", " + perRenderer + " messages per renderer");
    AtomicIntegerArray expectedNext = new AtomicIntegerArray(RENDERERS);
    AtomicLong outOfOrder = new AtomicLong();
    GrpcTransport transport = GrpcSetups.MUTUAL_TLS.transport();
    // Loss and order are under test, not liveness: a loaded machine may pause a process for seconds.
    ConnectionSettings patient = ConnectionSettings.defaults().withHeartbeat(Duration.ofSeconds(1), Duration.ofSeconds(60));
    try (IpcMain main = IpcMain.create(IpcMainOptions.defaults().withConnectionSettings(patient));
        RendererAcceptor acceptor = main.listen(transport)) {
      // Both channels land in one per-renderer order check: events and invokes share the sequence.
      main.on("event", (event, args) -> check(expectedNext, outOfOrder, (Integer) args[0], (Integer) args[1]));
      main.handle("call", (event, args) -> check(expectedNext, outOfOrder, (Integer) args[0], (Integer) args[1]));
      List<RendererConnection> connections = new ArrayList<>();
      try {
        for (int r = 0; r < RENDERERS; r++) {
          RendererInvitation invitation = acceptor.invite();
          connections.add(RendererProcess.connect(invitation.endpoint(), RendererOptions.defaults().withTransports(transport).withConnectionSettings(patient)));
          invitation.renderer().get(30, TimeUnit.SECONDS);
        }
        List<CompletableFuture<Void>> senders = new ArrayList<>();
        for (int r = 0; r < RENDERERS; r++) {
          int renderer = r;
          RendererConnection connection = connections.get(r);
          Random random = new Random(seed + r);
          senders.add(CompletableFuture.runAsync(() -> {
            CompletableFuture<Object> lastInvoke = CompletableFuture.completedFuture(null);
            for (int i = 0; i < perRenderer; i++) {
              if (random.nextInt(10) == 0) {
                lastInvoke = connection.ipcRenderer().invoke("call", renderer, i);
              } else {
                connection.ipcRenderer().send("event", renderer, i);
              }
            }
            lastInvoke.join();
          }));
        }
        CompletableFuture.allOf(senders.toArray(CompletableFuture[]::new)).get(540, TimeUnit.SECONDS);
        for (int r = 0; r < RENDERERS; r++) {
          int renderer = r;
          org.typedipc.runtime.testing.Waits.eventually(() -> expectedNext.get(renderer) == perRenderer,
              "renderer " + renderer + " delivered everything");
        }
        assertEquals(0, outOfOrder.get(), "seed " + seed + ": messages out of order or repeated");
      } finally {
        connections.forEach(RendererConnection::close);
      }
    }
  }

  private static boolean check(AtomicIntegerArray expectedNext, AtomicLong outOfOrder, int renderer, int sequence) {
    if (!expectedNext.compareAndSet(renderer, sequence, sequence + 1)) {
      outOfOrder.incrementAndGet();
    }
    return true;
  }
}
