package org.typedipc.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.testing.Waits.SHORT_DEADLINE;
import static org.typedipc.runtime.testing.Waits.assertFailsWith;
import static org.typedipc.runtime.testing.Waits.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.IpcNoHandlerException;
import org.typedipc.runtime.IpcRemoteException;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcTimeoutException;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.testing.ConnectedRenderer;
import org.typedipc.runtime.testing.IpcFixture;
import org.typedipc.runtime.testing.OverEveryTransport;

/**
 * Main invoking a renderer's handler ({@code renderer.invoke} ↔ {@code ipcRenderer.handle}), with
 * the rules of the other direction: one handler per channel, Electron's texts, deadlines, cancel,
 * and calls that fail at once when the renderer goes.
 */
@OverEveryTransport
class RendererInvokeConformanceTest extends IpcFixture {
  @Test
  void theHandlersValueOrStageIsMainsResult() {
    ipc.handle("double", (event, args) -> (Integer) args[0] * 2);
    ipc.handle("later", (event, args) -> CompletableFuture.supplyAsync(() -> "async " + args[0]));

    assertEquals(42, await(renderer.invoke("double", 21)));
    assertEquals("async x", await(renderer.invoke("later", "x")));
    assertEquals(42, await(renderer.mainFrame().invoke("double", 21)));
  }

  @Test
  void theHandlerSeesTheChannelAndItsEndpoint() {
    CompletableFuture<String> seen = new CompletableFuture<>();
    ipc.handle("who", (event, args) -> {
      seen.complete(event.channel() + " " + (event.sender() == ipc) + " " + event.isCancelled());
      return null;
    });

    await(renderer.invoke("who"));

    assertEquals("who true false", await(seen));
  }

  @Test
  void aFailingHandlerFailsMainsCallWithElectronsText() {
    ipc.handle("boom", (event, args) -> {
      throw new IllegalStateException("bad input");
    });
    ipc.handle("boom-later", (event, args) -> CompletableFuture.failedFuture(new IllegalArgumentException("no")));

    IpcRemoteException thrown = assertFailsWith(IpcRemoteException.class, renderer.invoke("boom"));
    IpcRemoteException failedStage = assertFailsWith(IpcRemoteException.class, renderer.invoke("boom-later"));

    assertEquals("Error invoking remote method 'boom': java.lang.IllegalStateException: bad input", thrown.getMessage());
    assertEquals("Error invoking remote method 'boom-later': java.lang.IllegalArgumentException: no", failedStage.getMessage());
  }

  @Test
  void withoutAHandlerMainsCallFailsWithElectronsText() {
    IpcNoHandlerException failure = assertFailsWith(IpcNoHandlerException.class, renderer.invoke("nobody"));

    assertEquals("Error invoking remote method 'nobody': No handler registered for 'nobody'", failure.getMessage());
  }

  @Test
  void aSecondHandlerIsRefusedAndARegistrationRemovesOnlyItsOwn() {
    Registration first = ipc.handle("one", (event, args) -> "first");

    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ipc.handle("one", (event, args) -> "second"));
    assertEquals("Attempted to register a second handler for 'one'", refused.getMessage());

