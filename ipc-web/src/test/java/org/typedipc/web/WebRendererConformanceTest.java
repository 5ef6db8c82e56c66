package org.typedipc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcRemoteException;
import org.typedipc.runtime.IpcTimeoutException;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererInvitation;

/**
 * The string channels across languages: a TypeScript renderer in Node, built by this module's
 * npm step, against a Java main over the real WebSocket.
 */
@Timeout(120)
class WebRendererConformanceTest {
  @TempDir Path work;

  @Test
  void typescriptRendererSpeaksTheStringChannelsWithJavaMain() throws Exception {
    long seed = Long.getLong("conformance.seed", System.nanoTime());
    System.out.println("WebRendererConformanceTest seed " + seed);
    IpcMain ipcMain = IpcMain.create();
    List<Object> ordered = new CopyOnWriteArrayList<>();
    LinkedBlockingQueue<Object[]> echoed = new LinkedBlockingQueue<>();
    CompletableFuture<Boolean> slowCancelled = new CompletableFuture<>();
    ipcMain.handle("echo", (event, args) -> List.of(args));
    ipcMain.handle("fails", (event, args) -> {
      throw new IllegalStateException("boom");
    });
    // Answers later, from another thread, so that main keeps reading the page's packets (its CANCEL).
    ipcMain.handle("slow", (event, args) -> CompletableFuture.supplyAsync(() -> {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (!event.isCancelled() && System.nanoTime() < until) {
        java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
      }
      slowCancelled.complete(event.isCancelled());
      return null;
    }));
    ipcMain.on("ordered", (event, args) -> ordered.add(args[0]));
    ipcMain.on("values-back", (event, args) -> echoed.add(args));
    Files.writeString(work.resolve("index.html"), "<!doctype html><title>t</title>");
    try (WebRenderers web = IpcWeb.serveWeb(ipcMain, work)) {
      RendererInvitation invitation = web.acceptor().invite();
      try (NodeRenderer node = NodeRenderer.start(invitation.endpoint(), work)) {
        Renderer renderer = invitation.renderer().get(30, TimeUnit.SECONDS);
        List<String> lines = node.awaitLine("ready", Duration.ofSeconds(60));
        assertTrue(lines.contains("echo [\"hé\",7]"), lines::toString);
        assertTrue(lines.contains("fails Error invoking remote method 'fails': java.lang.IllegalStateException: boom"), lines::toString);
        assertTrue(lines.contains("missing Error invoking remote method 'nobody-handles': No handler registered for 'nobody-handles'"), lines::toString);
        assertTrue(lines.contains("aborted AbortError"), lines::toString);
        assertEquals(Boolean.TRUE, slowCancelled.get(30, TimeUnit.SECONDS), "main's handler saw the page's abort");
        List<Object> expectedOrder = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
          expectedOrder.add(i);
        }
        waitFor(() -> ordered.size() == 1000);
        assertEquals(expectedOrder, ordered);

        RandomValues values = new RandomValues(seed);
        for (int i = 0; i < 300; i++) {
          Object[] sent = {values.next(0), values.next(0)};
          renderer.send("values", sent);
          Object[] back = echoed.poll(30, TimeUnit.SECONDS);
          assertTrue(back != null && RandomValues.same(Arrays.asList(sent), Arrays.asList(back)),
              () -> "seed " + seed + ": sent " + Arrays.deepToString(sent) + ", got back " + Arrays.deepToString(back));
        }

        assertEquals(7, renderer.invoke("page-sum", 3, 4).get(30, TimeUnit.SECONDS));
        ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
            () -> renderer.invoke("page-fails").get(30, TimeUnit.SECONDS));
        assertTrue(failed.getCause() instanceof IpcRemoteException, failed::toString);
        assertEquals("Error invoking remote method 'page-fails': TypeError: page says no", failed.getCause().getMessage());
        ExecutionException late = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
            () -> renderer.invoke(Duration.ofMillis(300), "page-waits").get(30, TimeUnit.SECONDS));
        assertTrue(late.getCause() instanceof IpcTimeoutException, late::toString);

      }
    } finally {
      ipcMain.close();
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }
}
