package org.typedipc.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.testing.Waits.await;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.Renderer;

/**
 * Round trips over string channels that return once the other side has run everything sent
 * before them, so that tests need not assume on which thread, or when, a delivery happens.
 */
final class Fences {
  /** Every fence channel starts with this, so that tests that watch all channels can skip them. */
  static final String CHANNEL_PREFIX = "conformance:fence:";

  private static final AtomicInteger UNIQUE = new AtomicInteger();

  private Fences() {}

  /**
   * Returns once {@code target} has run everything {@code frame} sent before: an invoke is answered
   * only after the calls before it started, and main runs one listener at a time.
   */
  static void syncWithMain(IpcMain target, IpcRenderer frame) {
    String channel = CHANNEL_PREFIX + UNIQUE.incrementAndGet();
    target.handleOnce(channel, (event, args) -> "fence");
    assertEquals("fence", await(frame.invoke(channel)), "the fence invoke");
  }

  /**
   * Returns once {@code frame} has run everything main sent it before: main's sends to one frame
   * arrive in send order.
   */
  static void syncWithFrame(Renderer target, IpcRenderer frame) {
    String channel = CHANNEL_PREFIX + UNIQUE.incrementAndGet();
    CountDownLatch arrived = new CountDownLatch(1);
    frame.once(channel, (event, args) -> arrived.countDown());
    assertTrue(target.sendToFrame(frame.frameId(), channel), "the fence frame exists");
    await(arrived);
  }
}
