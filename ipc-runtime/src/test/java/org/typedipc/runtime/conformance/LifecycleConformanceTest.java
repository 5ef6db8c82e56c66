package org.typedipc.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.conformance.Inboxes.IGNORE;
import static org.typedipc.runtime.conformance.Inboxes.listen;
import static org.typedipc.runtime.testing.ContextReleased.assertContextReleased;
import static org.typedipc.runtime.testing.Waits.assertFailsWith;
import static org.typedipc.runtime.testing.Waits.assertThrowsAtOnce;
import static org.typedipc.runtime.testing.Waits.await;
import static org.typedipc.runtime.testing.Waits.eventually;
import static org.typedipc.runtime.testing.Waits.failureOfCall;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcMainListener;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcRendererListener;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.conformance.Inboxes.MainMessage;
import org.typedipc.runtime.testing.ConnectedRenderer;
import org.typedipc.runtime.testing.ContextReleased;
import org.typedipc.runtime.testing.IpcFixture;
import org.typedipc.runtime.testing.OverEveryTransport;
import org.typedipc.runtime.testing.Waits.Inbox;

/**
 * Closing and bad input: what a closed frame, renderer or main does, and which arguments are
 * refused (80, 95–97 as far as one JVM goes).
 */
@OverEveryTransport
class LifecycleConformanceTest extends IpcFixture {
  /** Renderers closed while calling, per race test: the window is narrow, so try it several times. */
  private static final int RACE_ROUNDS = 5;

  private static void assertEveryCallSaysContextReleased(IpcRenderer frame) {
    assertContextReleased(assertThrows(IpcDisconnectedException.class, () -> frame.send("ch", 1)));
    assertContextReleased(assertThrows(IpcDisconnectedException.class, () -> frame.sendSync("ch", 1)));
    assertContextReleased(failureOfCall(() -> frame.invoke("ch", 1)));
    assertContextReleased(assertThrows(IpcDisconnectedException.class, () -> frame.on("ch", (event, args) -> {})));
    assertContextReleased(assertThrows(IpcDisconnectedException.class, () -> frame.once("ch", (event, args) -> {})));
    assertTrue(frame.isClosed());
  }

  @Test
  void usingAnIpcRendererAfterItsConnectionClosedThrowsContextReleased() { // 80
    IpcRenderer sub = openFrame(ipc);
    IpcRenderer bounded = ipc.withDeadline(Duration.ofSeconds(1));

    connection.close();

    assertTrue(connection.isClosed());
    assertEveryCallSaysContextReleased(ipc);
    assertEveryCallSaysContextReleased(sub);
    assertEveryCallSaysContextReleased(bounded);
  }

  @Test
  void onRendererGoneTellsOnceWhichRendererWentAndWhy() {
    ConnectedRenderer second = startRenderer(main);
    List<String> gone = new CopyOnWriteArrayList<>();
    main.onRendererGone((which, why) -> gone.add(which.id() + " " + why.reason()));

    connection.close();
    second.renderer().close();
    second.connection().close();

    eventually(() -> gone.size() == 2, "both renderers reported gone");
    assertEquals(Set.of(renderer.id() + " CLOSED", second.renderer().id() + " CLOSED"), Set.copyOf(gone));
    assertFalse(main.renderers().contains(renderer));
  }

  @Test
  void closingTheMainFrameClosesTheWholeConnection() {
    IpcRenderer sub = openFrame(ipc);

    ipc.close();

    assertTrue(connection.isClosed());
    assertEquals(RendererGone.Reason.CLOSED, await(renderer.whenGone()).reason());
    assertEveryCallSaysContextReleased(sub);
  }

  @Test
  void usingAnIpcRendererAfterMainClosedItsRendererThrowsContextReleased() {
    renderer.close();
    await(connection.whenClosed());

    assertEveryCallSaysContextReleased(ipc);
    assertThrows(IpcDisconnectedException.class, () -> renderer.send("ch", 1), "main cannot send to a closed renderer");
  }

  @Test
  void callsRacingMainsCloseGoThroughUntilTheFirstSaysContextReleasedAndNoneAfterIt() {
    main.on("tick", (event, args) -> {
      if ((Integer) args[0] == 48) {
        event.sender().close();
      }
    });
    for (int round = 0; round < RACE_ROUNDS; round++) {
      callUntilClosed(round == 0 ? new ConnectedRenderer(connection, renderer) : startRenderer(main));
    }
  }

