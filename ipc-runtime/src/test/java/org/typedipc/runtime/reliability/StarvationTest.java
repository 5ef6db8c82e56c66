package org.typedipc.runtime.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.reliability.LaunchedRenderers.command;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.TransportKind;

/**
 * Three renderer processes flood one slow listener of main: they take turns, so none waits long
 * for its next message to run while the others' queue up.
 */
@Timeout(180)
class StarvationTest {
  static final int RENDERERS = 3;
  static final int MESSAGES = 1500;
  static final long LISTENER_MICROS = 1000;
  /**
   * The longest a flooding renderer may go without a message of its own handled: a round is one
   * message of each renderer (3 ms here); the rest is slack for a loaded two-core machine.
   */
  static final long GAP_BOUND_MILLIS = 250;

  private IpcMain main;

  @BeforeEach
  void createMain() {
    main = IpcMain.create();
  }

  @AfterEach
  void closeMain() {
    main.close();
  }

  @Test
  void floodingRenderersTakeTurnsOnMainsLoop() throws Exception {
    LaunchedRenderers launcher = new LaunchedRenderers(main);
    List<long[]> handledAt = new ArrayList<>();
    List<CompletableFuture<Object>> done = new ArrayList<>();
    List<Renderer> renderers = new ArrayList<>();
    for (int r = 0; r < RENDERERS; r++) {
      Renderer renderer = launcher.launch(TransportKind.UNIX_SOCKET);
      long[] times = new long[MESSAGES];
      int[] next = new int[1];
      renderer.ipc().on("flood", (event, args) -> {
        LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(LISTENER_MICROS));
        times[next[0]++] = System.nanoTime();
      });
      CompletableFuture<Object> finished = new CompletableFuture<>();
      renderer.ipc().on("flood-done", (event, args) -> finished.complete(args[0]));
      handledAt.add(times);
      done.add(finished);
      renderers.add(renderer);
    }
    for (Renderer renderer : renderers) {
      command(renderer, "flood", MESSAGES, 64, 1);
    }
    for (CompletableFuture<Object> finished : done) {
      assertEquals(MESSAGES, finished.get(120, TimeUnit.SECONDS));
    }
    // While all of them flood: from the latest first message to the earliest last one.
    long from = Long.MIN_VALUE;
    long to = Long.MAX_VALUE;
    for (long[] times : handledAt) {
      from = Math.max(from, times[0]);
      to = Math.min(to, times[MESSAGES - 1]);
    }
    long longestGap = 0;
    for (long[] times : handledAt) {
      for (int i = 1; i < MESSAGES; i++) {
        if (times[i - 1] >= from && times[i] <= to) {
          longestGap = Math.max(longestGap, times[i] - times[i - 1]);
        }
      }
    }
    long gapMillis = TimeUnit.NANOSECONDS.toMillis(longestGap);
    assertTrue(to > from, "the renderers did not flood at the same time");
    assertTrue(gapMillis <= GAP_BOUND_MILLIS, "a renderer waited " + gapMillis + " ms for its next message");
    System.getLogger(getClass().getName()).log(System.Logger.Level.INFO, RENDERERS + " renderers x " + MESSAGES
        + " messages at a " + LISTENER_MICROS + " us listener, all flooding for "
        + TimeUnit.NANOSECONDS.toMillis(to - from) + " ms: longest wait of one renderer for its next message "
        + TimeUnit.NANOSECONDS.toMicros(longestGap) + " us (bound " + GAP_BOUND_MILLIS + " ms)");
  }
}
