package org.typedipc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.IpcNoHandlerException;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.SenderPolicy;

/**
 * The string-channel conformance behaviours that apply to a page, with a TypeScript renderer in
 * Node (ts/conformance/behaviours.ts) against a Java main over the WebSocket: listeners (order,
 * once, off, removeAllListeners), the page's handlers (handleOnce, a second handler, removeHandler,
 * cancellation, calling main from a handler), main's sends and invokes in order, Electron's texts
 * for main's failures, deadlines, values that cannot cross, and pending calls when either side
 * closes. Main drives each step and reads the page's report.
 */
@Timeout(120)
class WebRendererBehaviourTest {
  @TempDir Path work;

  private IpcMain ipcMain;
  private WebRenderers web;
  private final LinkedBlockingQueue<Object[]> reports = new LinkedBlockingQueue<>();
  private final LinkedBlockingQueue<Boolean> slowCancelled = new LinkedBlockingQueue<>();

  @BeforeEach
  void serve() throws Exception {
    ipcMain = IpcMain.create(IpcMainOptions.defaults().withSenderPolicy("refused", SenderPolicy.frames(frame -> false)));
    ipcMain.handle("refused", (event, args) -> "never");
    ipcMain.on("report", (event, args) -> reports.add(args));
    ipcMain.handle("echo", (event, args) -> args[0]);
    ipcMain.handle("async-echo", (event, args) -> CompletableFuture.supplyAsync(() -> args[0]));
    ipcMain.handle("async-fails", (event, args) -> CompletableFuture.failedFuture(new IllegalArgumentException("later")));
    ipcMain.handle("fails-bare", (event, args) -> {
      throw new IllegalStateException();
    });
    ipcMain.handleOnce("main-once", (event, args) -> "once");
    // Answers from another thread, so that main keeps reading the page's packets (its CANCEL).
    ipcMain.handle("slow", (event, args) -> CompletableFuture.supplyAsync(() -> {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (!event.isCancelled() && System.nanoTime() < until) {
        LockSupport.parkNanos(5_000_000);
      }
      slowCancelled.add(event.isCancelled());
      return null;
    }));
    Files.writeString(work.resolve("index.html"), "<!doctype html><title>t</title>");
    web = IpcWeb.serveWeb(ipcMain, work);
  }

  @AfterEach
  void stop() {
    web.close();
    ipcMain.close();
  }