  @Test
  void callsRacingTheRenderersOwnCloseGoThroughUntilTheFirstSaysContextReleasedAndNoneAfterIt() {
    main.on("tick", (event, args) -> {
      if ((Integer) args[0] == 48) {
        event.reply("stop");
      }
    });
    for (int round = 0; round < RACE_ROUNDS; round++) {
      ConnectedRenderer racing = round == 0 ? new ConnectedRenderer(connection, renderer) : startRenderer(main);
      racing.ipc().on("stop", (event, args) -> racing.connection().close());
      callUntilClosed(racing);
    }
  }

  /**
   * Makes every kind of call from this thread while the connection closes from elsewhere (on tick
   * 48), until it is closed and a few more calls failed. Whatever the timing, a call either goes
   * through or throws Electron's context-released error, and once one threw, every later one does;
   * a call already waiting for main when the connection closed fails with a disconnect.
   */
  private void callUntilClosed(ConnectedRenderer racing) {
    if (!main.hasHandler("echo")) {
      main.handle("echo", (event, args) -> args[0]);
      main.on("sync", (event, args) -> event.setReturnValue(args[0]));
    }
    IpcRenderer calls = racing.ipc();
    List<CompletableFuture<Object>> invokes = new CopyOnWriteArrayList<>();
    IpcDisconnectedException released = null;
    int callsAfterClose = 0;
    for (int i = 0; callsAfterClose < 20; i++) {
      if (racing.connection().isClosed()) {
        callsAfterClose++;
      }
      int call = i;
      try {
        switch (i % 4) {
          case 0 -> calls.send("tick", call);
          case 1 -> invokes.add(calls.invoke("echo", call));
          case 2 -> calls.on("noted", (event, args) -> {}).close();
          default -> calls.sendSync("sync", call);
        }
        assertTrue(released == null, () -> "call " + call + " went through after one failed");
      } catch (IpcDisconnectedException e) {
        if (i % 4 == 3 && !e.getMessage().contains(ContextReleased.MESSAGE)) {
          assertTrue(released == null, () -> "sendSync " + call + " was sent after one failed: " + e);
          continue; // a sendSync waiting for main when it closed
        }
        assertContextReleased(e);
        released = released == null ? e : released;
      }
    }
    assertNotNull(released);
    for (CompletableFuture<Object> invoke : invokes) {
      Throwable failure = invoke.handle((value, thrown) -> thrown).join();
      assertTrue(failure == null || failure instanceof IpcDisconnectedException, () -> "an invoke failed with " + failure);
    }
  }

  @Test
  void aClosedSubframeSaysContextReleasedAndTheRestOfTheRendererStaysUsable() {
    IpcRenderer sub = openFrame(ipc);
    Frame subFrame = frameOf(sub);
    subFrame.ipc().on("ch", IGNORE);
    Inbox<MainMessage> inbox = listen(main, "ch");

    sub.close();

    assertEveryCallSaysContextReleased(sub);
    eventually(subFrame::isDetached, "main sees the subframe detached");
    eventually(() -> renderer.frame(sub.frameId()).isEmpty(), "main drops the subframe");
    assertEquals(Set.of(), subFrame.ipc().eventNames(), "the subframe's scope is dropped");
    assertFalse(ipc.isClosed());
    ipc.send("ch", "still here");
    assertArrayEquals(new Object[] {"still here"}, inbox.take().args());
  }

  @Test
  void closingARendererDropsItsScopesButNotTheGlobalOne() {
    Frame mainFrame = renderer.mainFrame();
    renderer.ipc().on("a", IGNORE);
    renderer.ipc().handle("h", (event, args) -> "renderer");
    mainFrame.ipc().on("a", IGNORE);
    mainFrame.ipc().handle("h", (event, args) -> "frame");
    main.on("a", IGNORE);
    main.handle("h", (event, args) -> "global");

    connection.close();
    await(renderer.whenGone());

    assertTrue(renderer.isClosed());
    assertEquals(Set.of(), renderer.ipc().eventNames());
    assertEquals(0, renderer.ipc().listenerCount("a"));
    assertFalse(renderer.ipc().hasHandler("h"));
    assertTrue(mainFrame.isDetached());
    assertEquals(Set.of(), mainFrame.ipc().eventNames());
    assertFalse(mainFrame.ipc().hasHandler("h"));
    assertEquals(1, main.listenerCount("a"));
    assertTrue(main.hasHandler("h"));
  }

