package org.typedipc.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD;
import static org.typedipc.runtime.testing.Waits.await;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.RendererOptions;

/**
 * The conformance suite over the embedded transport: renderers in main's JVM, connected with
 * {@link IpcMain#embedRenderer(RendererOptions)}. Adds what only holds in-process: the process id,
 * and Electron's single loop without a thread hop on the uncontended path.
 */
class InProcessConformanceTest extends IpcConformanceSuite {
  @Override
  protected IpcMain newMain(IpcMainOptions options) {
    return IpcMain.create(options);
  }

  @Override
  protected RendererUnderTest connect(IpcMain main, RendererOptions options) {
    EmbeddedRenderer embedded = main.embedRenderer(options);
    return new RendererUnderTest(embedded, embedded.renderer());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void anEmbeddedRendererReportsThisJvmsProcessId() {
    long pid = ProcessHandle.current().pid();
    assertEquals(pid, renderer.processId());
    main.handle("pid", (event, args) -> event.processId());
    assertEquals(pid, await(ipc.invoke("pid")));
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aClosedMainAcceptsNoNewEmbeddedRenderer() {
    main.close();

    assertThrows(IllegalStateException.class, () -> main.embedRenderer());
    assertTrue(r.connection().isClosed());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void uncontendedDeliveriesRunOnTheThreadThatBringsThemWithoutAHop() {
    AtomicReference<Thread> mainListenerThread = new AtomicReference<>();
    AtomicReference<Thread> handlerThread = new AtomicReference<>();
    AtomicReference<Thread> rendererListenerThread = new AtomicReference<>();
    main.on("send", (event, args) -> mainListenerThread.set(Thread.currentThread()));
    main.handle("invoke", (event, args) -> {
      handlerThread.set(Thread.currentThread());
      return 1;
    });
    CountDownLatch arrived = new CountDownLatch(1);
    ipc.on("event", (event, args) -> {
      rendererListenerThread.set(Thread.currentThread());
      arrived.countDown();
    });

    ipc.send("send");
    await(ipc.invoke("invoke"));
    renderer.send("event");
    await(arrived);

    assertSame(Thread.currentThread(), mainListenerThread.get());
    assertSame(Thread.currentThread(), handlerThread.get());
    assertSame(Thread.currentThread(), rendererListenerThread.get());
  }
}
