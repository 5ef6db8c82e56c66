package org.typedipc.blackbox.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.typedipc.runtime.testing.Waits.assertFailsWith;
import static org.typedipc.runtime.testing.Waits.await;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.typedipc.blackbox.conformance.Conformance.FrameInfo;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcNoHandlerException;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.testing.OverEveryTransport;
import org.typedipc.runtime.testing.Waits.Inbox;

/**
 * Frames and scopes through typed channels: typed events reach the frame they are sent to, and
 * typed messages cascade frame → renderer → global.
 */
@OverEveryTransport
class TypedScopeAndFrameConformanceTest extends TypedConformanceFixture {
  /** A typed pong listener on {@code frame} that collects the texts. */
  private static Inbox<String> pongs(IpcRenderer frame) {
    Inbox<String> inbox = new Inbox<>();
    ConformanceEventsIpc.renderer(frame).onPong((event, text) -> inbox.add(text));
    return inbox;
  }

  @Test
  void replyToTheEventReachesTheFrameThatSent() {
    global.onPing((event, text) -> ConformanceEventsIpc.replyTo(event).pong("re: " + text));
    IpcRenderer sub = openFrame(ipc);
    IpcRenderer nested = openFrame(sub);
    Inbox<String> mainFrameInbox = pongs(ipc);
    Inbox<String> subInbox = pongs(sub);
    Inbox<String> nestedInbox = pongs(nested);

    calls.ping("hello");
    ConformanceIpc.renderer(sub).ping("from sub");
    ConformanceIpc.renderer(nested).ping("from nested");

    assertEquals("re: hello", mainFrameInbox.take());
    assertEquals("re: from sub", subInbox.take());
    assertEquals("re: from nested", nestedInbox.take());
    for (IpcRenderer frame : List.of(ipc, sub, nested)) {
      syncWithFrame(frame);
    }
    assertEquals(0, mainFrameInbox.size() + subInbox.size() + nestedInbox.size(), "a reply reached another frame");
  }

  @Test
  void toTheEventsSenderReachesTheMainFrameAndToItsFrameTheSendingFrame() {
    IpcRenderer sub = openFrame(ipc);
    IpcRenderer nested = openFrame(sub);
    Inbox<String> mainFrameInbox = pongs(ipc);
    Inbox<String> subInbox = pongs(sub);
    Inbox<String> nestedInbox = pongs(nested);
    global.onPing((event, text) -> ConformanceEventsIpc.to(event.sender()).pong("renderer " + text));
    global.onOther((event, text) -> ConformanceEventsIpc.to(event.senderFrame()).pong("frame " + text));

    ConformanceIpc.renderer(sub).ping("from sub");
    assertEquals("renderer from sub", mainFrameInbox.take());

    ConformanceIpc.renderer(nested).other("deep");
    assertEquals("frame deep", nestedInbox.take());
    calls.other("top");
    assertEquals("frame top", mainFrameInbox.take());

    for (IpcRenderer frame : List.of(ipc, sub, nested)) {
      syncWithFrame(frame);
    }
    assertEquals(0, mainFrameInbox.size() + subInbox.size() + nestedInbox.size());
  }

  @Test
  void typedEventsToAChosenFrameReachOnlyThatFrame() {
    IpcRenderer sub = openFrame(ipc);
    Inbox<String> mainFrameInbox = pongs(ipc);
    Inbox<String> subInbox = pongs(sub);

    ConformanceEventsIpc.to(frameOf(sub)).pong("to sub");
    assertEquals("to sub", subInbox.take());
    ConformanceEventsIpc.to(renderer.mainFrame()).pong("to main frame");
    assertEquals("to main frame", mainFrameInbox.take());
    ConformanceEventsIpc.to(renderer).pong("to renderer");
    assertEquals("to renderer", mainFrameInbox.take());

    syncWithFrame(ipc);
    syncWithFrame(sub);
    assertEquals(0, mainFrameInbox.size() + subInbox.size());
  }

  @Test
  void theTypedEventTellsWhichFrameSent() {
    IpcRenderer sub = openFrame(ipc);
    global.handleWho(event -> new FrameInfo(event.frameId(), event.senderFrame().id(),
        event.senderFrame().isMainFrame(), event.sender().id()));

    assertEquals(new FrameInfo(ipc.frameId(), ipc.frameId(), true, renderer.id()), await(calls.who()));
    assertEquals(new FrameInfo(sub.frameId(), sub.frameId(), false, renderer.id()),
        await(ConformanceIpc.renderer(sub).who()));
  }

