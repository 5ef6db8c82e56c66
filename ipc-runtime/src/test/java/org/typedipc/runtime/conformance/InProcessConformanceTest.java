package org.typedipc.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.testing.Waits.await;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.typedipc.runtime.testing.IpcFixture;
import org.typedipc.runtime.testing.TransportUnderTest;

/**
 * What only holds for renderers embedded in main's JVM: the process id, and Electron's single loop
 * without a thread hop on the uncontended path.
 */
@ParameterizedClass(name = "[{0}]")
@EnumSource(value = TransportUnderTest.class, names = "IN_PROCESS")
class InProcessConformanceTest extends IpcFixture {
  @Test
  void anEmbeddedRendererReportsThisJvmsProcessId() {
    long pid = ProcessHandle.current().pid();
    assertEquals(pid, renderer.processId());
    main.handle("pid", (event, args) -> event.processId());
    assertEquals(pid, await(ipc.invoke("pid")));
  }

  @Test
  void aClosedMainAcceptsNoNewEmbeddedRenderer() {
    main.close();

    assertThrows(IllegalStateException.class, () -> main.embedRenderer());
    assertTrue(connection.isClosed());
  }

  @Test
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
