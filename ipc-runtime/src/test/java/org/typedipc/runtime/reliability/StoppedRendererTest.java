package org.typedipc.runtime.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.reliability.LaunchedRenderers.command;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcTimeoutException;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.TransportKind;

/**
 * A renderer process stopped with SIGSTOP while its threads flood main and main floods it: main's
 * timers keep firing (an embedded renderer's short deadline), a bystander renderer stays healthy,
 * and the stopped one is declared gone within the liveness timeout plus one heartbeat, its
 * handlers cancelled at once, and its process killed.
 */
@Timeout(180)
class StoppedRendererTest {
  static final Duration HEARTBEAT = Duration.ofMillis(250);
  /** Above twice the renderers' own heartbeat interval (1 s by default): healthy ones are never dropped. */
  static final Duration LIVENESS = Duration.ofMillis(2500);
  static final Duration EMBEDDED_DEADLINE = Duration.ofMillis(200);
  /** Slack on a loaded two-core machine for every bound below. */
  static final long SLACK_MILLIS = 750;

  private IpcMain main;
  private LaunchedRenderers renderers;
  private Renderer stopped;

  @BeforeEach
  void createMain() {
    ConnectionSettings settings = ConnectionSettings.defaults()
        .withMaxPacketBytes(64 << 10)
        .withMaxBufferedBytes(256 << 10)
        .withHeartbeat(HEARTBEAT, LIVENESS);
    main = IpcMain.create(IpcMainOptions.defaults().withConnectionSettings(settings));
    main.handle("echo", (event, args) -> args[0]);
    main.on("flood", (event, args) -> { });
    main.handle("never", (event, args) -> new CompletableFuture<>());
    renderers = new LaunchedRenderers(main);
  }

  @AfterEach
  void closeMain() throws Exception {
    if (stopped != null) {
      ProcessHandle.of(stopped.processId()).ifPresent(ProcessHandle::destroyForcibly);
    }
    main.close();
  }

  /**
   * Has the stopped renderer invoke main's {@code "hang"} handler, which never answers, and waits
   * until it runs; the future completes with the {@link System#nanoTime()} at which main cancels it.
   */
  private CompletableFuture<Long> hangInMain() throws Exception {
    CompletableFuture<Boolean> hanging = new CompletableFuture<>();
    CompletableFuture<Long> cancelledAt = new CompletableFuture<>();
    main.handle("hang", (event, args) -> {
      event.onCancel(() -> cancelledAt.complete(System.nanoTime()));
      hanging.complete(true);
      return new CompletableFuture<>();
    });
    command(stopped, "hang");
    hanging.get(30, TimeUnit.SECONDS);
    return cancelledAt;
  }

