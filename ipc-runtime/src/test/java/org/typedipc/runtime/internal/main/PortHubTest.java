package org.typedipc.runtime.internal.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.typedipc.runtime.internal.main.Collections.collectOnce;
import static org.typedipc.runtime.internal.main.Collections.collectUntil;
import static org.typedipc.runtime.testing.Waits.await;

import java.lang.ref.WeakReference;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.MessagePort;
import org.typedipc.runtime.testing.Waits.Inbox;

/**
 * Ports dropped without {@code close()}: main's table of entangled ports forgets a pair nobody can
 * reach and tells a listening other end, but keeps a port whose listeners its other end can reach.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PortHubTest {
  private final PortHub hub = new PortHub();

  @Test
  void aPairNobodyReachesIsForgotten() {
    for (int i = 0; i < 100; i++) {
      hub.createPair()[0].postMessage("queued for nobody");
    }
    assertEquals(200, hub.openPorts());

    collectUntil(() -> hub.openPorts() == 0, "every dropped pair leaves the table");
  }

  @Test
  void aDroppedEndClosesItsListeningOtherEnd() {
    MessagePort kept = hub.createPair()[0];
    CompletableFuture<Boolean> closed = new CompletableFuture<>();
    kept.onClose(() -> closed.complete(true));

    collectUntil(closed::isDone, "the other end was dropped");

    assertEquals(true, await(closed));
    assertEquals(0, hub.openPorts());
  }

  @Test
  void aListenedToEndLivesWhileItsOtherEndCanReachIt() {
    MessagePort[] pair = hub.createPair();
    MessagePort sender = pair[0];
    Inbox<Object> inbox = new Inbox<>();
    pair[1].onMessage(event -> inbox.add(event.data()));
    pair[1].start();
    WeakReference<MessagePort> listening = new WeakReference<>(pair[1]);
    pair = null;

    collectOnce();

    assertNotNull(listening.get(), "the listening end is kept by the one that can post to it");
    sender.postMessage("still heard");
    assertEquals("still heard", inbox.take());
    assertEquals(2, hub.openPorts());
    sender.close();
    assertEquals(0, hub.openPorts());
  }
}
