package org.typedipc.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.testing.LaunchedRenderer;

/**
 * A thread that waits for its reply reads it itself on socket transports (leader/follower), and
 * still sees every packet in order, its deadline and its cancel: main invoking a renderer process.
 */
@Timeout(60)
class CallerReadsItsReplyTest {
  private static final int CALLS = 300;

  private IpcMain main;

  @BeforeEach
  void createMain() {
    main = IpcMain.create();
  }

  @AfterEach
  void closeMain() {
    main.close();
  }

  /**
   * Of sequential invokes still pending once the caller set up its continuation (which then runs
   * on the thread that completes the call), how many the waiting thread completed itself.
   */
  private static int completedByTheCaller(Renderer renderer) {
    Thread caller = Thread.currentThread();
    int byCaller = 0;
    int pending = 0;
    for (int i = 0; i < CALLS; i++) {
      CompletableFuture<Object> call = renderer.invoke("echo-back", i);
      CompletableFuture<Thread> completer = call.thenApply(value -> Thread.currentThread());
      boolean stillPending = !call.isDone();
      if (stillPending) {
        pending++;
      }
      if (completer.join() == caller && stillPending) {
        byCaller++;
      }
    }
    assertTrue(pending >= CALLS / 2, "only " + pending + " of " + CALLS + " calls were pending when their caller waited");
    return byCaller;
  }

  @ParameterizedTest
  @EnumSource(value = TransportKind.class, names = {"UNIX_SOCKET", "TCP"})
  void overASocketTheWaitingThreadReadsItsOwnReply(TransportKind transport) throws Exception {
    Renderer renderer = LaunchedRenderer.launchReady(main, EchoRenderer.class, transport);

    int byCaller = completedByTheCaller(renderer);

    // The first call after a quiet spell finds the reader thread reading; the calls right after it
    // find the connection to themselves. A loaded machine may stretch a gap past the stand-by.
    assertTrue(byCaller >= CALLS / 10, byCaller + " of " + CALLS + " replies were read by their caller");
  }

  @Test
  void overPipesTheReaderThreadReadsEveryReply() throws Exception {
    Renderer renderer = LaunchedRenderer.launchReady(main, EchoRenderer.class, TransportKind.STDIO);

    assertEquals(0, completedByTheCaller(renderer));
  }

  @ParameterizedTest
  @EnumSource(value = TransportKind.class, names = {"UNIX_SOCKET", "TCP"})
  void aMessageSentBeforeTheReplyIsDeliveredBeforeTheReplyCompletes(TransportKind transport) throws Exception {
    Renderer renderer = LaunchedRenderer.launchReady(main, EchoRenderer.class, transport);
    List<String> order = Collections.synchronizedList(new ArrayList<>());
    main.on("sent-first", (event, args) -> order.add("event " + args[0]));

    for (int i = 0; i < 100; i++) {
      Object value = renderer.invoke("send-then-reply", i).join();
      order.add("reply " + value);
    }

    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      expected.add("event " + i);
      expected.add("reply " + i);
    }
    assertEquals(expected, order);
  }

  @ParameterizedTest
  @EnumSource(value = TransportKind.class, names = {"UNIX_SOCKET", "TCP"})
  void aReadingCallerStillTimesOutAndIsCancelled(TransportKind transport) throws Exception {
    Renderer renderer = LaunchedRenderer.launchReady(main, EchoRenderer.class, transport);
    completedByTheCaller(renderer); // the reader thread stands by: the next caller reads

    long start = System.nanoTime();
    assertThrows(TimeoutException.class, () -> renderer.invoke("hang", -1).get(300, TimeUnit.MILLISECONDS));
    long timedOutAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(timedOutAfter >= 300 && timedOutAfter < 3000, "timed out after " + timedOutAfter + " ms");

    ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
    try {
      CompletableFuture<Object> hanging = renderer.invoke("hang", -1);
      canceller.schedule(() -> hanging.cancel(true), 300, TimeUnit.MILLISECONDS);
      start = System.nanoTime();
      assertThrows(CancellationException.class, hanging::join);
      long cancelledAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(cancelledAfter < 3000, "the cancel reached the waiting caller after " + cancelledAfter + " ms");
    } finally {
      canceller.shutdownNow();
    }
    // The connection is still whole: the next call is answered.
    assertEquals(List.of("renderer", "after"), renderer.invoke("echo-back", "after").get(20, TimeUnit.SECONDS));
  }

  @ParameterizedTest
  @EnumSource(value = TransportKind.class, names = {"UNIX_SOCKET", "TCP"})
  void anInterruptedCallerWaitsAsBeforeAndKeepsItsInterrupt(TransportKind transport) throws Exception {
    Renderer renderer = LaunchedRenderer.launchReady(main, EchoRenderer.class, transport);
    completedByTheCaller(renderer); // the reader thread stands by: the next caller would read

    Thread.currentThread().interrupt();
    try {
      assertEquals(List.of("renderer", "joined"), renderer.invoke("echo-back", "joined").join());
      assertTrue(Thread.currentThread().isInterrupted(), "join() kept the interrupt");
      assertThrows(InterruptedException.class, () -> renderer.invoke("hang", -1).get());
    } finally {
      Thread.interrupted();
    }
    assertEquals(List.of("renderer", "after"), renderer.invoke("echo-back", "after").get(20, TimeUnit.SECONDS));
  }

  @ParameterizedTest
  @EnumSource(value = TransportKind.class, names = {"UNIX_SOCKET", "TCP"})
  void aRendererKilledWhileItsCallerReadsFailsTheCallAsADisconnect(TransportKind transport) throws Exception {
    Renderer renderer = LaunchedRenderer.launchReady(main, EchoRenderer.class, transport);
    completedByTheCaller(renderer); // the reader thread stands by: the next caller reads
    ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
    try {
      CompletableFuture<Object> hanging = renderer.invoke("hang", -1);
      killer.schedule(() -> ProcessHandle.of(renderer.processId()).orElseThrow().destroyForcibly(), 300, TimeUnit.MILLISECONDS);

      CompletionException failure = assertThrows(CompletionException.class, hanging::join);

      assertInstanceOf(IpcDisconnectedException.class, failure.getCause(), failure.getCause().toString());
      RendererGone gone = renderer.whenGone().toCompletableFuture().get(10, TimeUnit.SECONDS);
      // The end of the stream that a caller read is the end of the stream, not a failure of the reader.
      assertNotEquals(RendererGone.Reason.PROTOCOL_ERROR, gone.reason(), gone.toString());
      assertFalse(gone.detail().contains("Exception"), gone.toString());
    } finally {
      killer.shutdownNow();
    }
  }
}
