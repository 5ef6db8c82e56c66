package org.typedipc.blackbox.conformance;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.typedipc.runtime.testing.Waits.await;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.testing.IpcFixture;

/**
 * The shared {@link IpcFixture} with the generated companions of {@link Conformance} on its
 * renderer and its main, and fences made of typed calls, so that tests need no string channel.
 */
abstract class TypedConformanceFixture extends IpcFixture {
  private final AtomicInteger unique = new AtomicInteger();

  /** The typed proxy of the renderer's main frame. */
  protected Conformance calls;
  /** Main's typed registrar on the global scope. */
  protected ConformanceIpc.Registrar global;

  @BeforeEach
  void typedCompanions() {
    calls = ConformanceIpc.renderer(ipc);
    global = ConformanceIpc.main(main);
  }

  /** Returns once main has run everything {@code frame} sent before (a typed invoke as a fence). */
  protected final void syncWithMain(IpcRenderer frame) {
    Registration fence = global.handleOnceFence(event -> null);
    try {
      assertNull(await(ConformanceIpc.renderer(frame).fence()), "the fence invoke");
    } finally {
      fence.close();
    }
  }

  /** Returns once {@code frame} has run everything main sent it before (a typed event as a fence). */
  protected final void syncWithFrame(IpcRenderer frame) {
    int token = unique.incrementAndGet();
    CountDownLatch arrived = new CountDownLatch(1);
    Registration listening = ConformanceEventsIpc.renderer(frame).onFence((event, got) -> {
      if (got == token) {
        arrived.countDown();
      }
    });
    try {
      ConformanceEventsIpc.to(renderer.frame(frame.frameId()).orElseThrow()).fence(token);
      await(arrived);
    } finally {
      listening.close();
    }
  }
}
