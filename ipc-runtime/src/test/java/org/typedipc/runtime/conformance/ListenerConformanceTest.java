package org.typedipc.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.conformance.Fences.syncWithFrame;
import static org.typedipc.runtime.conformance.Fences.syncWithMain;
import static org.typedipc.runtime.conformance.Inboxes.IGNORE;
import static org.typedipc.runtime.conformance.Inboxes.listen;
import static org.typedipc.runtime.testing.Waits.assertThrowsAtOnce;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcMainListener;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.IpcMainScope;
import org.typedipc.runtime.IpcNoHandlerException;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcRendererListener;
import org.typedipc.runtime.conformance.Inboxes.MainMessage;
import org.typedipc.runtime.conformance.Inboxes.RendererMessage;
import org.typedipc.runtime.testing.IpcFixture;
import org.typedipc.runtime.testing.OverEveryTransport;
import org.typedipc.runtime.testing.Waits.Inbox;

/**
 * {@code on}, {@code once}, {@code off} and the listener lists, in main and in renderers (63–68,
 * 76–79, 105–106).
 */
@OverEveryTransport
class ListenerConformanceTest extends IpcFixture {
  @Test
  void mainListenersReceiveTheEventAndTheArguments() {
    Inbox<MainMessage> inbox = listen(main, "test");

    ipc.send("test", 42, "two");

    MainMessage message = inbox.take();
    assertArrayEquals(new Object[] {42, "two"}, message.args());
    IpcMainEvent event = message.event();
    assertEquals("test", event.channel());
    assertFalse(event.isSync());
    assertEquals(renderer.id(), event.sender().id());
    assertEquals(renderer.processId(), event.processId());
    assertEquals(ipc.frameId(), event.frameId());
    assertEquals(ipc.frameId(), event.senderFrame().id());
    assertTrue(event.senderFrame().isMainFrame());
  }

  @Test
  void rendererListenersReceiveTheEventAndTheArguments() {
    Inbox<RendererMessage> inbox = listen(ipc, "test");

    renderer.send("test", 42, "two");

    RendererMessage message = inbox.take();
    assertArrayEquals(new Object[] {42, "two"}, message.args());
    assertEquals("test", message.event().channel());
    assertEquals(ipc.frameId(), message.event().sender().frameId());
  }

  @Test
  void aRendererEventsSenderSendsBackAsItsFrame() {
    IpcRenderer sub = openFrame(ipc);
    Inbox<MainMessage> inbox = listen(main, "back");
    IpcRendererListener echo = (event, args) -> event.sender().send("back", args[0]);
    ipc.on("ask", echo);
    sub.on("ask", echo);

    renderer.sendToFrame(sub.frameId(), "ask", "sub");
    MainMessage fromSub = inbox.take();
    renderer.send("ask", "main frame");
    MainMessage fromMainFrame = inbox.take();

    assertArrayEquals(new Object[] {"sub"}, fromSub.args());
    assertEquals(sub.frameId(), fromSub.event().frameId());
    assertArrayEquals(new Object[] {"main frame"}, fromMainFrame.args());
    assertEquals(ipc.frameId(), fromMainFrame.event().frameId());
  }

  @Test
  void severalListenersOnOneChannelAllRunInRegistrationOrder() {
    List<String> log = new CopyOnWriteArrayList<>();
    main.on("ch", (event, args) -> log.add("a"));
    main.addListener("ch", (event, args) -> log.add("b"));
    main.once("ch", (event, args) -> log.add("c"));
    main.on("ch", (event, args) -> log.add("d"));

    ipc.send("ch");
    syncWithMain(main, ipc);
    assertEquals(List.of("a", "b", "c", "d"), log);

    List<String> rendererLog = new CopyOnWriteArrayList<>();
    ipc.on("ev", (event, args) -> rendererLog.add("a"));
    ipc.addListener("ev", (event, args) -> rendererLog.add("b"));
    ipc.once("ev", (event, args) -> rendererLog.add("c"));
    ipc.on("ev", (event, args) -> rendererLog.add("d"));

    renderer.send("ev");
    syncWithFrame(renderer, ipc);
    assertEquals(List.of("a", "b", "c", "d"), rendererLog);
  }

