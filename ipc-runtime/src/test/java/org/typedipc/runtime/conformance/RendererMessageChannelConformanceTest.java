package org.typedipc.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.testing.Waits.await;
import static org.typedipc.runtime.testing.Waits.eventually;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcRendererEvent;
import org.typedipc.runtime.MessageChannel;
import org.typedipc.runtime.MessageChannelMain;
import org.typedipc.runtime.MessagePort;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.testing.ConnectedRenderer;
import org.typedipc.runtime.testing.IpcFixture;
import org.typedipc.runtime.testing.OverEveryTransport;
import org.typedipc.runtime.testing.Waits.Inbox;

/**
 * A pair a renderer makes itself (Electron's {@code new MessageChannel()} in a renderer): its ends
 * talk within the renderer, and either end posted to main, or through main to another renderer,
 * talks to the one that stayed, closes with it, and counts toward the 64 ports of a message.
 */
@OverEveryTransport
class RendererMessageChannelConformanceTest extends IpcFixture {
  private static Inbox<Object> listen(MessagePort port) {
    Inbox<Object> inbox = new Inbox<>();
    port.onMessage(event -> inbox.add(event.data()));
    port.start();
    return inbox;
  }

  private static CompletableFuture<Boolean> closeOf(MessagePort port) {
    CompletableFuture<Boolean> closed = new CompletableFuture<>();
    port.onClose(() -> closed.complete(true));
    return closed;
  }

  /** The ports main's listeners get on {@code channel} next. */
  private CompletableFuture<IpcMainEvent> postedToMain(String channel) {
    CompletableFuture<IpcMainEvent> arrived = new CompletableFuture<>();
    main.once(channel, (event, args) -> arrived.complete(event));
    return arrived;
  }

  @Test
  void aPairMadeInARendererTalksThereBothWaysQueuesUntilStartAndCloses() {
    MessageChannel channel = ipc.createMessageChannel();
    Inbox<Object> atFirst = listen(channel.port1());
    Inbox<Object> atSecond = new Inbox<>();
    channel.port2().onMessage(event -> atSecond.add(event.data()));

    channel.port1().postMessage("waits for start");
    channel.port2().postMessage(List.of(1, 2));
    assertEquals(List.of(1, 2), atFirst.take());
    channel.port2().start();
    assertEquals("waits for start", atSecond.take());

    CompletableFuture<Boolean> secondSawClose = closeOf(channel.port2());
    channel.port1().close();
    assertTrue(await(secondSawClose));
    assertTrue(channel.port2().isClosed());
    channel.port2().postMessage("to nobody"); // dropped, as in Electron
  }

  @Test
  void anEndPostedToMainTalksBothWaysWithTheEndThatStayedAndItsWaitingMessagesTravel() {
    MessageChannel channel = ipc.createMessageChannel();
    Inbox<Object> inRenderer = listen(channel.port1());
    channel.port1().postMessage("waited in the renderer");
    CompletableFuture<IpcMainEvent> arrived = postedToMain("port");
    CompletableFuture<Object> message = new CompletableFuture<>();
    main.once("port", (event, args) -> message.complete(args[0]));

    ipc.postMessage("port", "made here", List.of(channel.port2()));

    assertEquals("made here", await(message));
    MessagePort inMain = await(arrived).ports().get(0);
    assertThrows(IllegalStateException.class, () -> channel.port2().postMessage("neutered"));
    channel.port1().postMessage("sent after the post");
    Inbox<Object> atMain = listen(inMain);
    assertEquals("waited in the renderer", atMain.take());
    assertEquals("sent after the post", atMain.take());
    inMain.postMessage("from main");
    assertEquals("from main", inRenderer.take());

    CompletableFuture<Boolean> rendererSawClose = closeOf(channel.port1());
    inMain.close();
    assertTrue(await(rendererSawClose));
  }

  @Test
  void bothEndsPostedToMainTalkThereAndTheirWaitingMessagesTravel() {
    MessageChannel channel = ipc.createMessageChannel();
    channel.port1().postMessage("to the second");
    channel.port2().postMessage("to the first");
    CompletableFuture<IpcMainEvent> arrived = postedToMain("both");

    ipc.postMessage("both", null, List.of(channel.port1(), channel.port2()));

    List<MessagePort> inMain = await(arrived).ports();
    Inbox<Object> first = listen(inMain.get(0));
    Inbox<Object> second = listen(inMain.get(1));
    assertEquals("to the first", first.take());
    assertEquals("to the second", second.take());
    inMain.get(0).postMessage("in main now");
    assertEquals("in main now", second.take());
  }

