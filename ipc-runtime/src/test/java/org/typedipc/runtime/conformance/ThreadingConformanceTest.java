package org.typedipc.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD;
import static org.typedipc.runtime.conformance.Fences.syncWithMain;
import static org.typedipc.runtime.testing.Waits.WAIT_SECONDS;
import static org.typedipc.runtime.testing.Waits.await;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcRendererListener;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.testing.ConnectedRenderer;
import org.typedipc.runtime.testing.IpcFixture;
import org.typedipc.runtime.testing.OverEveryTransport;

/**
 * Electron's single loop (DESIGN §4): listeners and handlers never run concurrently nor inside one
 * another, and run on the executor main or the renderer is bound to.
 */
// Several tests drive hundreds of calls from eight threads: more than the usual ten seconds on a slow machine.
@OverEveryTransport
@Timeout(value = 30, threadMode = SEPARATE_THREAD)
class ThreadingConformanceTest extends IpcFixture {
  /** Busy-waits a little, to widen the window in which two listeners could overlap. */
  private static void spin(long micros) {
    long end = System.nanoTime() + TimeUnit.MICROSECONDS.toNanos(micros);
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }

  @Test
  void mainListenersAndHandlersNeverRunConcurrently() throws Exception {
    AtomicInteger active = new AtomicInteger();
    AtomicInteger maxActive = new AtomicInteger();
    AtomicInteger calls = new AtomicInteger();
    Runnable body = () -> {
      maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
      spin(50);
      active.decrementAndGet();
      calls.incrementAndGet();
    };
    main.on("c", (event, args) -> {
      body.run();
      event.setReturnValue(true);
    });
    main.handle("c", (event, args) -> {
      body.run();
      return true;
    });
    List<IpcRenderer> frames = new ArrayList<>(List.of(ipc));
    for (int i = 0; i < 3; i++) {
      frames.add(startRenderer(main).ipc());
    }
    frames.add(openFrame(ipc));

    int threads = 8;
    int perThread = 100;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<CompletableFuture<Void>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        IpcRenderer frame = frames.get(t % frames.size());
        workers.add(CompletableFuture.runAsync(() -> {
          try {
            start.await(WAIT_SECONDS, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          for (int j = 0; j < perThread; j++) {
            switch (j % 3) {
              case 0:
                frame.send("c", j);
                break;
              case 1:
                assertEquals(true, frame.sendSync("c", j));
                break;
              default:
                assertEquals(true, frame.invoke("c", j).join());
            }
          }
        }, pool));
      }
      for (CompletableFuture<Void> worker : workers) {
        worker.get(20, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    for (IpcRenderer frame : frames) {
      syncWithMain(main, frame);
    }

    assertEquals(threads * perThread, calls.get());
    assertEquals(1, maxActive.get(), "main listeners ran concurrently");
  }

  @Test
  void mainListenersRunOneAtATimeInArrivalOrderEvenOnAnExecutorPool() throws Exception {
    IpcMain bound = startMain(IpcMainOptions.defaults().withExecutor(startPool("conformance-pool", 4)));
    AtomicInteger active = new AtomicInteger();
    AtomicInteger maxActive = new AtomicInteger();
    int threads = 4;
    int perThread = 200;
    List<List<Integer>> seen = new ArrayList<>();
    List<IpcRenderer> frames = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      seen.add(Collections.synchronizedList(new ArrayList<>()));
      frames.add(startRenderer(bound).ipc());
    }
    bound.on("c", (event, args) -> {
      maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
      spin(20);
      seen.get((Integer) args[0]).add((Integer) args[1]);
      active.decrementAndGet();
    });

    List<Thread> senders = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int index = t;
      Thread sender = new Thread(() -> {
        for (int j = 0; j < perThread; j++) {
          frames.get(index).send("c", index, j);
        }
      });
      senders.add(sender);
      sender.start();
    }
    for (Thread sender : senders) {
      sender.join(TimeUnit.SECONDS.toMillis(20));
    }
    for (IpcRenderer frame : frames) {
      syncWithMain(bound, frame);
    }

    assertEquals(1, maxActive.get(), "listeners ran concurrently on the pool");
    List<Integer> expected = IntStream.range(0, perThread).boxed().collect(Collectors.toList());
    for (List<Integer> perRenderer : seen) {
      assertEquals(expected, new ArrayList<>(perRenderer), "arrival order of one renderer");
    }
  }

  @Test
  void rendererListenersNeverRunConcurrently() throws Exception {
    IpcRenderer sub = openFrame(ipc);
    AtomicInteger active = new AtomicInteger();
    AtomicInteger maxActive = new AtomicInteger();
    int threads = 8;
    int perThread = 100;
    CountDownLatch all = new CountDownLatch(threads * perThread);
    IpcRendererListener listener = (event, args) -> {
      maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
      spin(50);
      active.decrementAndGet();
      all.countDown();
    };
    ipc.on("c", listener);
    sub.on("c", listener);

    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<CompletableFuture<Void>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int frameId = t % 2 == 0 ? ipc.frameId() : sub.frameId();
        workers.add(CompletableFuture.runAsync(() -> {
          try {
            start.await(WAIT_SECONDS, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          for (int j = 0; j < perThread; j++) {
            renderer.sendToFrame(frameId, "c", j);
          }
        }, pool));
      }
      for (CompletableFuture<Void> worker : workers) {
        worker.get(20, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    await(all);

    assertEquals(1, maxActive.get(), "renderer listeners ran concurrently");
  }

  @Test
  void aListenerNeverRunsInsideAnotherListener() {
    // "Inside" means on the same thread while the other one runs; across processes both sides
    // run at the same time on their own threads, which is not nesting.
    AtomicReference<Thread> inMainListener = new AtomicReference<>();
    main.on("ping", (event, args) -> {
      inMainListener.set(Thread.currentThread());
      event.reply("pong");
      inMainListener.set(null);
    });
    CountDownLatch ponged = new CountDownLatch(1);
    AtomicReference<Boolean> nestedInMain = new AtomicReference<>();
    ipc.on("pong", (event, args) -> {
      nestedInMain.set(inMainListener.get() == Thread.currentThread());
      ponged.countDown();
    });
    ipc.send("ping");
    await(ponged);
    assertEquals(Boolean.FALSE, nestedInMain.get(), "the renderer listener ran inside the main listener");

    // invoke handler → sender().send → renderer listener
    AtomicReference<Thread> inHandler = new AtomicReference<>();
    main.handle("work", (event, args) -> {
      inHandler.set(Thread.currentThread());
      event.sender().send("progress");
      inHandler.set(null);
      return "done";
    });
    AtomicReference<Boolean> nestedInHandler = new AtomicReference<>();
    CountDownLatch progressed = new CountDownLatch(1);
    ipc.on("progress", (event, args) -> {
      nestedInHandler.set(inHandler.get() == Thread.currentThread());
      progressed.countDown();
    });
    assertEquals("done", await(ipc.invoke("work")));
    await(progressed);
    assertEquals(Boolean.FALSE, nestedInHandler.get(), "the renderer listener ran inside the handler");

    // renderer listener → ipc.send → main listener, and → invoke → its continuation
    AtomicReference<Thread> inRendererListener = new AtomicReference<>();
    AtomicReference<Boolean> mainNestedInRenderer = new AtomicReference<>();
    AtomicReference<Boolean> continuationNestedInRenderer = new AtomicReference<>();
    CountDownLatch back = new CountDownLatch(2);
    main.on("back", (event, args) -> {
      mainNestedInRenderer.set(inRendererListener.get() == Thread.currentThread());
      back.countDown();
    });
    main.handle("answer", (event, args) -> 42);
    ipc.on("go", (event, args) -> {
      inRendererListener.set(Thread.currentThread());
      ipc.send("back");
      ipc.invoke("answer").thenRun(() -> {
        continuationNestedInRenderer.set(inRendererListener.get() == Thread.currentThread());
        back.countDown();
      });
      inRendererListener.set(null);
    });
    renderer.send("go");
    await(back);
    assertEquals(Boolean.FALSE, mainNestedInRenderer.get(), "the main listener ran inside the renderer listener");
    assertEquals(Boolean.FALSE, continuationNestedInRenderer.get(), "the invoke continuation ran inside the renderer listener");
  }

  @Test
  void aLongPingPongBetweenListenersDoesNotGrowTheStack() {
    int rounds = 10_000;
    main.on("ping", (event, args) -> event.reply("pong", (Integer) args[0] + 1));
    CountDownLatch finished = new CountDownLatch(1);
    AtomicInteger last = new AtomicInteger();
    ipc.on("pong", (event, args) -> {
      int n = (Integer) args[0];
      last.set(n);
      if (n < rounds) {
        event.sender().send("ping", n);
      } else {
        finished.countDown();
      }
    });

    ipc.send("ping", 0);

    try {
      assertTrue(finished.await(15, TimeUnit.SECONDS), "the ping-pong stopped at " + last.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Test
  void listenersAndHandlersRunOnTheExecutorMainIsBoundTo() throws Exception {
    ExecutorService executor = startExecutor("conformance-main-executor");
    Thread executorThread = executor.submit(Thread::currentThread).get(WAIT_SECONDS, TimeUnit.SECONDS);
    IpcMain bound = startMain(IpcMainOptions.defaults().withExecutor(executor));
    ConnectedRenderer client = startRenderer(bound);
    List<Thread> ranOn = new CopyOnWriteArrayList<>();
    bound.on("s", (event, args) -> {
      ranOn.add(Thread.currentThread());
      event.setReturnValue("sync");
    });
    bound.handle("i", (event, args) -> {
      ranOn.add(Thread.currentThread());
      return "invoked";
    });
    client.renderer().onIpcMessage((event, channel, args) -> ranOn.add(Thread.currentThread()));

    client.ipc().send("s");
    assertEquals("sync", client.ipc().sendSync("s"));
    assertEquals("invoked", await(client.ipc().invoke("i")));
    syncWithMain(bound, client.ipc());

    assertEquals(5, ranOn.size(), "2 listener runs, 2 hook runs, 1 handler run");
    for (Thread thread : ranOn) {
      assertEquals(executorThread, thread, "ran on " + thread.getName());
    }
  }

  @Test
  void rendererListenersRunOnTheExecutorTheRendererIsBoundTo() throws Exception {
    ExecutorService executor = startExecutor("conformance-renderer-executor");
    Thread executorThread = executor.submit(Thread::currentThread).get(WAIT_SECONDS, TimeUnit.SECONDS);
    ConnectedRenderer client = startRenderer(main, RendererOptions.defaults().withExecutor(executor));
    List<Thread> ranOn = new CopyOnWriteArrayList<>();
    CountDownLatch both = new CountDownLatch(2);
    client.ipc().on("e", (event, args) -> {
      ranOn.add(Thread.currentThread());
      both.countDown();
    });
    main.on("ask", (event, args) -> event.reply("e"));

    client.renderer().send("e");
    client.ipc().send("ask");
    await(both);

    assertEquals(List.of(executorThread, executorThread), ranOn);
  }
}