  @Test
  void onceFiresAtMostOnceAndIsRemovedBeforeItRuns() {
    AtomicInteger fired = new AtomicInteger();
    AtomicInteger countInside = new AtomicInteger(-1);
    main.once("ch", (event, args) -> {
      fired.incrementAndGet();
      countInside.set(main.listenerCount("ch"));
      throw new IllegalStateException("a failing once listener still fires only once");
    });
    assertEquals(1, main.listenerCount("ch"));

    assertDoesNotThrow(() -> ipc.send("ch"), "a main listener's failure never reaches the sender");
    ipc.send("ch");
    syncWithMain(main, ipc);

    assertEquals(1, fired.get());
    assertEquals(0, countInside.get(), "the once listener was still registered while it ran");
    assertEquals(0, main.listenerCount("ch"));
    assertEquals(Set.of(), main.eventNames());

    AtomicInteger rendererFired = new AtomicInteger();
    AtomicInteger rendererCountInside = new AtomicInteger(-1);
    ipc.once("ev", (event, args) -> {
      rendererFired.incrementAndGet();
      rendererCountInside.set(ipc.listenerCount("ev"));
    });
    renderer.send("ev");
    renderer.send("ev");
    syncWithFrame(renderer, ipc);
    assertEquals(1, rendererFired.get());
    assertEquals(0, rendererCountInside.get());
    assertEquals(0, ipc.listenerCount("ev"));
  }

  @Test
  void onceCanBeRemovedBeforeItFiresWithTheOriginalListener() {
    AtomicInteger fired = new AtomicInteger();
    IpcMainListener listener = (event, args) -> fired.incrementAndGet();
    main.once("a", listener);
    main.off("a", listener);
    main.once("b", listener);
    main.removeListener("b", listener);
    main.once("c", listener).close();

    assertEquals(Set.of(), main.eventNames());
    ipc.send("a");
    ipc.send("b");
    ipc.send("c");
    syncWithMain(main, ipc);
    assertEquals(0, fired.get());

    AtomicInteger rendererFired = new AtomicInteger();
    IpcRendererListener rendererListener = (event, args) -> rendererFired.incrementAndGet();
    ipc.once("a", rendererListener);
    ipc.off("a", rendererListener);
    ipc.once("b", rendererListener);
    ipc.removeListener("b", rendererListener);
    assertEquals(Set.of(), ipc.eventNames());
    renderer.send("a");
    renderer.send("b");
    syncWithFrame(renderer, ipc);
    assertEquals(0, rendererFired.get());
  }

  @Test
  void aOnceListenerAnswersOneSendSyncAndThenNobodyListens() {
    main.once("sync", (event, args) -> event.setReturnValue("once"));

    assertEquals("once", ipc.sendSync("sync"));
    assertThrowsAtOnce(IpcNoHandlerException.class, () -> ipc.sendSync("sync"));
  }

  @Test
  void removeListenerRemovesTheMostRecentRegistrationOfATwiceAddedListener() {
    List<String> log = new CopyOnWriteArrayList<>();
    IpcMainListener l = (event, args) -> log.add("L");
    IpcMainListener m = (event, args) -> log.add("M");
    main.on("ch", l);
    main.on("ch", m);
    main.on("ch", l);

    main.removeListener("ch", l);

    ipc.send("ch");
    syncWithMain(main, ipc);
    assertEquals(List.of("L", "M"), log);

    // on + once of the same listener: off removes the once, the most recent.
    AtomicInteger fired = new AtomicInteger();
    IpcMainListener counted = (event, args) -> fired.incrementAndGet();
    main.on("twice", counted);
    main.once("twice", counted);
    main.off("twice", counted);
    ipc.send("twice");
    ipc.send("twice");
    syncWithMain(main, ipc);
    assertEquals(2, fired.get(), "the plain listener stays and fires for both messages");

    List<String> rendererLog = new CopyOnWriteArrayList<>();
    IpcRendererListener rl = (event, args) -> rendererLog.add("L");
    IpcRendererListener rm = (event, args) -> rendererLog.add("M");
    ipc.on("ev", rl);
    ipc.on("ev", rm);
    ipc.on("ev", rl);
    ipc.removeListener("ev", rl);
    renderer.send("ev");
    syncWithFrame(renderer, ipc);
    assertEquals(List.of("L", "M"), rendererLog);
  }

  @Test
  void listenersAddedOrRemovedDuringADeliveryTakeEffectFromTheNextMessage() {
    List<String> log = new CopyOnWriteArrayList<>();
    IpcMainListener later = (event, args) -> log.add("later " + args[0]);
    main.on("ch", (event, args) -> {
      log.add("first " + args[0]);
      if (args[0].equals(1)) {
        main.on("ch", (e2, a2) -> log.add("added " + a2[0]));
        main.off("ch", later);
      }
    });
    main.on("ch", later);

    ipc.send("ch", 1);
    ipc.send("ch", 2);
    syncWithMain(main, ipc);

    assertEquals(List.of("first 1", "later 1", "first 2", "added 2"), log);
  }

