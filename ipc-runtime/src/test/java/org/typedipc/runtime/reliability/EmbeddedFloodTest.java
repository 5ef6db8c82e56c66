package org.typedipc.runtime.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.RendererOptions;

/**
 * An embedded renderer is bounded like a socket one, in both directions: a thread that sends
 * faster than the other side's listeners take waits once the receiver's inbound credit is used
 * up, so what waits stays within the credit (1 MiB: at most 17 messages of 64 KiB, plus the one
 * running); main's loop never waits, and a renderer that falls past the outbound bound is closed.
 */
@Timeout(120)
class EmbeddedFloodTest {
  private static final int MESSAGES = 1000;
  private static final int BYTES = 64 << 10;
  /** Credit / (payload + overhead), plus the message admitted on the last room and the one running. */
  private static final long IN_FLIGHT_BOUND =
      ConnectionSettings.defaults().inboundCreditBytes() / (BYTES + ConnectionSettings.MESSAGE_OVERHEAD_BYTES) + 3;

  private final ExecutorService listenerThread = Executors.newSingleThreadExecutor();
  private IpcMain main;

  @AfterEach
  void close() {
    if (main != null) {
      main.close();
    }
    listenerThread.shutdownNow();
  }

  /** Counts sent and taken messages and records the most that were in flight at once. */
  private static final class InFlight {
    final AtomicLong sent = new AtomicLong();
    final AtomicLong taken = new AtomicLong();
    final AtomicLong peak = new AtomicLong();
    final CountDownLatch done = new CountDownLatch(MESSAGES);

    void sending() {
      long inFlight = sent.incrementAndGet() - taken.get();
      peak.accumulateAndGet(inFlight, Math::max);
    }

    void take() {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1)); // a slow listener
      taken.incrementAndGet();
      done.countDown();
    }
  }

  @Test
  void mainFloodingASlowEmbeddedRendererWaitsWithinItsCredit() throws Exception {
    main = IpcMain.create();
    EmbeddedRenderer embedded = main.embedRenderer(RendererOptions.defaults().withExecutor(listenerThread));
    InFlight flight = new InFlight();
    embedded.ipcRenderer().on("inbox", (event, args) -> flight.take());
    byte[] payload = new byte[BYTES];
    for (int i = 0; i < MESSAGES; i++) {
      flight.sending();
      embedded.renderer().send("inbox", (Object) payload);
    }
    assertTrue(flight.done.await(60, TimeUnit.SECONDS), "taken " + flight.taken.get());
    assertTrue(flight.peak.get() <= IN_FLIGHT_BOUND, "peak in flight " + flight.peak.get() + ", bound " + IN_FLIGHT_BOUND);
    System.getLogger(getClass().getName()).log(System.Logger.Level.INFO, "main -> embedded, " + MESSAGES + " x 64 KiB at a 1 ms "
        + "listener: at most " + flight.peak.get() + " messages in flight (bound " + IN_FLIGHT_BOUND + ")");
  }

  @Test
  void anEmbeddedRendererFloodingASlowMainWaitsWithinItsCredit() throws Exception {
    main = IpcMain.create(IpcMainOptions.defaults().withExecutor(listenerThread));
    EmbeddedRenderer embedded = main.embedRenderer();
    InFlight flight = new InFlight();
    main.on("outbox", (event, args) -> flight.take());
    byte[] payload = new byte[BYTES];
    for (int i = 0; i < MESSAGES; i++) {
      flight.sending();
      embedded.ipcRenderer().send("outbox", (Object) payload);
    }
    assertTrue(flight.done.await(60, TimeUnit.SECONDS), "taken " + flight.taken.get());
    assertTrue(flight.peak.get() <= IN_FLIGHT_BOUND, "peak in flight " + flight.peak.get() + ", bound " + IN_FLIGHT_BOUND);
    System.getLogger(getClass().getName()).log(System.Logger.Level.INFO, "embedded -> main, " + MESSAGES + " x 64 KiB at a 1 ms "
        + "listener: at most " + flight.peak.get() + " messages in flight (bound " + IN_FLIGHT_BOUND + ")");
  }

  @Test
  void mainsLoopNeverWaitsAndAnEmbeddedRendererFallenPastTheOutboundBoundIsClosed() throws Exception {
    main = IpcMain.create();
    EmbeddedRenderer embedded = main.embedRenderer(RendererOptions.defaults().withExecutor(listenerThread));
    CountDownLatch stalled = new CountDownLatch(1);
    embedded.ipcRenderer().on("inbox", (event, args) -> {
      try {
        stalled.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    CompletableFuture<Object> outcome = new CompletableFuture<>();
    main.on("go", (event, args) -> {
      byte[] payload = new byte[BYTES];
      long sent = 0;
      try {
        while (sent < 4 * ConnectionSettings.defaults().maxBufferedBytes()) {
          embedded.renderer().send("inbox", (Object) payload);
          sent += BYTES;
        }
        outcome.complete("sent " + sent + " bytes without being refused");
      } catch (RuntimeException e) {
        outcome.complete(e);
      }
    });
    try {
      embedded.ipcRenderer().send("go");
      Object result = outcome.get(30, TimeUnit.SECONDS);
      assertInstanceOf(IpcDisconnectedException.class, result, String.valueOf(result));
      assertTrue(((Exception) result).getMessage().contains("fell"), ((Exception) result).getMessage());
      String reason = embedded.whenClosed().toCompletableFuture().get(10, TimeUnit.SECONDS);
      assertTrue(reason.contains("fell"), reason);
      assertEquals(true, embedded.renderer().isClosed());
    } finally {
      stalled.countDown();
    }
  }
}
