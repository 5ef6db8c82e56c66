package org.typedipc.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.conformance.Fences.syncWithFrame;
import static org.typedipc.runtime.conformance.Fences.syncWithMain;
import static org.typedipc.runtime.conformance.Inboxes.listen;
import static org.typedipc.runtime.testing.Waits.SHORT_DEADLINE;
import static org.typedipc.runtime.testing.Waits.assertFailsWith;
import static org.typedipc.runtime.testing.Waits.assertThrowsAtOnce;
import static org.typedipc.runtime.testing.Waits.await;
import static org.typedipc.runtime.testing.Waits.eventually;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcNoHandlerException;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcTimeoutException;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.conformance.Inboxes.MainMessage;
import org.typedipc.runtime.conformance.Inboxes.RendererMessage;
import org.typedipc.runtime.testing.IpcFixture;
import org.typedipc.runtime.testing.OverEveryTransport;
import org.typedipc.runtime.testing.Waits.Inbox;

/**
 * Frames and scopes: replies reach the sending frame, and messages cascade frame → renderer →
 * global (45–61, 66, 81, 85–94, 101).
 */
@OverEveryTransport
class ScopeAndFrameConformanceTest extends IpcFixture {
  @Test
  void eventReplyReachesTheFrameThatSent() { // 66, 86, 88, 90
    main.on("ping", (event, args) -> event.reply("pong", args[0]));
    IpcRenderer sub = openFrame(ipc);
    IpcRenderer nested = openFrame(sub);
    Inbox<RendererMessage> mainFrameInbox = listen(ipc, "pong");
    Inbox<RendererMessage> subInbox = listen(sub, "pong");
    Inbox<RendererMessage> nestedInbox = listen(nested, "pong");

    ipc.send("ping", "hello");
    sub.send("ping", "from sub");
    nested.send("ping", "from nested");

    assertArrayEquals(new Object[] {"hello"}, mainFrameInbox.take().args());
    assertArrayEquals(new Object[] {"from sub"}, subInbox.take().args());
    assertArrayEquals(new Object[] {"from nested"}, nestedInbox.take().args());
    for (IpcRenderer frame : List.of(ipc, sub, nested)) {
      syncWithFrame(renderer, frame);
    }
    assertEquals(0, mainFrameInbox.size() + subInbox.size() + nestedInbox.size(), "a reply reached another frame");
  }

  @Test
  void eventSenderSendReachesTheMainFrame() {
    main.on("ping", (event, args) -> event.sender().send("pong", args[0]));
    IpcRenderer sub = openFrame(ipc);
    Inbox<RendererMessage> mainFrameInbox = listen(ipc, "pong");
    Inbox<RendererMessage> subInbox = listen(sub, "pong");

    sub.send("ping", "from sub");

    assertArrayEquals(new Object[] {"from sub"}, mainFrameInbox.take().args());
    syncWithFrame(renderer, sub);
    assertEquals(0, subInbox.size());
  }

  @Test
  void eventSenderFrameSendReachesTheFrameThatSent() { // 87, 89, 91
    main.on("ping", (event, args) -> event.senderFrame().send("pong", args[0]));
    IpcRenderer sub = openFrame(ipc);
    IpcRenderer nested = openFrame(sub);
    Inbox<RendererMessage> mainFrameInbox = listen(ipc, "pong");
    Inbox<RendererMessage> nestedInbox = listen(nested, "pong");

    nested.send("ping", "deep");
    ipc.send("ping", "top");

    assertArrayEquals(new Object[] {"deep"}, nestedInbox.take().args());
    assertArrayEquals(new Object[] {"top"}, mainFrameInbox.take().args());
    syncWithFrame(renderer, ipc);
    syncWithFrame(renderer, nested);
    assertEquals(0, mainFrameInbox.size() + nestedInbox.size());
  }