  @Test
  void typedMessagesCascadeFromFrameToRendererToGlobalScopeAndAllFire() {
    List<String> log = new CopyOnWriteArrayList<>();
    ConformanceIpc.main(renderer.mainFrame().ipc()).onNote((event, text) -> log.add("frame:" + text));
    ConformanceIpc.main(renderer.ipc()).onNote((event, text) -> log.add("renderer:" + text));
    global.onNote((event, text) -> log.add("global:" + text));
    ConformanceIpc.main(renderer.mainFrame().ipc()).onAsk((event, q) -> {
      log.add("frame:" + q);
      return "frame";
    });
    ConformanceIpc.main(renderer.ipc()).onAsk((event, q) -> {
      log.add("renderer:" + q);
      return "renderer";
    });
    global.onAsk((event, q) -> {
      log.add("global:" + q);
      return "global";
    });

    calls.note("42");
    syncWithMain(ipc);
    assertEquals(List.of("frame:42", "renderer:42", "global:42"), log);

    log.clear();
    assertEquals("frame", calls.ask("43"));
    syncWithMain(ipc);
    assertEquals(List.of("frame:43", "renderer:43", "global:43"), log);
  }

  @Test
  void aTypedScopedListenerAloneAnswersSendSync() {
    ConformanceIpc.main(renderer.ipc()).onOrderSync((event, i) -> i * 2);
    assertEquals(84, calls.orderSync(42));
    ConformanceIpc.main(renderer.mainFrame().ipc()).onAsk((event, q) -> "frame " + q);
    assertEquals("frame q", calls.ask("q"));
  }

  @Test
  void typedInvokeGoesToTheFirstScopeWithAHandler() {
    ConformanceIpc.Registrar frame = ConformanceIpc.main(renderer.mainFrame().ipc());
    ConformanceIpc.Registrar rendererScope = ConformanceIpc.main(renderer.ipc());
    Registration frameHandler = frame.handleWhich(event -> "frame");
    rendererScope.handleWhichAsync(event -> CompletableFuture.completedFuture("renderer"));
    global.handleWhich(event -> "global");

    assertEquals("frame", await(calls.which()));
    frameHandler.close();
    assertEquals("renderer", await(calls.which()));
    renderer.ipc().removeHandler(ConformanceIpc.WHICH);
    assertEquals("global", await(calls.which()));
    main.removeHandler(ConformanceIpc.WHICH);
    assertFailsWith(IpcNoHandlerException.class, calls.which());

    rendererScope.handleOnceSingle((event, label) -> "renderer once");
    global.handleSingle((event, label) -> "global");
    assertEquals("renderer once", await(calls.single("a")));
    assertEquals("global", await(calls.single("b")), "only the scope that served the call lost its once-handler");

    frame.handleEcho((event, value) -> -value);
    global.handleEcho((event, value) -> value);
    assertEquals(-3, await(calls.echo(3)), "the frame overrides global without a renderer handler");
  }

  @Test
  void aSubframesTypedMessagesReachTheSubframesScopeNotTheMainFrames() {
    IpcRenderer sub = openFrame(ipc);
    Frame subFrame = frameOf(sub);
    Conformance subCalls = ConformanceIpc.renderer(sub);
    List<String> log = new CopyOnWriteArrayList<>();
    ConformanceIpc.main(renderer.mainFrame().ipc()).onNote((event, text) -> log.add("main frame"));
    ConformanceIpc.main(subFrame.ipc()).onNote((event, text) -> log.add("subframe"));
    ConformanceIpc.main(renderer.ipc()).onNote((event, text) -> log.add("renderer"));

    subCalls.note("x");
    syncWithMain(sub);
    assertEquals(List.of("subframe", "renderer"), log);

    ConformanceIpc.main(renderer.mainFrame().ipc()).handleWhich(event -> "main frame");
    global.handleWhich(event -> "global");
    assertEquals("global", await(subCalls.which()), "the main frame's handler served a subframe");
    ConformanceIpc.main(subFrame.ipc()).handleWhich(event -> "subframe");
    assertEquals("subframe", await(subCalls.which()));
    assertEquals("main frame", await(calls.which()));
  }
}