  @Test
  void anEndPostedThroughMainToASecondRendererTalksAndClosesWhenThatRendererGoesAway() {
    ConnectedRenderer other = startRenderer(main);
    Renderer second = other.renderer();
    main.on("forward", (event, args) -> second.postMessage("forwarded", args[0], event.ports()));
    CompletableFuture<IpcRendererEvent> forwarded = new CompletableFuture<>();
    other.ipc().once("forwarded", (event, args) -> forwarded.complete(event));
    MessageChannel channel = ipc.createMessageChannel();
    Inbox<Object> inFirst = listen(channel.port1());

    ipc.postMessage("forward", "to the second renderer", List.of(channel.port2()));

    MessagePort inSecond = await(forwarded).ports().get(0);
    Inbox<Object> atSecond = listen(inSecond);
    for (int i = 0; i < 100; i++) {
      channel.port1().postMessage(i);
    }
    for (int i = 0; i < 100; i++) {
      assertEquals(i, atSecond.take());
    }
    inSecond.postMessage("back");
    assertEquals("back", inFirst.take());
    CompletableFuture<Boolean> firstSawClose = closeOf(channel.port1());

    other.connection().close();

    assertTrue(await(firstSawClose));
    assertTrue(channel.port1().isClosed());
  }

  @Test
  void aRendererThatGoesAwayClosesTheOtherEndOfItsOwnPairInMain() {
    ConnectedRenderer leaving = startRenderer(main);
    MessageChannel channel = leaving.ipc().createMessageChannel();
    listen(channel.port1());
    CompletableFuture<IpcMainEvent> arrived = postedToMain("port");
    leaving.ipc().postMessage("port", null, List.of(channel.port2()));
    MessagePort inMain = await(arrived).ports().get(0);
    CompletableFuture<Boolean> mainSawClose = closeOf(inMain);
    inMain.start();

    leaving.connection().close();

    assertTrue(await(mainSawClose));
    assertThrows(IpcDisconnectedException.class, () -> leaving.ipc().createMessageChannel());
  }

  @Test
  void aPostCarriesUpTo64OwnPortsAndOneMoreIsRefusedSendingNothing() {
    List<MessageChannel> channels = new ArrayList<>();
    for (int i = 0; i < 65; i++) {
      channels.add(ipc.createMessageChannel());
    }
    List<MessagePort> ends = channels.stream().map(MessageChannel::port2).toList();
    Inbox<Object> unexpected = new Inbox<>();
    main.on("too many", (event, args) -> unexpected.add(args[0]));

    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> ipc.postMessage("too many", "65", ends));
    assertTrue(refused.getMessage().startsWith("Cannot post 65 ports with one message: a message carries at most 64"),
        refused.getMessage());
    assertTrue(ends.stream().noneMatch(MessagePort::isClosed), "a refused post leaves the ports here");

    CompletableFuture<IpcMainEvent> arrived = postedToMain("at the cap");
    ipc.postMessage("at the cap", "64", ends.subList(1, 65));
    List<MessagePort> inMain = await(arrived).ports();
    assertEquals(64, inMain.size());
    Inbox<Object> last = listen(channels.get(64).port1());
    inMain.get(63).postMessage("through the 64th");
    assertEquals("through the 64th", last.take());
    Inbox<Object> first = listen(channels.get(0).port1());
    ends.get(0).postMessage("the 65th still talks here");
    assertEquals("the 65th still talks here", first.take());
    ipc.send("too many", "fence");
    assertEquals("fence", unexpected.take());
  }

  @Test
  void aPairMadeInOneRendererIsNotAnotherRenderersToPost() {
    ConnectedRenderer other = startRenderer(main);
    MessageChannel channel = ipc.createMessageChannel();
    MessageChannelMain mains = new MessageChannelMain();

    IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class,
        () -> other.ipc().postMessage("port", null, List.of(channel.port1())));
    IllegalArgumentException toRenderer = assertThrows(IllegalArgumentException.class,
        () -> renderer.postMessage("port", null, List.of(mains.port1(), channel.port2())));

    assertEquals("Port at index 0 is not a valid port", foreign.getMessage());
    assertEquals("Port at index 1 is not a valid port", toRenderer.getMessage());
    assertFalse(channel.port1().isClosed());
    eventually(() -> !mains.port1().isClosed(), "a refused post leaves main's port as it was");
  }
}
