package org.typedipc.runtime.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.TransportKind;

/**
 * Many threads waiting for replies on one connection, some with deadlines that pass while they
 * read: every thread's every reply arrives, and the connection never stops being read (a turn at
 * reading lost would hang them all).
 */
@Timeout(120)
class ReadingCallersStressTest {
  private static final int THREADS = 6;
  private static final int CALLS = 1500;

  private IpcMain main;
  private RendererAcceptor listener;

  @AfterEach
  void close() {
    if (listener != null) {
      listener.close();
    }
    if (main != null) {
      main.close();
    }
  }

  @ParameterizedTest
  @EnumSource(value = TransportKind.class, names = {"UNIX_SOCKET", "TCP"})
  void everyWaitingThreadGetsItsReplyAndEveryEventArrivesInOrder(TransportKind kind) throws Exception {
    main = IpcMain.create();
    main.handle("echo", (event, args) -> args[0]);
    main.handle("slow", (event, args) -> CompletableFuture.supplyAsync(() -> args[0],
        CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS)));
    listener = main.listen(kind);
    RendererConnection connection = RendererProcess.connect(listener.invite().endpoint(), RendererOptions.defaults());
    IpcRenderer ipc = connection.ipcRenderer();
    AtomicInteger timedOut = new AtomicInteger();

    List<CompletableFuture<Void>> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      threads.add(CompletableFuture.runAsync(() -> {
        for (int i = 0; i < CALLS; i++) {
          int n = thread * CALLS + i;
          if (i % 100 == 50) {
            try {
              ipc.invoke("slow", n).get(1, TimeUnit.MILLISECONDS); // usually times out while reading
            } catch (TimeoutException e) {
              timedOut.incrementAndGet();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          } else {
            assertEquals(n, ipc.invoke("echo", n).join());
          }
        }
      }, runnable -> new Thread(runnable, "caller-" + thread).start()));
    }
    CompletableFuture.allOf(threads.toArray(CompletableFuture[]::new)).get(100, TimeUnit.SECONDS);

    // The connection is still read: a last call is answered.
    assertEquals(-1, ipc.invoke("echo", -1).get(10, TimeUnit.SECONDS));
    assertTrue(timedOut.get() > 0, "no deadline passed while its caller read");
    assertTrue(!connection.isClosed(), "the connection ended");
  }
}