  @Test
  void registeringOnAClosedRenderersScopeThrowsIllegalState() {
    Frame mainFrame = renderer.mainFrame();
    renderer.close();
    await(renderer.whenGone());

    assertThrows(IllegalStateException.class, () -> renderer.ipc().on("a", IGNORE));
    assertThrows(IllegalStateException.class, () -> renderer.ipc().once("a", IGNORE));
    assertThrows(IllegalStateException.class, () -> renderer.ipc().handle("a", (event, args) -> 1));
    assertThrows(IllegalStateException.class, () -> renderer.ipc().handleOnce("a", (event, args) -> 1));
    assertThrows(IllegalStateException.class, () -> mainFrame.ipc().on("a", IGNORE));
    assertThrows(IllegalStateException.class, () -> mainFrame.ipc().handle("a", (event, args) -> 1));
    assertEquals(Set.of(), renderer.ipc().eventNames());
  }

  @Test
  void aNullOrEmptyChannelIsAnIllegalArgument() {
    IpcRendererListener rendererListener = (event, args) -> {};
    for (String channel : Arrays.asList(null, "")) {
      assertThrows(IllegalArgumentException.class, () -> main.on(channel, IGNORE));
      assertThrows(IllegalArgumentException.class, () -> main.once(channel, IGNORE));
      assertThrows(IllegalArgumentException.class, () -> main.handle(channel, (event, args) -> 1));
      assertThrows(IllegalArgumentException.class, () -> main.handleOnce(channel, (event, args) -> 1));
      assertThrows(IllegalArgumentException.class, () -> main.removeHandler(channel));
      assertThrows(IllegalArgumentException.class, () -> main.removeAllListeners(channel));
      assertThrows(IllegalArgumentException.class, () -> renderer.ipc().on(channel, IGNORE));
      assertThrows(IllegalArgumentException.class, () -> ipc.send(channel, 1));
      assertThrows(IllegalArgumentException.class, () -> ipc.sendSync(channel, 1));
      assertThrows(IllegalArgumentException.class, () -> ipc.invoke(channel, 1));
      assertThrows(IllegalArgumentException.class, () -> ipc.on(channel, rendererListener));
      assertThrows(IllegalArgumentException.class, () -> ipc.once(channel, rendererListener));
      assertThrows(IllegalArgumentException.class, () -> renderer.send(channel, 1));
      assertThrows(IllegalArgumentException.class, () -> renderer.sendToFrame(ipc.frameId(), channel, 1));
    }
    assertEquals(Set.of(), main.eventNames());
  }