  @Test
  void removeAllListenersOfAChannelRemovesOnlyThatChannel() { // 67, 78
    for (IpcMainScope scope : List.of(main, renderer.ipc(), renderer.mainFrame().ipc())) {
      scope.on("channel1", IGNORE);
      scope.once("channel1", IGNORE);
      scope.on("channel2", IGNORE);
      scope.removeAllListeners("channel1");
      assertEquals(Set.of("channel2"), scope.eventNames(), String.valueOf(scope));
      assertEquals(0, scope.listenerCount("channel1"));
      assertEquals(1, scope.listenerCount("channel2"));
    }

    ipc.on("channel1", (event, args) -> {});
    ipc.on("channel2", (event, args) -> {});
    ipc.removeAllListeners("channel1");
    assertEquals(Set.of("channel2"), ipc.eventNames());

    AtomicInteger fired = new AtomicInteger();
    main.on("channel2", (event, args) -> fired.incrementAndGet());
    main.removeAllListeners("channel1");
    ipc.send("channel2");
    syncWithMain(main, ipc);
    assertEquals(1, fired.get(), "listeners of other channels still run");
  }

  @Test
  void removeAllListenersWithoutAChannelRemovesEveryChannel() { // 68, 79
    AtomicInteger fired = new AtomicInteger();
    for (IpcMainScope scope : List.of(main, renderer.ipc(), renderer.mainFrame().ipc())) {
      scope.on("channel1", (event, args) -> fired.incrementAndGet());
      scope.once("channel2", (event, args) -> fired.incrementAndGet());
      scope.removeAllListeners();
      assertEquals(Set.of(), scope.eventNames(), String.valueOf(scope));
    }
    ipc.send("channel1");
    ipc.send("channel2");
    syncWithMain(main, ipc);
    assertEquals(0, fired.get());

    ipc.on("channel1", (event, args) -> fired.incrementAndGet());
    ipc.on("channel2", (event, args) -> fired.incrementAndGet());
    ipc.removeAllListeners();
    assertEquals(Set.of(), ipc.eventNames());
    renderer.send("channel1");
    syncWithFrame(renderer, ipc);
    assertEquals(0, fired.get());
  }

  @Test
  void channelListsStartEmptyOnEverySide() { // 65, 77, 105
    IpcMain fresh = startMain(IpcMainOptions.defaults());
    assertEquals(Set.of(), fresh.eventNames());
    assertEquals(0, fresh.listenerCount("error"));
    assertFalse(fresh.hasHandler("error"));

    IpcRenderer sub = openFrame(ipc);
    assertEquals(Set.of(), main.eventNames());
    assertEquals(Set.of(), renderer.ipc().eventNames());
    assertEquals(Set.of(), renderer.mainFrame().ipc().eventNames());
    assertEquals(Set.of(), frameOf(sub).ipc().eventNames());
    assertEquals(Set.of(), ipc.eventNames());
    assertEquals(Set.of(), sub.eventNames());

    // A message on 'error' nobody listens to does not disturb main.
    ipc.send("error", "nobody listens");
    syncWithMain(main, ipc);
    assertEquals(Set.of(), main.eventNames());
  }

  @Test
  void listenerCountAndEventNamesFollowRegistrations() {
    main.on("b", IGNORE);
    main.on("a", IGNORE);
    main.once("b", IGNORE);

    assertEquals(List.of("b", "a"), new ArrayList<>(main.eventNames()), "in the order channels got their first listener");
    assertEquals(2, main.listenerCount("b"));
    assertEquals(1, main.listenerCount("a"));
    assertEquals(0, main.listenerCount("none"));

    ipc.send("b");
    syncWithMain(main, ipc);
    assertEquals(1, main.listenerCount("b"), "the once listener is gone after it fired");

    ipc.on("x", (event, args) -> {});
    ipc.once("x", (event, args) -> {});
    ipc.on("y", (event, args) -> {});
    assertEquals(Set.of("x", "y"), ipc.eventNames());
    assertEquals(2, ipc.listenerCount("x"));
    assertEquals(0, ipc.listenerCount("none"));
  }

  @Test
  void aMessageFromMainWithoutAListenerIsDroppedAndCountedPerChannel() {
    Inbox<Object> heard = new Inbox<>();
    ipc.on("heard", (event, args) -> heard.add(args[0]));
    renderer.send("nobody", 1);
    renderer.send("nobody", 2);
    renderer.send("other", 3);
    renderer.send("heard", 4);

    assertEquals(4, heard.take());
    assertEquals(Map.of("nobody", 2L, "other", 1L), connection.unheardMessages());
  }
}
