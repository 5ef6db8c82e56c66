package org.typedipc.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.conformance.Fences.syncWithMain;
import static org.typedipc.runtime.testing.Waits.SHORT_DEADLINE;
import static org.typedipc.runtime.testing.Waits.assertAtOnce;
import static org.typedipc.runtime.testing.Waits.assertFailsWith;
import static org.typedipc.runtime.testing.Waits.await;
import static org.typedipc.runtime.testing.Waits.eventually;
import static org.typedipc.runtime.testing.Waits.sleep;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcMainInvokeEvent;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcTimeoutException;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.testing.ConnectedRenderer;
import org.typedipc.runtime.testing.IpcFixture;
import org.typedipc.runtime.testing.OverEveryTransport;

/**
 * How a pending {@code invoke} ends besides its answer: at its deadline, cancelled, or closed with
 * its frame or renderer.
 */
@OverEveryTransport
class PendingInvokeConformanceTest extends IpcFixture {
  @Test
  void anInvokeDeadlineFailsTheCallWithATimeoutAndTellsTheHandler() {
    ConnectedRenderer bounded = startRenderer(main, RendererOptions.defaults().withInvokeDeadline(SHORT_DEADLINE));
    AtomicReference<IpcMainInvokeEvent> seen = new AtomicReference<>();
    CountDownLatch cancelled = new CountDownLatch(1);
    main.handle("slow", (event, args) -> {
      seen.set(event);
      event.onCancel(cancelled::countDown);
      return new CompletableFuture<>();
    });

    long start = System.nanoTime();
    IpcTimeoutException failure = assertFailsWith(IpcTimeoutException.class, bounded.ipc().invoke("slow"));
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertTrue(elapsedMs >= SHORT_DEADLINE.toMillis() - 10, "failed after " + elapsedMs + " ms, before the deadline");
    assertTrue(failure.getMessage().contains("'slow'"), failure.getMessage());
    await(cancelled);
    assertTrue(seen.get().isCancelled());
    CountDownLatch late = new CountDownLatch(1);
    seen.get().onCancel(late::countDown);
    assertEquals(0, late.getCount(), "onCancel after the cancel runs at once");
  }

