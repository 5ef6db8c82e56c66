package org.typedipc.runtime.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.reliability.LaunchedRenderers.command;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.TransportKind;

/**
 * A renderer process that stops reading (its loop is blocked for good, so its reader stops at its
 * inbound credit) neither blocks main's loop nor delays another renderer, and is disconnected as
 * {@link RendererGone.Reason#UNRESPONSIVE} with the reason.
 */
@Timeout(180)
class StalledReaderTest {
  static final Duration DRAIN = Duration.ofSeconds(4);
  /**
   * The slowest invoke of the healthy renderer allowed while the other one is stuck: an invoke
   * held up by the stuck renderer would wait for its drain timeout, most of 4 s; a loaded machine
   * has made a healthy one take 1.7 s.
   */
  static final long INVOKE_BOUND_MILLIS = 2500;

  private IpcMain main;
  private LaunchedRenderers renderers;

  @BeforeEach
  void createMain() {
    ConnectionSettings settings = ConnectionSettings.defaults()
        .withMaxPacketBytes(64 << 10)
        .withMaxBufferedBytes(256 << 10)
        .withTotalBufferedBytes(1 << 20)
        .withDrainTimeout(DRAIN);
    main = IpcMain.create(IpcMainOptions.defaults().withConnectionSettings(settings));
    main.handle("echo", (event, args) -> args[0]);
    renderers = new LaunchedRenderers(main);
  }

  @AfterEach
  void closeMain() {
    main.close();
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void aRendererThatStopsReadingIsDroppedAndDoesNotDelayAnother(TransportKind transport) throws Exception {
    Renderer stalled = renderers.launch(transport);
    Renderer healthy = renderers.launch(transport);
    CompletableFuture<Object> pings = new CompletableFuture<>();
    healthy.ipc().on("pings-done", (event, args) -> pings.complete(args[0]));
    healthy.ipc().on("pings-failed", (event, args) -> pings.complete(args[0]));
    command(stalled, "stall");

    // An application thread floods the stalled renderer: it blocks once the budget is full, and
    // is released with IpcDisconnectedException when the drain timeout drops the renderer.
    AtomicLong lastSent = new AtomicLong(System.nanoTime());
    CompletableFuture<Throwable> floodEnded = new CompletableFuture<>();
    long floodStart = System.nanoTime();
    Thread flood = new Thread(() -> {
      byte[] payload = new byte[8 << 10];
      try {
        while (true) {
          stalled.send("to-renderer", payload);
          lastSent.set(System.nanoTime());
        }
      } catch (RuntimeException e) {
        floodEnded.complete(e);
      }
    }, "flood-stalled-renderer");
    flood.setDaemon(true);
    flood.start();
    while (System.nanoTime() - lastSent.get() < TimeUnit.MILLISECONDS.toNanos(300) && !floodEnded.isDone()) {
      Thread.sleep(20);
    }
    assertFalse(floodEnded.isDone(), "the flood ended before the renderer's buffers were full: " + floodEnded.getNow(null));

    command(healthy, "pings", 200);
    Object slowest = pings.get(30, TimeUnit.SECONDS);
    assertInstanceOf(Long.class, slowest, "the healthy renderer's invokes failed: " + slowest);

    RendererGone gone = stalled.whenGone().toCompletableFuture().get(30, TimeUnit.SECONDS);
    long goneAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - floodStart);
    assertEquals(RendererGone.Reason.UNRESPONSIVE, gone.reason(), gone.toString());
    assertTrue(gone.detail().contains("drain timeout"), gone.detail());
    assertInstanceOf(IpcDisconnectedException.class, floodEnded.get(10, TimeUnit.SECONDS));
    assertTrue((Long) slowest < INVOKE_BOUND_MILLIS, "slowest invoke " + slowest + " ms");
    assertFalse(healthy.isClosed());
    System.getLogger(getClass().getName()).log(System.Logger.Level.INFO,
        transport + ": slowest invoke of the healthy renderer " + slowest + " ms (bound " + INVOKE_BOUND_MILLIS
            + "); stalled renderer gone " + goneAfter + " ms after the flood began (drain timeout " + DRAIN.toMillis() + " ms)");
  }

