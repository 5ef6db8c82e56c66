package org.typedipc.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.testing.Waits.await;
import static org.typedipc.runtime.testing.Waits.eventually;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcRendererEvent;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.MessageChannelMain;
import org.typedipc.runtime.MessagePort;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.testing.ConnectedRenderer;
import org.typedipc.runtime.testing.IpcFixture;
import org.typedipc.runtime.testing.OverEveryTransport;
import org.typedipc.runtime.testing.Waits.Inbox;

/**
 * Electron's MessagePort cases that apply without pages ({@code spec/api-ipc-spec.ts}, {@code ipc
 * module › MessagePort} and {@code MessageChannelMain}): pairs, posting ports both ways with
 * {@code event.ports}, start and queued messages, close and the close event, and two renderers
 * talking through ports main created.
 */
@OverEveryTransport
class MessagePortConformanceTest extends IpcFixture {
  /** The port a renderer frame receives on {@code channel}, with the message it came with. */
  private static CompletableFuture<IpcRendererEvent> portArrives(IpcRenderer frame, String channel) {
    CompletableFuture<IpcRendererEvent> arrived = new CompletableFuture<>();
    frame.once(channel, (event, args) -> arrived.complete(event));
    return arrived;
  }

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

  /** Electron: "can send messages within the process". */
  @Test
  void aPairTalksWithinMain() {
    MessageChannelMain channel = new MessageChannelMain();
    Inbox<Object> second = listen(channel.port2());
    Inbox<Object> first = listen(channel.port1());

    channel.port1().postMessage("hello");
    channel.port2().postMessage(List.of(1, 2));

    assertEquals("hello", second.take());
    assertEquals(List.of(1, 2), first.take());
  }

  /** Electron: "MessagePortMain queues messages until the .start() method has been called". */
  @Test
  void messagesBeforeStartWaitAndArriveInOrderOnStart() {
    MessageChannelMain channel = new MessageChannelMain();
    AtomicInteger delivered = new AtomicInteger();
    Inbox<Object> inbox = new Inbox<>();
    channel.port2().onMessage(event -> {
      delivered.incrementAndGet();
      inbox.add(event.data());
    });
    for (int i = 0; i < 5; i++) {
      channel.port1().postMessage(i);
    }
    // A message through a started pair has certainly been handled: the waiting ones still wait.
    MessageChannelMain fence = new MessageChannelMain();
    Inbox<Object> fenced = listen(fence.port2());
    fence.port1().postMessage("fence");
    assertEquals("fence", fenced.take());
    assertEquals(0, delivered.get());

    channel.port2().start();

    for (int i = 0; i < 5; i++) {
      assertEquals(i, inbox.take());
    }
  }

  /** Electron: "can pass one end to a WebContents" and "can communicate between main and renderer". */
  @Test
  void aPortPostedToARendererArrivesInEventPortsAndTalksBothWays() {
    MessageChannelMain channel = new MessageChannelMain();
    CompletableFuture<IpcRendererEvent> arrived = portArrives(ipc, "port");
    CompletableFuture<Object> message = new CompletableFuture<>();
    ipc.once("port", (event, args) -> message.complete(args[0]));

    renderer.postMessage("port", "take this", List.of(channel.port2()));

    IpcRendererEvent event = await(arrived);
    assertEquals("take this", await(message));
    assertEquals(1, event.ports().size());
    MessagePort received = event.ports().get(0);
    Inbox<Object> inRenderer = listen(received);
    Inbox<Object> inMain = listen(channel.port1());
    channel.port1().postMessage("ping");
    assertEquals("ping", inRenderer.take());
    received.postMessage("pong");
    assertEquals("pong", inMain.take());
  }

  @Test
  void aFramesPostMessageReachesThatFrame() {
    IpcRenderer child = openFrame(ipc);
    MessageChannelMain channel = new MessageChannelMain();
    CompletableFuture<IpcRendererEvent> arrived = portArrives(child, "port");

    frameOf(child).postMessage("port", null, List.of(channel.port1()));

    assertSame(child, await(arrived).sender());
    assertEquals(1, await(arrived).ports().size());
  }