  @Test
  void aSubframeIsFoundByMainOnceItsAcknowledgementArrives() {
    assertEquals(ipc, await(connection.whenKnownToMain(ipc)), "the main frame is known from the handshake on");
    IpcRenderer sub = connection.openFrame(ipc);
    IpcRenderer nested = connection.openFrame(sub);

    assertEquals(nested, await(connection.whenKnownToMain(nested)));
    assertEquals(sub, await(connection.whenKnownToMain(sub)));
    for (IpcRenderer frame : List.of(sub, nested)) {
      Frame known = main.frame(renderer.processId(), frame.frameId()).orElseThrow(() -> new AssertionError(
          "main does not know frame " + frame.frameId() + " after acknowledging it"));
      Inbox<MainMessage> scoped = listen(known.ipc(), "hello");
      Inbox<MainMessage> global = listen(main, "hello");
      frame.send("hello", frame.frameId());
      assertArrayEquals(new Object[] {frame.frameId()}, scoped.take().args());
      assertEquals(frame.frameId(), global.take().event().frameId());
    }
  }

  @Test
  void whenKnownToMainTakesOnlyFramesOfItsConnection() {
    IpcRenderer stranger = startRenderer(main).ipc();
    assertThrows(IllegalArgumentException.class, () -> connection.whenKnownToMain(stranger));
  }

  @Test
  void aFrameClosedBeforeItsAcknowledgementFailsTheWait() {
    IpcRenderer sub = connection.openFrame(ipc);
    CompletionStage<IpcRenderer> known = connection.whenKnownToMain(sub);
    sub.close();
    // Closing settles the wait at once. The acknowledgement may have come first: then main knew
    // the frame and the wait succeeded; otherwise it fails, saying so.
    CompletableFuture<IpcRenderer> settled = known.toCompletableFuture();
    assertTrue(settled.isDone(), "closing the frame settles the wait");
    if (settled.isCompletedExceptionally()) {
      IpcDisconnectedException failure = assertFailsWith(IpcDisconnectedException.class, known);
      assertTrue(failure.getMessage().contains("closed before main acknowledged it"), failure.getMessage());
    } else {
      assertEquals(sub, settled.join());
    }
    eventually(() -> renderer.frame(sub.frameId()).isEmpty(), "main drops the closed subframe");
  }

  @Test
  void mainCanSendToOneChosenFrame() { // 81
    IpcRenderer sub = openFrame(ipc);
    Inbox<RendererMessage> mainFrameInbox = listen(ipc, "msg");
    Inbox<RendererMessage> subInbox = listen(sub, "msg");

    assertTrue(renderer.sendToFrame(sub.frameId(), "msg", "to sub"));
    assertArrayEquals(new Object[] {"to sub"}, subInbox.take().args());
    syncWithFrame(renderer, ipc);
    assertEquals(0, mainFrameInbox.size(), "the main frame got a message sent to the subframe");

    assertTrue(renderer.sendToFrame(ipc.frameId(), "msg", "to main frame"));
    assertArrayEquals(new Object[] {"to main frame"}, mainFrameInbox.take().args());
    frameOf(sub).send("msg", "through the frame handle");
    assertArrayEquals(new Object[] {"through the frame handle"}, subInbox.take().args());

    int unknown = 1 + Math.max(ipc.frameId(), sub.frameId()) + 1000;
    assertFalse(renderer.sendToFrame(unknown, "msg", "to nobody"));
    syncWithFrame(renderer, ipc);
    syncWithFrame(renderer, sub);
    assertEquals(0, mainFrameInbox.size() + subInbox.size());
  }