  @Test
  void aDeadlineMustBePositiveAndAParentFrameMustBelongToTheConnection() {
    assertThrows(IllegalArgumentException.class, () -> ipc.withDeadline(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> ipc.withDeadline(Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class, () -> RendererOptions.defaults().withInvokeDeadline(Duration.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> RendererOptions.defaults().withSendSyncDeadline(Duration.ofSeconds(-1)));

    ConnectedRenderer other = startRenderer(main);
    assertThrows(IllegalArgumentException.class, () -> connection.openFrame(other.ipc()));
    IpcRenderer sub = openFrame(ipc);
    sub.close();
    assertContextReleased(assertThrows(IpcDisconnectedException.class, () -> connection.openFrame(sub)));
  }

  @Test
  void aNullListenerOrHandlerIsANullPointer() {
    assertThrows(NullPointerException.class, () -> main.on("ch", (IpcMainListener) null));
    assertThrows(NullPointerException.class, () -> main.addListener("ch", (IpcMainListener) null));
    assertThrows(NullPointerException.class, () -> main.once("ch", (IpcMainListener) null));
    assertThrows(NullPointerException.class, () -> main.handle("ch", null));
    assertThrows(NullPointerException.class, () -> main.handleOnce("ch", null));
    assertThrows(NullPointerException.class, () -> renderer.ipc().on("ch", (IpcMainListener) null));
    assertThrows(NullPointerException.class, () -> renderer.onIpcMessage(null));
    assertThrows(NullPointerException.class, () -> ipc.on("ch", (IpcRendererListener) null));
    assertThrows(NullPointerException.class, () -> ipc.once("ch", (IpcRendererListener) null));
    assertEquals(Set.of(), main.eventNames());
    assertFalse(main.hasHandler("ch"));
    assertEquals(Set.of(), ipc.eventNames());
  }

  @Test
  void closingTheRendererFromInsideListenersNeitherDeadlocksNorLeavesACallPending() {
    main.on("bye", (event, args) -> event.sender().close());
    assertThrowsAtOnce(IpcDisconnectedException.class, () -> ipc.sendSync("bye"));
    await(renderer.whenGone());

    ConnectedRenderer second = startRenderer(main);
    main.handle("bye", (event, args) -> {
      event.sender().close();
      return "answered after close";
    });
    assertFailsWith(IpcDisconnectedException.class, second.ipc().invoke("bye"));

    ConnectedRenderer third = startRenderer(main);
    third.ipc().on("leave", (event, args) -> third.connection().close());
    third.renderer().send("leave");
    await(third.connection().whenClosed());
    await(third.renderer().whenGone());
  }

  @Test
  void whenGoneCompletesWhenTheRendererClosesFromEitherSide() {
    connection.close();
    RendererGone gone = await(renderer.whenGone());
    assertEquals(RendererGone.Reason.CLOSED, gone.reason());
    assertNotNull(gone.detail());
    assertTrue(renderer.isClosed());

    ConnectedRenderer second = startRenderer(main);
    second.renderer().close();
    assertEquals(RendererGone.Reason.CLOSED, await(second.renderer().whenGone()).reason());
  }

  @Test
  void whenClosedCompletesWhenMainClosesTheRenderer() {
    assertFalse(connection.isClosed());

    renderer.close();

    assertNotNull(await(connection.whenClosed()));
    assertTrue(connection.isClosed());
    assertTrue(ipc.isClosed());
  }

  @Test
  void closingMainClosesEveryRendererAndFailsTheirPendingCalls() {
    ConnectedRenderer second = startRenderer(main);
    CountDownLatch started = new CountDownLatch(2);
    main.handle("slow", (event, args) -> {
      started.countDown();
      return new CompletableFuture<>();
    });
    CompletableFuture<Object> first = ipc.invoke("slow");
    CompletableFuture<Object> other = second.ipc().invoke("slow");
    await(started);

    main.close();

    assertFailsWith(IpcDisconnectedException.class, first);
    assertFailsWith(IpcDisconnectedException.class, other);
    await(connection.whenClosed());
    await(second.connection().whenClosed());
    await(renderer.whenGone());
    assertEquals(List.of(), main.renderers());
  }

  @Test
  void rendererListTracksConnectedRenderersAndDropsClosedOnes() {
    List<Integer> created = new CopyOnWriteArrayList<>();
    main.onRendererCreated(rendererHandle -> created.add(rendererHandle.id()));
    assertEquals(List.of(renderer.id()), ids(main.renderers()));

    ConnectedRenderer second = startRenderer(main);
    ConnectedRenderer third = startRenderer(main);
    int secondId = second.renderer().id();
    int thirdId = third.renderer().id();

    assertEquals(3, Set.of(renderer.id(), secondId, thirdId).size(), "renderer ids are distinct");
    assertEquals(List.of(renderer.id(), secondId, thirdId), ids(main.renderers()), "in the order they connected");
    eventually(() -> created.equals(List.of(secondId, thirdId)), "onRendererCreated saw both, got " + created);
    assertEquals(secondId, main.renderer(secondId).orElseThrow().id());

    second.connection().close();
    await(second.renderer().whenGone());
    assertEquals(List.of(renderer.id(), thirdId), ids(main.renderers()));
    assertEquals(Optional.empty(), main.renderer(secondId));

    third.renderer().close();
    await(third.renderer().whenGone());
    assertEquals(List.of(renderer.id()), ids(main.renderers()));
  }

  private static List<Integer> ids(List<Renderer> renderers) {
    return renderers.stream().map(Renderer::id).collect(Collectors.toList());
  }
}