  /** Electron: "can send a port to the main process" and "can receive a port from a renderer". */
  @Test
  void aRendererPostsAPortBackToMainWhichFindsItInEventPorts() {
    MessageChannelMain channel = new MessageChannelMain();
    CompletableFuture<IpcRendererEvent> arrived = portArrives(ipc, "port");
    renderer.postMessage("port", null, List.of(channel.port2()));
    MessagePort inRenderer = await(arrived).ports().get(0);
    CompletableFuture<IpcMainEvent> back = new CompletableFuture<>();
    CompletableFuture<Object> message = new CompletableFuture<>();
    main.once("back", (event, args) -> {
      message.complete(args[0]);
      back.complete(event);
    });

    ipc.postMessage("back", "returned", List.of(inRenderer));

    assertEquals("returned", await(message));
    MessagePort returned = await(back).ports().get(0);
    Inbox<Object> inMain = listen(returned);
    Inbox<Object> other = listen(channel.port1());
    channel.port1().postMessage("to the returned port");
    assertEquals("to the returned port", inMain.take());
    returned.postMessage("from it");
    assertEquals("from it", other.take());
  }

  /** Electron: "can sent a message without a transfer" (sic); a send carries no ports. */
  @Test
  void messagesWithoutPortsHaveNone() {
    CompletableFuture<IpcMainEvent> posted = new CompletableFuture<>();
    CompletableFuture<IpcMainEvent> sent = new CompletableFuture<>();
    CompletableFuture<IpcRendererEvent> event = portArrives(ipc, "plain");
    main.once("posted", (e, args) -> posted.complete(e));
    main.once("sent", (e, args) -> sent.complete(e));

    ipc.postMessage("posted", "no ports", List.of());
    ipc.send("sent", "x");
    renderer.send("plain", 1);

    assertEquals(List.of(), await(posted).ports());
    assertEquals(List.of(), await(sent).ports());
    assertEquals(List.of(), await(event).ports());
  }

  /** Electron: "is emitted when the main process closes its end of the port", and the other way. */
  @Test
  void closingOneEndEmitsCloseAtTheOther() {
    MessageChannelMain first = new MessageChannelMain();
    MessageChannelMain second = new MessageChannelMain();
    CompletableFuture<IpcRendererEvent> arrived = portArrives(ipc, "ports");
    renderer.postMessage("ports", null, List.of(first.port2(), second.port2()));
    List<MessagePort> inRenderer = await(arrived).ports();
    CompletableFuture<Boolean> rendererSawClose = closeOf(inRenderer.get(0));
    CompletableFuture<Boolean> mainSawClose = closeOf(second.port1());

    first.port1().close();
    inRenderer.get(1).close();

    assertTrue(await(rendererSawClose));
    assertTrue(await(mainSawClose));
    assertTrue(inRenderer.get(0).isClosed());
    assertTrue(second.port1().isClosed());
  }

  /** The close event when the renderer that holds the other end goes away. */
  @Test
  void aRendererThatGoesAwayClosesItsPortsOtherEnds() {
    ConnectedRenderer leaving = startRenderer(main);
    MessageChannelMain channel = new MessageChannelMain();
    CompletableFuture<IpcRendererEvent> arrived = portArrives(leaving.ipc(), "port");
    leaving.renderer().postMessage("port", null, List.of(channel.port2()));
    MessagePort held = await(arrived).ports().get(0);
    CompletableFuture<Boolean> mainSawClose = closeOf(channel.port1());
    CompletableFuture<Boolean> rendererSawClose = closeOf(held);

    leaving.connection().close();

    assertTrue(await(mainSawClose));
    assertTrue(await(rendererSawClose));
  }

