package org.typedipc.runtime.internal.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class SerialLoopTest {
  @Test
  void idleLoopRunsTaskOnCallingThreadBeforeExecuteReturns() {
    SerialLoop loop = new SerialLoop(null);
    AtomicReference<Thread> ranOn = new AtomicReference<>();
    loop.execute(() -> ranOn.set(Thread.currentThread()));
    assertSame(Thread.currentThread(), ranOn.get());
  }

  @Test
  void taskQueuedFromInsideTaskRunsAfterItNotInsideIt() {
    SerialLoop loop = new SerialLoop(null);
    List<String> events = new ArrayList<>();
    loop.execute(() -> {
      events.add("outer start");
      loop.execute(() -> events.add("inner"));
      events.add("outer end");
    });
    assertEquals(List.of("outer start", "outer end", "inner"), events);
  }

  @Test
  void taskOfAnotherLoopQueuedFromATaskRunsAfterTheTaskOnTheSameThread() {
    SerialLoop main = new SerialLoop(null);
    SerialLoop renderer = new SerialLoop(null);
    List<String> events = new ArrayList<>();
    main.execute(() -> {
      renderer.execute(() -> events.add("renderer listener"));
      events.add("main listener returns");
    });
    assertEquals(List.of("main listener returns", "renderer listener"), events);
  }

  @Test
  void pingPongBetweenLoopsDoesNotGrowTheStack() {
    SerialLoop a = new SerialLoop(null);
    SerialLoop b = new SerialLoop(null);
    AtomicInteger bounces = new AtomicInteger();
    int depthAtStart = Thread.currentThread().getStackTrace().length;
    AtomicInteger deepest = new AtomicInteger();
    Runnable[] toA = new Runnable[1];
    Runnable toB = () -> {
      int bounce = bounces.incrementAndGet();
      // A stack that grew would grow with every bounce: sampling finds it, and keeps the test
      // cheap enough for a loaded machine (a stack trace per bounce took seconds).
      if (bounce % 100 == 0) {
        deepest.accumulateAndGet(Thread.currentThread().getStackTrace().length, Math::max);
      }
      if (bounce < 100_000) {
        a.execute(toA[0]);
      }
    };
    toA[0] = () -> b.execute(toB);
    a.execute(toA[0]);
    assertEquals(100_000, bounces.get());
    assertTrue(deepest.get() - depthAtStart < 40, "stack grew to " + deepest.get());
  }

  @Test
  void tasksFromManyThreadsNeverRunConcurrentlyAndAllRun() throws Exception {
    SerialLoop loop = new SerialLoop(null);
    AtomicInteger active = new AtomicInteger();
    AtomicInteger maxActive = new AtomicInteger();
    AtomicInteger ran = new AtomicInteger();
    int threads = 4;
    int perThread = 20_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    for (int t = 0; t < threads; t++) {
      pool.execute(() -> {
        awaitQuietly(start);
        for (int i = 0; i < perThread; i++) {
          loop.execute(() -> {
            maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
            ran.incrementAndGet();
            active.decrementAndGet();
          });
        }
      });
    }
    start.countDown();
    pool.shutdown();
    assertTrue(pool.awaitTermination(8, TimeUnit.SECONDS));
    assertEquals(threads * perThread, ran.get());
    assertEquals(1, maxActive.get());
  }

  @Test
  void tasksFromOneThreadRunInOrderEvenWhenAnotherThreadDrains() throws Exception {
    SerialLoop loop = new SerialLoop(null);
    List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch blockerRunning = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread drainer = new Thread(() -> loop.execute(() -> {
      blockerRunning.countDown();
      awaitQuietly(release);
    }));
    drainer.start();
    assertTrue(blockerRunning.await(5, TimeUnit.SECONDS));
    for (int i = 0; i < 1000; i++) {
      int n = i;
      loop.execute(() -> seen.add(n));
    }
    assertTrue(seen.isEmpty(), "the busy loop must queue, not run on this thread");
    release.countDown();
    drainer.join(5000);
    assertEquals(1000, seen.size());
    for (int i = 0; i < 1000; i++) {
      assertEquals(i, seen.get(i));
    }
  }

  @Test
  void pausedLoopHoldsTasksAndResumeDeliversThemOnAnotherThread() throws Exception {
    SerialLoop loop = new SerialLoop(null);
    AtomicReference<Thread> ranOn = new AtomicReference<>();
    CountDownLatch ran = new CountDownLatch(1);
    loop.pause();
    loop.execute(() -> {
      ranOn.set(Thread.currentThread());
      ran.countDown();
    });
    assertEquals(1, ran.getCount(), "a paused loop must not run tasks");
    loop.resume();
    assertTrue(ran.await(5, TimeUnit.SECONDS));
    assertNotEquals(Thread.currentThread(), ranOn.get());
  }

  @Test
  void executorLoopRunsEveryTaskOnTheExecutorInOrder() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      Thread executorThread = executor.submit(Thread::currentThread).get();
      SerialLoop loop = new SerialLoop(executor);
      List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger wrongThread = new AtomicInteger();
      CountDownLatch done = new CountDownLatch(1);
      for (int i = 0; i < 500; i++) {
        int n = i;
        loop.execute(() -> {
          if (Thread.currentThread() != executorThread) {
            wrongThread.incrementAndGet();
          }
          seen.add(n);
          if (n == 499) {
            done.countDown();
          }
        });
      }
      assertTrue(done.await(5, TimeUnit.SECONDS));
      assertEquals(0, wrongThread.get());
      for (int i = 0; i < 500; i++) {
        assertEquals(i, seen.get(i));
      }
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void failingTaskDoesNotStopTheLoop() {
    SerialLoop loop = new SerialLoop(null);
    List<String> events = new ArrayList<>();
    loop.execute(() -> {
      throw new IllegalStateException("expected by the test");
    });
    loop.execute(() -> events.add("next"));
    assertEquals(List.of("next"), events);
    assertFalse(Trampoline.inListener());
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aReaderThreadRunsAtMostItsSliceThenHandsTheLoopOnAndReturnsToReading() throws Exception {
    SerialLoop loop = new SerialLoop(null);
    int queued = SerialLoop.READER_SLICE * 3;
    CountDownLatch allRan = new CountDownLatch(queued);
    AtomicInteger ranHere = new AtomicInteger();
    Thread reader = Thread.currentThread();
    ReaderHandoff.install(() -> { });
    try {
      loop.execute(() -> {
        for (int i = 0; i < queued; i++) {
          loop.execute(() -> {
            if (Thread.currentThread() == reader) {
              ranHere.incrementAndGet();
            }
            allRan.countDown();
          });
        }
      });
    } finally {
      ReaderHandoff.clear();
    }
    // The first task counts toward the slice too.
    assertEquals(SerialLoop.READER_SLICE - 1, ranHere.get());
    assertTrue(allRan.await(5, TimeUnit.SECONDS));
  }
}