  @Test
  void aPageHasTheStringChannelsBehaviours() throws Exception {
    RendererInvitation invitation = web.acceptor().invite();
    try (NodeRenderer node = NodeRenderer.start(NodeRenderer.BEHAVIOURS, invitation.endpoint(), work)) {
      Renderer page = invitation.renderer().get(30, TimeUnit.SECONDS);
      node.awaitLine("ready", Duration.ofSeconds(60));

      assertEquals("listening", step(page, "listen"));
      for (String channel : List.of("multi", "multi", "once", "once", "once", "removed", "cleared-a", "cleared-b")) {
        page.send(channel);
      }
      String listened = "{\"multi\":[\"A\",\"B\",\"A\",\"B\"],\"once\":[\"x\"],\"cleared-b\":[\"x\"]}";
      assertEquals(listened, step(page, "seen"));
      assertEquals("removed", step(page, "remove-all"));
      page.send("multi");
      page.send("cleared-b");
      assertEquals(listened, step(page, "seen"), "removeAllListeners() removed every listener");

      assertEquals("Error: Attempted to register a second handler for 'page-second'", step(page, "handlers"));
      assertEquals("first", page.invoke("page-once").get(30, TimeUnit.SECONDS));
      assertNoHandler(page, "page-once");
      assertEquals("one", page.invoke("page-second").get(30, TimeUnit.SECONDS));
      assertNoHandler(page, "page-removed");
      assertEquals("inner", page.invoke("page-asks-main").get(30, TimeUnit.SECONDS), "a page's handler may invoke main");
      CompletableFuture<Object> cancelled = page.invoke("page-cancel");
      cancelled.cancel(true);
      assertEquals("aborted", awaitReport("page-cancel"), "main's cancel aborts the page handler's signal");

      List<CompletableFuture<Object>> invokes = new ArrayList<>();
      for (int i = 0; i < 400; i += 2) {
        page.send("seq", i);
        invokes.add(page.invoke("seq-invoke", i + 1));
      }
      for (CompletableFuture<Object> invoke : invokes) {
        invoke.get(30, TimeUnit.SECONDS);
      }
      assertEquals("400 in order", step(page, "seq-check"), "main's sends and invokes start on the page in send order");

      assertEquals(String.join(" | ",
          "ok \"later\"",
          "IpcRemoteError: Error invoking remote method 'async-fails': java.lang.IllegalArgumentException: later",
          "IpcRemoteError: Error invoking remote method 'fails-bare': java.lang.IllegalStateException",
          "ok \"once\"",
          "IpcRemoteError: Error invoking remote method 'main-once': No handler registered for 'main-once'",
          "IpcRemoteError: Error invoking remote method 'nobody-handles': No handler registered for 'nobody-handles'"),
          step(page, "main-results"));

      String refused = step(page, "refused");
      assertTrue(refused.startsWith("IpcAccessDeniedError: The sender policy of channel 'refused' refuses frame "), refused);

      String late = step(page, "deadline");
      assertTrue(late.startsWith("IpcTimeoutError: "), late);
      assertEquals(Boolean.TRUE, slowCancelled.poll(30, TimeUnit.SECONDS), "main's handler saw the page's deadline");

      assertEquals("IpcValueError", step(page, "value-error"));

      CountDownLatch gone = new CountDownLatch(1);
      page.whenGone().thenRun(gone::countDown);
      assertEquals("closing", step(page, "close-pending"));
      String pending = node.awaitLine(line -> line.startsWith("close-pending "), Duration.ofSeconds(30));
      assertTrue(pending.startsWith("close-pending IpcDisconnectedError: "), pending);
      assertTrue(gone.await(30, TimeUnit.SECONDS), "main saw the page go");
      assertEquals(Boolean.TRUE, slowCancelled.poll(30, TimeUnit.SECONDS), "the page's close cancelled main's handler");
    }
  }

  @Test
  void mainClosingThePageFailsThePagesPendingCall() throws Exception {
    CountDownLatch waiting = new CountDownLatch(1);
    ipcMain.handle("never-answers", (event, args) -> {
      waiting.countDown();
      return new CompletableFuture<>();
    });
    RendererInvitation invitation = web.acceptor().invite();
    try (NodeRenderer node = NodeRenderer.start(NodeRenderer.BEHAVIOURS, invitation.endpoint(), work, "main-closes")) {
      Renderer page = invitation.renderer().get(30, TimeUnit.SECONDS);
      assertTrue(waiting.await(60, TimeUnit.SECONDS), "the page's invoke reached main");
      page.close();
      String pending = node.awaitLine(line -> line.startsWith("pending "), Duration.ofSeconds(30));
      assertTrue(pending.startsWith("pending IpcDisconnectedError: "), pending);
    }
  }

  private String step(Renderer page, String name) throws InterruptedException {
    page.send("step", name);
    return awaitReport(name);
  }

  private String awaitReport(String name) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    List<String> others = new ArrayList<>();
    while (System.nanoTime() < deadline) {
      Object[] report = reports.poll(100, TimeUnit.MILLISECONDS);
      if (report != null && name.equals(report[0])) {
        return String.valueOf(report[1]);
      } else if (report != null) {
        others.add(String.valueOf(report[0]));
      }
    }
    throw new AssertionError("the page sent no report of '" + name + "'; it reported " + others);
  }

  private static void assertNoHandler(Renderer page, String channel) {
    ExecutionException failed = assertThrows(ExecutionException.class, () -> page.invoke(channel).get(30, TimeUnit.SECONDS));
    assertInstanceOf(IpcNoHandlerException.class, failed.getCause(), failed::toString);
    assertEquals("Error invoking remote method '" + channel + "': No handler registered for '" + channel + "'",
        failed.getCause().getMessage());
  }
}
