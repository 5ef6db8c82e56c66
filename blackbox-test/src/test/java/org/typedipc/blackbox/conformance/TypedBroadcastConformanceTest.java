package org.typedipc.blackbox.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.testing.ConnectedRenderer;
import org.typedipc.runtime.testing.OverEveryTransport;
import org.typedipc.runtime.testing.Waits;

/**
 * {@code ConformanceEventsIpc.toAll}: one typed event to the main frame of every renderer, or of
 * those a predicate accepts. A renderer that is gone does not keep the others from it.
 */
@OverEveryTransport
class TypedBroadcastConformanceTest extends TypedConformanceFixture {
  private static final int RENDERERS = 4;

  /** The test's renderer and three more, each with a queue of the pongs its main frame received. */
  private final List<IpcRenderer> frames = new ArrayList<>();
  private final List<BlockingQueue<String>> received = new ArrayList<>();

  private void startRenderers() {
    frames.add(ipc);
    for (int i = 1; i < RENDERERS; i++) {
      frames.add(startRenderer(main).ipc());
    }
    for (IpcRenderer frame : frames) {
      BlockingQueue<String> queue = new LinkedBlockingQueue<>();
      ConformanceEventsIpc.renderer(frame).onPong((event, text) -> queue.add(text));
      received.add(queue);
    }
  }

  private static String next(BlockingQueue<String> queue) throws InterruptedException {
    return queue.poll(Waits.WAIT_SECONDS, TimeUnit.SECONDS);
  }

  @Test
  void everyRendererReceivesTheEvent() throws InterruptedException {
    startRenderers();

    ConformanceEventsIpc.toAll(main).pong("to all");

    for (BlockingQueue<String> queue : received) {
      assertEquals("to all", next(queue));
    }
  }

  @Test
  void onlyTheRenderersThePredicateAcceptsReceiveIt() throws InterruptedException {
    startRenderers();
    int chosen = renderer.id();

    ConformanceEventsIpc.toAll(main, r -> r.id() != chosen).pong("not the first");
    ConformanceEventsIpc.toAll(main).pong("everyone");

    assertEquals("everyone", next(received.get(0)));
    for (BlockingQueue<String> queue : received.subList(1, RENDERERS)) {
      assertEquals("not the first", next(queue));
      assertEquals("everyone", next(queue));
    }
  }

  @Test
  void aClosedRendererDoesNotKeepTheOthersFromTheEvent() throws Exception {
    startRenderers();
    ConnectedRenderer extra = startRenderer(main);
    extra.connection().close();

    ConformanceEventsIpc.toAll(main).pong("still");

    for (BlockingQueue<String> queue : received) {
      assertEquals("still", next(queue));
    }
    syncWithFrame(ipc);
    assertNull(received.get(0).poll(), "one message per broadcast");
  }
}