  /** Electron: "can send messages to a closed port" / "… whose remote end is closed". */
  @Test
  void postingToAClosedPairDropsTheMessageQuietly() {
    MessageChannelMain channel = new MessageChannelMain();
    CompletableFuture<Boolean> closed = closeOf(channel.port2());
    channel.port1().close();
    assertTrue(await(closed));

    channel.port1().postMessage("to nobody");
    channel.port2().postMessage("to nobody either");
    channel.port1().close();
  }

  /** Electron: "throws when passing null ports" / "duplicate ports" / "already neutered" ports. */
  @Test
  void badTransferListsFailWithTheirIndexAndSendNothing() {
    MessageChannelMain channel = new MessageChannelMain();
    Inbox<Object> unexpected = new Inbox<>();
    ipc.on("bad", (event, args) -> unexpected.add(args[0]));

    IllegalArgumentException nullPort = assertThrows(IllegalArgumentException.class,
        () -> renderer.postMessage("bad", 1, Arrays.asList((MessagePort) null)));
    IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
        () -> renderer.postMessage("bad", 2, List.of(channel.port1(), channel.port1())));
    ipc.on("good", (event, args) -> { });
    renderer.postMessage("good", 3, List.of(channel.port2()));
    IllegalArgumentException neutered = assertThrows(IllegalArgumentException.class,
        () -> renderer.postMessage("bad", 4, List.of(channel.port2())));
    IllegalStateException used = assertThrows(IllegalStateException.class, () -> channel.port2().postMessage("x"));

