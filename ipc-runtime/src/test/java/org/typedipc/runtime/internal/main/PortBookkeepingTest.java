package org.typedipc.runtime.internal.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.internal.main.Collections.collectUntil;
import static org.typedipc.runtime.testing.Waits.await;
import static org.typedipc.runtime.testing.Waits.eventually;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.MessageChannel;
import org.typedipc.runtime.MessageChannelMain;
import org.typedipc.runtime.MessagePort;
import org.typedipc.runtime.internal.dispatch.PortEnd;
import org.typedipc.runtime.testing.ConnectedRenderer;
import org.typedipc.runtime.testing.IpcFixture;
import org.typedipc.runtime.testing.OverEveryTransport;

/**
 * Main's table of entangled ports forgets the ports of a renderer that went away, and those a
 * renderer dropped without closing them, and their other ends hear the close.
 */
@OverEveryTransport
class PortBookkeepingTest extends IpcFixture {
  private static int idOf(MessagePort port) {
    return ((PortEnd) port).id();
  }

  private static CompletableFuture<Boolean> closeOf(MessagePort port) {
    CompletableFuture<Boolean> closed = new CompletableFuture<>();
    port.onClose(() -> closed.complete(true));
    return closed;
  }

  private static long stillTracked(List<Integer> ids) {
    return ids.stream().filter(PortHub.INSTANCE::tracks).count();
  }

  @Test
  void aGoneRenderersPortsLeaveMainsTableAndTheirOtherEndsClose() {
    ConnectedRenderer leaving = startRenderer(main);
    MessageChannelMain bothThere = new MessageChannelMain();
    MessageChannelMain oneThere = new MessageChannelMain();
    List<Integer> ids = List.of(idOf(bothThere.port1()), idOf(bothThere.port2()), idOf(oneThere.port1()), idOf(oneThere.port2()));
    CompletableFuture<Integer> arrived = new CompletableFuture<>();
    leaving.ipc().on("ports", (event, args) -> arrived.complete(event.ports().size()));
    leaving.renderer().postMessage("ports", null, List.of(bothThere.port1(), bothThere.port2(), oneThere.port2()));
    assertEquals(3, await(arrived));
    CompletableFuture<Boolean> mainSawClose = closeOf(oneThere.port1());
    assertEquals(4, stillTracked(ids));

    leaving.connection().close(); // no port closed first

    assertTrue(await(mainSawClose));
    eventually(() -> stillTracked(ids) == 0, "main forgets every port of the gone renderer");
  }

  @Test
  void aPortARendererDropsUnclosedClosesItsPairOnceCollected() {
    List<MessageChannelMain> channels = IntStream.range(0, 10).mapToObj(i -> new MessageChannelMain()).toList();
    List<Integer> ids = channels.stream().flatMap(c -> IntStream.of(idOf(c.port1()), idOf(c.port2())).boxed()).toList();
    List<CompletableFuture<Boolean>> closes = channels.stream().map(c -> closeOf(c.port1())).toList();
    CompletableFuture<Integer> arrived = new CompletableFuture<>();
    ipc.on("ignored", (event, args) -> arrived.complete(event.ports().size())); // and never kept
    renderer.postMessage("ignored", null, channels.stream().map(MessageChannelMain::port2).toList());
    assertEquals(10, await(arrived));
    assertEquals(20, stillTracked(ids));

    collectUntil(() -> closes.stream().allMatch(CompletableFuture::isDone), "the renderer's dropped ports are collected");

    eventually(() -> stillTracked(ids) == 0, "main forgets both ends of each dropped pair");
  }

  @Test
  void theEndARendererKeptOfItsOwnPairClosesMainsEndOnceDroppedAndCollected() {
    List<CompletableFuture<Boolean>> closes = IntStream.range(0, 10).mapToObj(i -> {
      MessageChannel channel = ipc.createMessageChannel(); // port1 stays in the renderer, referenced by nobody
      CompletableFuture<IpcMainEvent> arrived = new CompletableFuture<>();
      main.once("own", (event, args) -> arrived.complete(event));
      ipc.postMessage("own", null, List.of(channel.port2()));
      return closeOf(await(arrived).ports().get(0));
    }).toList();

    collectUntil(() -> closes.stream().allMatch(CompletableFuture::isDone), "the renderer's dropped ends are collected");
  }
}