  @Test
  void aListenerSendingToAStalledRendererDropsItInsteadOfBlockingMainsLoop() throws Exception {
    Renderer stalled = renderers.launch(TransportKind.UNIX_SOCKET);
    command(stalled, "stall");
    CompletableFuture<RuntimeException> refused = new CompletableFuture<>();
    AtomicLong longestSend = new AtomicLong();
    main.on("poke", (event, args) -> {
      byte[] payload = new byte[8 << 10];
      try {
        for (int i = 0; i < 100_000; i++) {
          long start = System.nanoTime();
          stalled.send("to-renderer", payload);
          longestSend.accumulateAndGet(System.nanoTime() - start, Math::max);
        }
      } catch (RuntimeException e) {
        refused.complete(e);
      }
    });
    EmbeddedRenderer poker = main.embedRenderer();
    long start = System.nanoTime();
    poker.ipcRenderer().send("poke");
    RuntimeException e = refused.get(30, TimeUnit.SECONDS);
    long listenerMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertInstanceOf(IpcDisconnectedException.class, e);
    assertTrue(e.getMessage().contains("fell"), e.getMessage());
    RendererGone gone = stalled.whenGone().toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertEquals(RendererGone.Reason.UNRESPONSIVE, gone.reason(), gone.toString());
    // Main's loop was never blocked on the renderer: no single send waited for it.
    assertTrue(TimeUnit.NANOSECONDS.toMillis(longestSend.get()) < 500, "a send took " + longestSend.get() + " ns");
    assertTrue(listenerMillis < DRAIN.toMillis(), "the listener ran " + listenerMillis + " ms");
  }

  /**
   * Over standard streams main's reader writes the replies its deliveries make itself, once each
   * delivery returned: a renderer that stops reading while main answers its messages can hold that
   * reader, never main's loop. Another renderer's invokes go on all along, the stalled one is
   * dropped, and once its process is gone no thread of main is left reading or writing it.
   */
  @ParameterizedTest
  @EnumSource(value = TransportKind.class, names = {"STDIO", "UNIX_SOCKET"})
  void aRendererThatStopsReadingWhileMainAnswersItsMessagesHoldsNoLoop(TransportKind transport) throws Exception {
    // Each message is answered with an invoke of the renderer, a call main writes at once.
    main.on("flood", (event, args) -> {
      try {
        event.sender().invoke("never-handled", args[0]);
      } catch (IpcDisconnectedException e) {
        // dropped: what the test looks at is main's loop and the other renderer
      }
    });
    Renderer stalled = renderers.launch(transport);
    EmbeddedRenderer other = main.embedRenderer();
    AtomicLong slowestNanos = new AtomicLong();
    CompletableFuture<Throwable> pingsEnded = new CompletableFuture<>();
    Thread pinger = new Thread(() -> {
      try {
        for (int i = 0; !stalled.isClosed(); i++) {
          long start = System.nanoTime();
          other.ipcRenderer().invoke("echo", i).get(30, TimeUnit.SECONDS);
          slowestNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
          Thread.sleep(5);
        }
        pingsEnded.complete(null);
      } catch (Exception e) {
        pingsEnded.complete(e);
      }
    }, "pings-through-main's-loop");
    pinger.setDaemon(true);
    pinger.start();

    // One message every 500 µs: once the stalled renderer's credit (1 MiB) and its pipe are full,
    // main's answer cannot leave, and the thread that writes it waits.
    command(stalled, "trickle", 1_000_000, 8 << 10, 500);
    command(stalled, "stall");

    RendererGone gone = stalled.whenGone().toCompletableFuture().get(30, TimeUnit.SECONDS);
    assertEquals(RendererGone.Reason.UNRESPONSIVE, gone.reason(), gone.toString());
    assertEquals(null, pingsEnded.get(30, TimeUnit.SECONDS), "the other renderer's invokes failed");
    long slowest = TimeUnit.NANOSECONDS.toMillis(slowestNanos.get());
    assertTrue(slowest < INVOKE_BOUND_MILLIS, "slowest invoke " + slowest + " ms: main's loop waited on the stalled renderer");
    ProcessHandle.of(stalled.processId()).ifPresent(process -> process.onExit().orTimeout(30, TimeUnit.SECONDS).join());
    String readerName = "typed-ipc-reader-renderer-" + stalled.id();
    long threadsDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (threadsNamed(readerName) > 0 && System.nanoTime() < threadsDeadline) {
      Thread.sleep(20);
    }
    assertEquals(0, threadsNamed(readerName), "threads still reading or writing the gone renderer");
  }

  private static long threadsNamed(String name) {
    return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().equals(name) && thread.isAlive()).count();
  }
}