    assertEquals("Port at index 0 is not a valid port", nullPort.getMessage());
    assertTrue(duplicate.getMessage().startsWith("Port at index 1 is a duplicate"), duplicate.getMessage());
    assertTrue(neutered.getMessage().startsWith("Port at index 0 is already neutered. MessagePort #"), neutered.getMessage());
    assertTrue(used.getMessage().contains("was posted elsewhere"), used.getMessage());
    assertFalse(channel.port1().isClosed(), "a refused post leaves the ports as they were");
    renderer.send("bad", "fence");
    assertEquals("fence", unexpected.take());
  }

  /** One message carries at most 64 ports, both ways; one more is refused at the call and sends nothing. */
  @Test
  void aMessageCarriesUpTo64PortsAndOneMoreIsRefusedSendingNothing() {
    List<MessageChannelMain> channels = new ArrayList<>();
    for (int i = 0; i < 65; i++) {
      channels.add(new MessageChannelMain());
    }
    List<MessagePort> ends = channels.stream().map(MessageChannelMain::port2).toList();
    Inbox<Object> unexpected = new Inbox<>();
    ipc.on("too many", (event, args) -> unexpected.add(args[0]));
    main.on("too many", (event, args) -> unexpected.add(args[0]));

    IllegalArgumentException toRenderer = assertThrows(IllegalArgumentException.class,
        () -> renderer.postMessage("too many", "65", ends));
    assertTrue(toRenderer.getMessage().startsWith("Cannot post 65 ports with one message: a message carries at most 64"),
        toRenderer.getMessage());
    assertTrue(ends.stream().noneMatch(MessagePort::isClosed), "a refused post leaves the ports here");

    CompletableFuture<IpcRendererEvent> arrived = portArrives(ipc, "at the cap");
    renderer.postMessage("at the cap", "64", ends.subList(0, 64));
    List<MessagePort> inRenderer = new ArrayList<>(await(arrived).ports());
    assertEquals(64, inRenderer.size());
    Inbox<Object> last = listen(channels.get(63).port1());
    inRenderer.get(63).postMessage("through the 64th");
    assertEquals("through the 64th", last.take());

    inRenderer.add(ends.get(64)); // main's port is not this renderer's to post: refused for the count first
    IllegalArgumentException toMain = assertThrows(IllegalArgumentException.class,
        () -> ipc.postMessage("too many", "65", inRenderer));
    assertTrue(toMain.getMessage().startsWith("Cannot post 65 ports with one message"), toMain.getMessage());
    assertFalse(inRenderer.get(0).isClosed(), "a refused post leaves the ports here");

    CompletableFuture<IpcMainEvent> back = new CompletableFuture<>();
    main.once("back at the cap", (event, args) -> back.complete(event));
    ipc.postMessage("back at the cap", null, inRenderer.subList(0, 64));
    assertEquals(64, await(back).ports().size());
    renderer.send("too many", "fence");
    ipc.send("too many", "fence");
    assertEquals("fence", unexpected.take());
    assertEquals("fence", unexpected.take());
  }

  /** Electron: "throws an error when an invalid parameter is sent to postMessage". */
  @Test
  void aMessageThatCannotCrossTheWireFailsAtTheCall() {
    MessageChannelMain channel = new MessageChannelMain();

    assertThrows(IpcValueException.class, () -> channel.port1().postMessage(new Object()));
    assertThrows(IpcValueException.class, () -> renderer.postMessage("ch", new Object(), List.of(channel.port2())));
    assertFalse(channel.port2().isClosed(), "nothing was posted");
  }

  /** Messages are copied, as every other message: the receiver sees the value at the call. */
  @Test
  void aPostedValueIsACopy() {
    MessageChannelMain channel = new MessageChannelMain();
    Inbox<Object> inbox = listen(channel.port2());
    List<Object> value = new ArrayList<>(List.of("a"));

    channel.port1().postMessage(value);
    value.add("b");

    Object received = inbox.take();
    assertEquals(List.of("a"), received);
    assertTrue(received != value);
  }

  /** Messages that waited in main for start() travel with the port to the renderer. */
  @Test
  void messagesWaitingInAPortTravelWithIt() {
    MessageChannelMain channel = new MessageChannelMain();
    channel.port1().postMessage("early 1");
    channel.port1().postMessage("early 2");
    CompletableFuture<IpcRendererEvent> arrived = portArrives(ipc, "port");

    renderer.postMessage("port", null, List.of(channel.port2()));
    channel.port1().postMessage("late");

    Inbox<Object> inbox = listen(await(arrived).ports().get(0));
    assertEquals("early 1", inbox.take());
    assertEquals("early 2", inbox.take());
    assertEquals("late", inbox.take());
  }

  /**
   * A renderer posts on a port it never started: the messages that waited in it, and those main
   * sent before it read the post, reach the port's new place in order.
   */
  @Test
  void messagesWaitingInARenderersPortTravelWithItBackToMain() {
    MessageChannelMain channel = new MessageChannelMain();
    CompletableFuture<IpcRendererEvent> arrived = portArrives(ipc, "port");
    renderer.postMessage("port", null, List.of(channel.port2()));
    MessagePort inRenderer = await(arrived).ports().get(0);
    for (int i = 0; i < 10; i++) {
      channel.port1().postMessage(i);
    }
    CompletableFuture<Object> fence = new CompletableFuture<>();
    ipc.once("fence", (event, args) -> fence.complete(args[0]));
    renderer.send("fence", "after the port's messages");
    await(fence); // the ten wait in the port, not started
    CompletableFuture<MessagePort> back = new CompletableFuture<>();
    main.once("back", (event, args) -> back.complete(event.ports().get(0)));

    ipc.postMessage("back", null, List.of(inRenderer));
    for (int i = 10; i < 20; i++) {
      channel.port1().postMessage(i);
    }

    Inbox<Object> inMain = listen(await(back));
    for (int i = 0; i < 20; i++) {
      assertEquals(i, inMain.take());
    }
  }

  /**
   * Main keeps posting while the port it posts to moves from one renderer through main to another
   * and back to main: every message arrives once, in order, at whichever place held the port.
   */
  @Test
  void messagesRacingAPortOnItsWayBetweenProcessesArriveOnceInOrder() throws InterruptedException {
    int count = 3000;
    ConnectedRenderer other = startRenderer(main);
    MessageChannelMain channel = new MessageChannelMain();
    CompletableFuture<IpcRendererEvent> arrived = portArrives(ipc, "port");
    renderer.postMessage("port", null, List.of(channel.port2()));
    MessagePort inFirst = await(arrived).ports().get(0);
    List<Object> seen = Collections.synchronizedList(new ArrayList<>());
    inFirst.onMessage(event -> {
      seen.add(event.data());
      if (event.data().equals(100)) {
        ipc.postMessage("forward", null, List.of(inFirst)); // the sender is still sending
      }
    });
    main.on("forward", (event, args) -> other.renderer().postMessage("forwarded", null, event.ports()));
    other.ipc().on("forwarded", (event, args) -> {
      MessagePort inSecond = event.ports().get(0);
      inSecond.onMessage(message -> {
        seen.add(message.data());
        if (message.data().equals(200)) {
          other.ipc().postMessage("home", null, List.of(inSecond));
        }
      });
      inSecond.start();
    });
    main.on("home", (event, args) -> {
      MessagePort home = event.ports().get(0);
      home.onMessage(message -> seen.add(message.data()));
      home.start();
    });
    inFirst.start();

    Thread sender = new Thread(() -> {
      for (int i = 0; i < count; i++) {
        channel.port1().postMessage(i);
      }
    }, "port-sender");
    sender.start();
    sender.join();

    eventually(() -> seen.size() >= count, "every message arrives somewhere");
    assertInOrder(count, seen);
  }

  /** Checks that {@code seen} is 0 … count − 1, naming the first place it is not (not the whole list). */
  private static void assertInOrder(int count, List<Object> seen) {
    List<Object> copy = List.copyOf(seen);
    for (int i = 0; i < copy.size(); i++) {
      assertEquals(i, copy.get(i), "message at " + i + " of " + copy.size());
    }
    assertEquals(count, copy.size());
  }

  /** Electron: "can forward a port from one renderer to another renderer", here created by main. */
  @Test
  void twoRenderersTalkThroughAPairMainPostedToEach() {
    ConnectedRenderer other = startRenderer(main);
    MessageChannelMain channel = new MessageChannelMain();
    CompletableFuture<IpcRendererEvent> firstGot = portArrives(ipc, "peer");
    CompletableFuture<IpcRendererEvent> secondGot = portArrives(other.ipc(), "peer");

    renderer.postMessage("peer", "you are first", List.of(channel.port1()));
    other.renderer().postMessage("peer", "you are second", List.of(channel.port2()));

    MessagePort first = await(firstGot).ports().get(0);
    MessagePort second = await(secondGot).ports().get(0);
    Inbox<Object> atFirst = listen(first);
    Inbox<Object> atSecond = listen(second);
    for (int i = 0; i < 100; i++) {
      first.postMessage(i);
    }
    for (int i = 0; i < 100; i++) {
      assertEquals(i, atSecond.take());
    }
    second.postMessage("back");
    assertEquals("back", atFirst.take());
    CompletableFuture<Boolean> firstSawClose = closeOf(first);
    second.close();
    assertTrue(await(firstSawClose));
  }

  /** Main forwards a port a renderer posted on to another renderer, as Electron's docs show. */
  @Test
  void mainForwardsARenderersPortToAnotherRenderer() {
    ConnectedRenderer other = startRenderer(main);
    Renderer second = other.renderer();
    main.on("forward", (event, args) -> second.postMessage("forwarded", args[0], event.ports()));
    MessageChannelMain channel = new MessageChannelMain();
    CompletableFuture<IpcRendererEvent> arrived = portArrives(ipc, "port");
    renderer.postMessage("port", null, List.of(channel.port2()));
    MessagePort inFirst = await(arrived).ports().get(0);
    CompletableFuture<IpcRendererEvent> forwarded = portArrives(other.ipc(), "forwarded");

    ipc.postMessage("forward", "via main", List.of(inFirst));

    MessagePort inSecond = await(forwarded).ports().get(0);
    Inbox<Object> inbox = listen(inSecond);
    channel.port1().postMessage("reaches the second renderer");
    assertEquals("reaches the second renderer", inbox.take());
    eventually(() -> inFirst.isClosed(), "the forwarded port is neutered in the first renderer");
  }
}