  @Test
  void theEventTellsWhichFrameSent() { // 85, 101
    IpcRenderer sub = openFrame(ipc);
    IpcRenderer nested = openFrame(sub);
    Inbox<MainMessage> inbox = listen(main, "who");
    main.handle("who", (event, args) -> Arrays.asList(event.frameId(), event.senderFrame().id(),
        event.senderFrame().isMainFrame(), event.sender().id(), event.processId()));

    assertTrue(ipc.isMainFrame());
    assertFalse(sub.isMainFrame());
    assertFalse(nested.isMainFrame());
    assertEquals(3, Set.of(ipc.frameId(), sub.frameId(), nested.frameId()).size(), "frame ids are distinct");
    assertEquals(ipc.frameId(), renderer.mainFrame().id());
    assertEquals(List.of(ipc.frameId(), sub.frameId(), nested.frameId()),
        renderer.frames().stream().map(Frame::id).collect(Collectors.toList()), "frames, the main frame first");

    ipc.send("who");
    IpcMainEvent fromMain = inbox.take().event();
    assertEquals(ipc.frameId(), fromMain.frameId());
    assertTrue(fromMain.senderFrame().isMainFrame());
    assertEquals(Optional.empty(), fromMain.senderFrame().parent());
    assertEquals(renderer.id(), fromMain.senderFrame().renderer().id());

    sub.send("who");
    IpcMainEvent fromSub = inbox.take().event();
    assertEquals(sub.frameId(), fromSub.frameId());
    assertEquals(sub.frameId(), fromSub.senderFrame().id());
    assertFalse(fromSub.senderFrame().isMainFrame());
    assertEquals(ipc.frameId(), fromSub.senderFrame().parent().orElseThrow().id());
    assertEquals(renderer.id(), fromSub.sender().id());
    assertEquals(renderer.processId(), fromSub.processId());

    nested.send("who");
    IpcMainEvent fromNested = inbox.take().event();
    assertEquals(nested.frameId(), fromNested.frameId());
    assertEquals(sub.frameId(), fromNested.senderFrame().parent().orElseThrow().id());

    assertEquals(Arrays.asList(sub.frameId(), sub.frameId(), false, renderer.id(), renderer.processId()),
        await(sub.invoke("who")));
    assertEquals(Arrays.asList(ipc.frameId(), ipc.frameId(), true, renderer.id(), renderer.processId()),
        await(ipc.invoke("who")));
  }

  @Test
  void messagesCascadeFromFrameToRendererToGlobalScopeAndAllFire() { // 45–46, 49, 53–54, 57
    List<String> log = new CopyOnWriteArrayList<>();
    renderer.mainFrame().ipc().on("ch", (event, args) -> {
      log.add("frame:" + args[0]);
      event.setReturnValue("frame");
    });
    renderer.ipc().on("ch", (event, args) -> {
      log.add("renderer:" + args[0]);
      event.setReturnValue("renderer");
    });
    main.on("ch", (event, args) -> {
      log.add("global:" + args[0]);
      event.setReturnValue("global");
    });

    ipc.send("ch", 42);
    syncWithMain(main, ipc);
    assertEquals(List.of("frame:42", "renderer:42", "global:42"), log);

    log.clear();
    assertEquals("frame", ipc.sendSync("ch", 43));
    syncWithMain(main, ipc);
    assertEquals(List.of("frame:43", "renderer:43", "global:43"), log);
  }

  @Test
  void aScopedListenerAloneAnswersSendSync() { // 46, 54
    renderer.ipc().on("double", (event, args) -> event.setReturnValue((Integer) args[0] * 2));
    assertEquals(84, ipc.sendSync("double", 42));

    renderer.mainFrame().ipc().on("triple", (event, args) -> event.setReturnValue((Integer) args[0] * 3));
    assertEquals(126, ipc.sendSync("triple", 42));
  }