  @ParameterizedTest
  @EnumSource(value = TransportKind.class, names = {"UNIX_SOCKET", "STDIO"})
  void aStoppedRendererIsGoneInTimeAndKilledWhileOthersCarryOn(TransportKind transport) throws Exception {
    stopped = renderers.launch(transport);
    Renderer bystander = renderers.launch(transport);
    CompletableFuture<Long> cancelledAt = hangInMain();
    command(stopped, "flood", 1_000_000_000, 1024, 4);
    Thread mainFlood = floodFromMain(stopped);
    Thread.sleep(300);

    ProcessHandle process = ProcessHandle.of(stopped.processId()).orElseThrow();
    stop(process.pid());
    long stoppedAt = System.nanoTime();
    CompletableFuture<Long> exitedAt = process.onExit().thenApply(p -> System.nanoTime());

    // Main's timer keeps firing: an embedded renderer's short deadline, again and again.
    EmbeddedRenderer embedded = main.embedRenderer();
    IpcRenderer withDeadline = embedded.ipcRenderer().withDeadline(EMBEDDED_DEADLINE);
    long latestDeadline = 0;
    CompletableFuture<RendererGone> gone = stopped.whenGone().toCompletableFuture();
    while (!gone.isDone() && System.nanoTime() - stoppedAt < TimeUnit.SECONDS.toNanos(20)) {
      long start = System.nanoTime();
      ExecutionException e = assertThrows(ExecutionException.class, () -> withDeadline.invoke("never", 2).get(10, TimeUnit.SECONDS));
      assertInstanceOf(IpcTimeoutException.class, e.getCause());
      latestDeadline = Math.max(latestDeadline, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) - EMBEDDED_DEADLINE.toMillis());
    }
    RendererGone why = gone.get(1, TimeUnit.SECONDS);
    long goneMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stoppedAt);
    long cancelledMillis = TimeUnit.NANOSECONDS.toMillis(cancelledAt.get(5, TimeUnit.SECONDS) - stoppedAt);
    assertEquals(RendererGone.Reason.UNRESPONSIVE, why.reason(), why.toString());

    // The bystander was never disturbed.
    CompletableFuture<Object> pings = new CompletableFuture<>();
    bystander.ipc().on("pings-done", (event, args) -> pings.complete(args[0]));
    bystander.ipc().on("pings-failed", (event, args) -> pings.complete(args[0]));
    command(bystander, "pings", 100);
    Object slowest = pings.get(30, TimeUnit.SECONDS);
    assertInstanceOf(Long.class, slowest, "the bystander's invokes failed: " + slowest);
    assertFalse(bystander.isClosed());

    long reapedMillis = TimeUnit.NANOSECONDS.toMillis(exitedAt.get(30, TimeUnit.SECONDS) - stoppedAt);
    mainFlood.join(10_000);
    assertFalse(mainFlood.isAlive(), "main's sending thread is still blocked on the stopped renderer");

    long goneBound = LIVENESS.toMillis() + HEARTBEAT.toMillis() + SLACK_MILLIS;
    long reapBound = goneBound + 2000 + 1000 + SLACK_MILLIS;
    assertTrue(goneMillis <= goneBound, "gone after " + goneMillis + " ms, bound " + goneBound);
    assertTrue(cancelledMillis <= goneMillis + 100, "handler cancelled at " + cancelledMillis + " ms, gone at " + goneMillis);
    assertTrue(latestDeadline <= SLACK_MILLIS, "a 200 ms deadline fired " + latestDeadline + " ms late");
    assertTrue((Long) slowest < 1000, "the bystander's slowest invoke took " + slowest + " ms");
    assertTrue(reapedMillis <= reapBound, "killed after " + reapedMillis + " ms, bound " + reapBound);
    System.getLogger(getClass().getName()).log(System.Logger.Level.INFO, transport + ": stopped renderer gone after "
        + goneMillis + " ms (bound " + goneBound + "), handler cancelled at " + cancelledMillis + " ms, process killed at "
        + reapedMillis + " ms (bound " + reapBound + "); embedded 200 ms deadline at most " + latestDeadline
        + " ms late; bystander's slowest invoke " + slowest + " ms");
  }

  @ParameterizedTest
  @EnumSource(value = TransportKind.class, names = {"UNIX_SOCKET", "STDIO"})
  void aStoppedRendererIsGoneInTimeWhileMainIsBusyWithItsMessages(TransportKind transport) throws Exception {
    stopped = renderers.launch(transport);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Boolean> busy = new CompletableFuture<>();
    // The first message holds main's loop, and with it the reader that runs it, until the end.
    main.on("flood", (event, args) -> {
      if (busy.complete(true)) {
        awaitQuietly(release);
      }
    });
    try {
      command(stopped, "flood", 5, 1024, 1);
      busy.get(30, TimeUnit.SECONDS);
      Thread.sleep(300);
      stop(stopped.processId());
      long stoppedAt = System.nanoTime();
      RendererGone why = stopped.whenGone().toCompletableFuture().get(30, TimeUnit.SECONDS);
      long goneMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stoppedAt);
      assertEquals(RendererGone.Reason.UNRESPONSIVE, why.reason(), why.toString());
      long goneBound = LIVENESS.toMillis() + HEARTBEAT.toMillis() + SLACK_MILLIS;
      assertTrue(goneMillis <= goneBound, "gone after " + goneMillis + " ms, bound " + goneBound);
      System.getLogger(getClass().getName()).log(System.Logger.Level.INFO, transport + ": stopped renderer whose message main's "
          + "loop was busy with gone after " + goneMillis + " ms (bound " + goneBound + ")");
    } finally {
      release.countDown();
    }
  }

  @ParameterizedTest
  @EnumSource(value = TransportKind.class, names = {"UNIX_SOCKET", "STDIO"})
  void aStoppedRendererIsGoneInTimeWhileMainWaitsForCreditToReadIt(TransportKind transport) throws Exception {
    stopped = renderers.launch(transport);
    CompletableFuture<Boolean> flooding = new CompletableFuture<>();
    // A slow listener: main's inbound credit for the renderer fills up, and its reader waits for room.
    main.on("flood", (event, args) -> {
      flooding.complete(true);
      sleepQuietly(SLOW_LISTENER_MILLIS);
    });
    CompletableFuture<Long> cancelledAt = hangInMain();
    command(stopped, "flood", 1_000_000_000, 1024, 4);
    flooding.get(30, TimeUnit.SECONDS);
    Thread.sleep(1000); // the renderer fills main's credit and the pipe or socket between them

    ProcessHandle process = ProcessHandle.of(stopped.processId()).orElseThrow();
    stop(process.pid());
    long stoppedAt = System.nanoTime();
    CompletableFuture<Long> exitedAt = process.onExit().thenApply(p -> System.nanoTime());
    RendererGone why = stopped.whenGone().toCompletableFuture().get(60, TimeUnit.SECONDS);
    long goneMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stoppedAt);
    long cancelledMillis = TimeUnit.NANOSECONDS.toMillis(cancelledAt.get(5, TimeUnit.SECONDS) - stoppedAt);
    long reapedMillis = TimeUnit.NANOSECONDS.toMillis(exitedAt.get(30, TimeUnit.SECONDS) - stoppedAt);

    assertEquals(RendererGone.Reason.UNRESPONSIVE, why.reason(), why.toString());
    long goneBound = LIVENESS.toMillis() + HEARTBEAT.toMillis() + SLACK_MILLIS;
    long reapBound = goneBound + 2000 + 1000 + SLACK_MILLIS;
    assertTrue(goneMillis <= goneBound, "gone after " + goneMillis + " ms, bound " + goneBound);
    assertTrue(cancelledMillis <= goneMillis + 100, "handler cancelled at " + cancelledMillis + " ms, gone at " + goneMillis);
    assertTrue(reapedMillis <= reapBound, "killed after " + reapedMillis + " ms, bound " + reapBound);
    System.getLogger(getClass().getName()).log(System.Logger.Level.INFO, transport + ": stopped renderer whose messages main "
        + "waited for credit to read gone after " + goneMillis + " ms (bound " + goneBound + "), handler cancelled at "
        + cancelledMillis + " ms, process killed at " + reapedMillis + " ms (bound " + reapBound + ")");
  }

  /** Long enough that main's backlog of the renderer's messages takes far longer than the liveness timeout. */
  static final long SLOW_LISTENER_MILLIS = 20;

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** An application thread of main that sends to {@code renderer} until it is gone. */
  private static Thread floodFromMain(Renderer renderer) {
    AtomicLong sent = new AtomicLong();
    Thread flood = new Thread(() -> {
      byte[] payload = new byte[4096];
      try {
        while (true) {
          renderer.send("to-renderer", payload);
          sent.incrementAndGet();
        }
      } catch (RuntimeException e) {
        // gone: what the test waits for
      }
    }, "flood-from-main");
    flood.setDaemon(true);
    flood.start();
    return flood;
  }

  private static void stop(long pid) throws Exception {
    Process kill = new ProcessBuilder("kill", "-STOP", Long.toString(pid)).redirectErrorStream(true).start();
    kill.getInputStream().readAllBytes();
    assertEquals(0, kill.waitFor());
  }
}