    ipc.removeHandler("one");
    Registration replacement = ipc.handle("one", (event, args) -> "replacement");
    first.close(); // removes nothing: its handler is gone already
    assertEquals("replacement", await(renderer.invoke("one")));
    replacement.close();
    assertFailsWith(IpcNoHandlerException.class, renderer.invoke("one"));
  }

  @Test
  void aHandleOnceHandlerAnswersOneCall() {
    AtomicInteger calls = new AtomicInteger();
    ipc.handleOnce("once", (event, args) -> calls.incrementAndGet());

    assertEquals(1, await(renderer.invoke("once")));
    assertFailsWith(IpcNoHandlerException.class, renderer.invoke("once"));
    ipc.handle("once", (event, args) -> "free again");
    assertEquals("free again", await(renderer.invoke("once")));
  }

  @Test
  void aCallsDeadlineFailsItWithATimeoutAndTellsTheHandler() {
    CountDownLatch cancelled = new CountDownLatch(1);
    ipc.handle("slow", (event, args) -> {
      event.onCancel(cancelled::countDown);
      return new CompletableFuture<>();
    });

    long start = System.nanoTime();
    IpcTimeoutException failure = assertFailsWith(IpcTimeoutException.class, renderer.invoke(SHORT_DEADLINE, "slow"));
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertTrue(elapsedMs >= SHORT_DEADLINE.toMillis() - 10, "failed after " + elapsedMs + " ms, before the deadline");
    assertTrue(failure.getMessage().startsWith("Error invoking remote method 'slow': no reply from frame "), failure.getMessage());
    await(cancelled);
  }

  @Test
  void aChannelDeadlineComesBeforeTheRenderersAndTheRenderersBeforeMains() {
    IpcMain bounded = startMain(IpcMainOptions.defaults().withRendererInvokeDeadline("slow", SHORT_DEADLINE));
    ConnectedRenderer worker = startRenderer(bounded);
    worker.ipc().handle("slow", (event, args) -> new CompletableFuture<>());
    worker.ipc().handle("slow-too", (event, args) -> new CompletableFuture<>());
    worker.renderer().setInvokeDeadline(Duration.ofMillis(300));

    assertFailsWith(IpcTimeoutException.class, worker.renderer().invoke("slow"));
    IpcTimeoutException ofRenderer = assertFailsWith(IpcTimeoutException.class, worker.renderer().invoke("slow-too"));

    assertTrue(ofRenderer.getMessage().contains("300 ms"), ofRenderer.getMessage());
    assertThrows(IllegalArgumentException.class, () -> worker.renderer().setInvokeDeadline(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> worker.renderer().invoke(Duration.ofMillis(-1), "slow"));
  }

  @Test
  void cancellingMainsFutureTellsTheRenderersHandler() {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch cancelled = new CountDownLatch(1);
    CompletableFuture<Boolean> flagSeen = new CompletableFuture<>();
    ipc.handle("long", (event, args) -> {
      event.onCancel(() -> {
        flagSeen.complete(event.isCancelled());
        cancelled.countDown();
      });
      started.countDown();
      return new CompletableFuture<>();
    });

    CompletableFuture<Object> call = renderer.invoke("long");
    await(started);
    call.cancel(true);

    await(cancelled);
    assertTrue(await(flagSeen));
  }

  @Test
  void aSubframesHandlerAnswersCallsToThatFrameOnly() {
    IpcRenderer sub = openFrame(ipc);
    Frame subFrame = frameOf(sub);
    ipc.handle("where", (event, args) -> "main frame");
    sub.handle("where", (event, args) -> "subframe " + event.sender().frameId());

    assertEquals("subframe " + sub.frameId(), await(subFrame.invoke("where")));
    assertEquals("main frame", await(renderer.invoke("where")));
    assertEquals("subframe " + sub.frameId(), await(renderer.frame(sub.frameId()).orElseThrow().invoke("where")));
  }

  @Test
  void closingAFrameFailsMainsCallsToItAtOnce() {
    IpcRenderer sub = openFrame(ipc);
    Frame subFrame = frameOf(sub);
    CountDownLatch started = new CountDownLatch(1);
    sub.handle("hang", (event, args) -> {
      started.countDown();
      return new CompletableFuture<>();
    });

    CompletableFuture<Object> call = subFrame.invoke("hang");
    await(started);
    sub.close();

    IpcDisconnectedException failure = assertFailsWith(IpcDisconnectedException.class, call);
    assertTrue(failure.getMessage().startsWith("Error invoking remote method 'hang': "), failure.getMessage());
    assertFailsWith(IpcDisconnectedException.class, subFrame.invoke("hang"));
  }

  @Test
  void aClosingRendererFailsEveryPendingCallAtOnce() {
    CountDownLatch started = new CountDownLatch(100);
    ipc.handle("hang", (event, args) -> {
      started.countDown();
      return new CompletableFuture<>();
    });
    List<CompletableFuture<Object>> calls = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      calls.add(renderer.invoke("hang", i));
    }
    await(started);

    long start = System.nanoTime();
    connection.close();
    for (CompletableFuture<Object> call : calls) {
      assertFailsWith(IpcDisconnectedException.class, call);
    }
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertTrue(elapsedMs < 5_000, "took " + elapsedMs + " ms");
    assertFailsWith(IpcDisconnectedException.class, renderer.invoke("hang"));
  }

  @Test
  void mainsSendsAndInvokesReachOneFrameInCallOrder() {
    List<String> seen = new CopyOnWriteArrayList<>();
    ipc.on("note", (event, args) -> seen.add("send " + args[0]));
    ipc.handle("ask", (event, args) -> {
      seen.add("invoke " + args[0]);
      return args[0];
    });
    List<String> expected = new ArrayList<>();
    List<CompletableFuture<Object>> calls = new ArrayList<>();

    for (int i = 0; i < 200; i++) {
      if (i % 3 == 0) {
        calls.add(renderer.invoke("ask", i));
        expected.add("invoke " + i);
      } else {
        renderer.send("note", i);
        expected.add("send " + i);
      }
    }
    calls.forEach(call -> await(call));
    Fences.syncWithFrame(renderer, ipc);

    assertEquals(expected, seen);
  }

  @Test
  void aHandlerMayInvokeMainWhileMainWaitsForIt() {
    main.handle("main-side", (event, args) -> "from main");
    ipc.handle("relay", (event, args) -> event.sender().invoke("main-side").thenApply(value -> value + " via renderer"));

    assertEquals("from main via renderer", await(renderer.invoke("relay")));
  }
}