  @Test
  void invokeGoesToTheFirstScopeWithAHandler() { // 48, 50–51, 56, 58–60
    Frame frame = renderer.mainFrame();
    frame.ipc().handle("ch", (event, args) -> "frame");
    renderer.ipc().handle("ch", (event, args) -> "renderer");
    main.handle("ch", (event, args) -> "global");

    assertEquals("frame", await(ipc.invoke("ch")));
    frame.ipc().removeHandler("ch");
    assertEquals("renderer", await(ipc.invoke("ch")));
    renderer.ipc().removeHandler("ch");
    assertEquals("global", await(ipc.invoke("ch")));
    main.removeHandler("ch");
    assertFailsWith(IpcNoHandlerException.class, ipc.invoke("ch"));

    renderer.ipc().handleOnce("once", (event, args) -> "renderer once");
    main.handle("once", (event, args) -> "global");
    assertEquals("renderer once", await(ipc.invoke("once")));
    assertEquals("global", await(ipc.invoke("once")), "only the scope that served the call lost its once-handler");
    assertTrue(main.hasHandler("once"));

    frame.ipc().handle("skip", (event, args) -> "frame");
    main.handle("skip", (event, args) -> "global");
    assertEquals("frame", await(ipc.invoke("skip")), "the frame overrides global without a renderer handler");
  }

  @Test
  void aSubframesMessagesReachTheSubframesScopeNotTheMainFrames() { // 52, 61
    IpcRenderer sub = openFrame(ipc);
    Frame subFrame = frameOf(sub);
    List<String> log = new CopyOnWriteArrayList<>();
    renderer.mainFrame().ipc().on("ch", (event, args) -> log.add("main frame"));
    subFrame.ipc().on("ch", (event, args) -> log.add("subframe"));
    renderer.ipc().on("ch", (event, args) -> log.add("renderer"));

    sub.send("ch");
    syncWithMain(main, sub);
    assertEquals(List.of("subframe", "renderer"), log);

    renderer.mainFrame().ipc().handle("inv", (event, args) -> "main frame");
    main.handle("inv", (event, args) -> "global");
    assertEquals("global", await(sub.invoke("inv")), "the main frame's handler served a subframe");
    subFrame.ipc().handle("inv", (event, args) -> "subframe");
    assertEquals("subframe", await(sub.invoke("inv")));
    assertEquals("main frame", await(ipc.invoke("inv")));
  }

  @Test
  void theCatchAllHookSeesEveryMessageBeforeTheScopes() { // 92–94
    IpcRenderer sub = openFrame(ipc);
    List<String> log = new CopyOnWriteArrayList<>();
    renderer.onIpcMessage((event, channel, args) -> {
      if (!channel.startsWith(Fences.CHANNEL_PREFIX)) {
        log.add("hook " + channel + " " + Arrays.asList(args) + " sync=" + event.isSync() + " frame=" + event.frameId());
      }
    });
    renderer.mainFrame().ipc().on("a", (event, args) -> log.add("frame"));
    renderer.ipc().on("a", (event, args) -> log.add("renderer"));
    main.on("a", (event, args) -> {
      log.add("global");
      event.setReturnValue("answered");
    });

    ipc.send("a", 1, "x");
    syncWithMain(main, ipc);
    assertEquals(List.of("hook a [1, x] sync=false frame=" + ipc.frameId(), "frame", "renderer", "global"), log);

    log.clear();
    assertEquals("answered", ipc.sendSync("a", 2));
    syncWithMain(main, ipc);
    assertEquals(List.of("hook a [2] sync=true frame=" + ipc.frameId(), "frame", "renderer", "global"), log);

    log.clear();
    sub.send("unheard", "from sub", null);
    syncWithMain(main, sub);
    assertEquals(List.of("hook unheard [from sub, null] sync=false frame=" + sub.frameId()), log);
  }

  @Test
  void theCatchAllHookMayAnswerSendSyncAndCountsAsAListener() { // 93
    Registration answering = renderer.onIpcMessage((event, channel, args) -> {
      if (event.isSync() && channel.equals("sync-q")) {
        event.setReturnValue("foobar");
      }
    });
    assertEquals("foobar", ipc.sendSync("sync-q"));

    // A hook that does not answer still counts: the call waits for its deadline, it does not fail at once.
    assertThrows(IpcTimeoutException.class, () -> ipc.withDeadline(SHORT_DEADLINE).sendSync("unanswered"));

    answering.close();
    assertThrowsAtOnce(IpcNoHandlerException.class, () -> ipc.sendSync("sync-q"));
  }
}
