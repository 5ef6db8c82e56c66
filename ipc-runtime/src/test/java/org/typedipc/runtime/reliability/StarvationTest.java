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
import org.typedipc.runtime.internal.loop.SerialLoop;

/**
 * Three renderer processes flood one slow listener of main: they take turns, so none waits for
 * more than a few of the others' messages before its next one runs. Counted in messages, not
 * milliseconds, so that the bound holds on a loaded machine; the longest wait in time is logged.
 */
@Timeout(180)
class StarvationTest {
  static final int RENDERERS = 3;
  static final int MESSAGES = 1500;
  static final long LISTENER_MICROS = 1000;
  /**
   * The most messages of other renderers main may run between two of one flooding renderer's. By
   * design it is a reader's slice (a reader that runs main's loop runs at most that many messages
   * before it reads its own connection again) plus one message of each other renderer; on a
   * loaded two-core machine a reader thread may also wake late, so the bound allows a few slices
   * more. Without turns, one renderer waited for thousands of the others' messages.
   */
  static final int OTHERS_BOUND = 4 * SerialLoop.READER_SLICE + 2 * (RENDERERS - 1);
  /** How long main's listener holds off: time for every renderer to send its whole flood. */
  static final long GATE_MILLIS = 2000;

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
    List<Integer> order = new ArrayList<>(); // which renderer each handled message came from
    // Main's listener holds off for a while, so that every renderer has its whole flood read and
    // waiting when main starts: the order then shows main's turns alone, whatever the load.
    long openAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GATE_MILLIS);
    List<CompletableFuture<Object>> done = new ArrayList<>();
    List<Renderer> renderers = new ArrayList<>();
    for (int r = 0; r < RENDERERS; r++) {
      Renderer renderer = launcher.launch(TransportKind.UNIX_SOCKET);
      long[] times = new long[MESSAGES];
      int[] next = new int[1];
      int index = r;
      renderer.ipc().on("flood", (event, args) -> {
        while (System.nanoTime() < openAt) {
          LockSupport.parkNanos(openAt - System.nanoTime());
        }
        LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(LISTENER_MICROS));
        times[next[0]++] = System.nanoTime();
        synchronized (order) {
          order.add(index);
        }
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
    assertTrue(to > from, "the renderers did not flood at the same time");
    int mostOthers = mostOthersBetweenOwnMessages(order);
    assertTrue(mostOthers <= OTHERS_BOUND, "a renderer waited for " + mostOthers + " messages of the others");
    System.getLogger(getClass().getName()).log(System.Logger.Level.INFO, RENDERERS + " renderers x " + MESSAGES
        + " messages at a " + LISTENER_MICROS + " us listener, all flooding for "
        + TimeUnit.NANOSECONDS.toMillis(to - from) + " ms: at most " + mostOthers + " messages of the others between two of"
        + " one renderer's (bound " + OTHERS_BOUND + "), longest wait " + TimeUnit.NANOSECONDS.toMicros(longestGap) + " us");
  }

  /** While every renderer still floods: the most other messages run between two of one renderer's. */
  private static int mostOthersBetweenOwnMessages(List<Integer> order) {
    int start = 0;
    int end = order.size();
    for (int r = 0; r < RENDERERS; r++) {
      start = Math.max(start, order.indexOf(r));
      end = Math.min(end, order.lastIndexOf(r));
    }
    int most = 0;
    int[] lastSeen = new int[RENDERERS];
    java.util.Arrays.fill(lastSeen, -1);
    for (int i = start; i <= end; i++) {
      int r = order.get(i);
      if (lastSeen[r] >= 0) {
        most = Math.max(most, i - lastSeen[r] - 1);
      }
      lastSeen[r] = i;
    }
    return most;
  }
}