  @Test
  void aChannelDeadlineBoundsOnlyItsChannelAndTakesPrecedenceOverTheGlobalOne() {
    ConnectedRenderer bounded = startRenderer(main, RendererOptions.defaults()
        .withInvokeDeadline(Duration.ofSeconds(30))
        .withInvokeDeadline("slow", SHORT_DEADLINE));
    CompletableFuture<Object> later = new CompletableFuture<>();
    main.handle("slow", (event, args) -> new CompletableFuture<>());
    main.handle("other", (event, args) -> later);

    long start = System.nanoTime();
    assertFailsWith(IpcTimeoutException.class, bounded.ipc().invoke("slow"));
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    CompletableFuture<Object> other = bounded.ipc().invoke("other");
    sleepQuietly(SHORT_DEADLINE.toMillis() * 2);
    later.complete("in time");

    assertTrue(elapsedMs < 5_000, "the channel deadline, not the global one, applied: " + elapsedMs + " ms");
    assertEquals("in time", await(other));
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aDeadlineViewOfTheEndpointBoundsItsInvokes() {
    AtomicReference<IpcMainInvokeEvent> seen = new AtomicReference<>();
    CountDownLatch cancelled = new CountDownLatch(1);
    main.handle("slow", (event, args) -> {
      seen.set(event);
      event.onCancel(cancelled::countDown);
      return new CompletableFuture<>();
    });
    main.handle("fast", (event, args) -> "quick");
    CompletableFuture<Object> lateAnswer = new CompletableFuture<>();
    main.handle("late", (event, args) -> lateAnswer);
    IpcRenderer bounded = ipc.withDeadline(SHORT_DEADLINE);

    assertEquals("quick", await(bounded.invoke("fast")));
    assertFailsWith(IpcTimeoutException.class, bounded.invoke("slow"));
    await(cancelled);
    assertTrue(seen.get().isCancelled());

    CompletableFuture<Object> late = bounded.invoke("late");
    assertFailsWith(IpcTimeoutException.class, late);
    lateAnswer.complete("too late"); // a reply after the deadline is dropped quietly
    assertFailsWith(IpcTimeoutException.class, late);
    assertEquals("quick", await(ipc.invoke("fast")), "the connection stays usable");

    bounded.on("shared", (event, args) -> {});
    assertEquals(1, ipc.listenerCount("shared"), "the view shares the endpoint's listeners");
  }

  @Test
  void cancellingTheInvokeFutureTellsTheHandler() {
    AtomicReference<IpcMainInvokeEvent> seen = new AtomicReference<>();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch cancelled = new CountDownLatch(1);
    main.handle("slow", (event, args) -> {
      seen.set(event);
      event.onCancel(cancelled::countDown);
      started.countDown();
      return new CompletableFuture<>();
    });

    CompletableFuture<Object> call = ipc.invoke("slow");
    await(started);
    assertFalse(seen.get().isCancelled());
    assertTrue(call.cancel(true));

    await(cancelled);
    assertTrue(seen.get().isCancelled());
    assertTrue(call.isCancelled());

    // Cancelling a call that already completed tells nobody.
    AtomicReference<IpcMainInvokeEvent> quick = new AtomicReference<>();
    AtomicInteger quickCancels = new AtomicInteger();
    main.handle("quick", (event, args) -> {
      quick.set(event);
      event.onCancel(quickCancels::incrementAndGet);
      return "done";
    });
    CompletableFuture<Object> done = ipc.invoke("quick");
    assertEquals("done", await(done));
    assertFalse(done.cancel(true));
    syncWithMain(main, ipc);
    assertFalse(quick.get().isCancelled());
    assertEquals(0, quickCancels.get());
  }

  @Test
  void closingTheRendererFailsItsPendingInvokeAtOnceAndCancelsTheHandler() {
    AtomicReference<IpcMainInvokeEvent> seen = new AtomicReference<>();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch cancelled = new CountDownLatch(1);
    main.handle("slow", (event, args) -> {
      seen.set(event);
      event.onCancel(cancelled::countDown);
      started.countDown();
      return new CompletableFuture<>();
    });
    CompletableFuture<Object> call = ipc.invoke("slow");
    await(started);

    assertAtOnce(() -> {
      connection.close();
      IpcDisconnectedException failure = assertFailsWith(IpcDisconnectedException.class, call);
      assertTrue(failure.getMessage().contains("slow"), failure.getMessage());
    });
    await(cancelled);
    assertTrue(seen.get().isCancelled());
  }

  @Test
  void closingTheRendererFromMainFailsItsPendingInvokeAtOnce() {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch cancelled = new CountDownLatch(1);
    main.handle("slow", (event, args) -> {
      event.onCancel(cancelled::countDown);
      started.countDown();
      return new CompletableFuture<>();
    });
    CompletableFuture<Object> call = ipc.invoke("slow");
    await(started);

    assertAtOnce(() -> {
      renderer.close();
      assertFailsWith(IpcDisconnectedException.class, call);
    });
    await(cancelled);
  }

  @Test
  void closingASubframeFailsItsPendingCallsAtOnceAndLeavesTheOtherFramesCalls() {
    IpcRenderer sub = openFrame(ipc);
    Frame subFrame = frameOf(sub);
    CountDownLatch started = new CountDownLatch(2);
    CountDownLatch cancelled = new CountDownLatch(1);
    List<CompletableFuture<Object>> answers = new CopyOnWriteArrayList<>();
    main.handle("slow", (event, args) -> {
      if (event.frameId() == sub.frameId()) {
        event.onCancel(cancelled::countDown);
      }
      CompletableFuture<Object> answer = new CompletableFuture<>();
      answers.add(answer);
      started.countDown();
      return answer;
    });
    CompletableFuture<Object> fromSub = sub.invoke("slow");
    CompletableFuture<Object> fromMainFrame = ipc.invoke("slow");
    await(started);

    assertAtOnce(() -> {
      sub.close();
      assertFailsWith(IpcDisconnectedException.class, fromSub);
    });
    await(cancelled);
    eventually(subFrame::isDetached, "main sees the subframe detached");
    assertThrows(IpcDisconnectedException.class, () -> subFrame.send("ch", 1), "main cannot send to a detached frame");
    assertFalse(fromMainFrame.isDone(), "the main frame's call failed with its subframe");
    answers.forEach(answer -> answer.complete("answered"));
    assertEquals("answered", await(fromMainFrame));
  }
}
