package org.typedipc.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.testing.Waits.await;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.typedipc.runtime.IpcInterceptor;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.IpcOutcome;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcRendererEvent;
import org.typedipc.runtime.MessageChannel;
import org.typedipc.runtime.MessageChannelMain;
import org.typedipc.runtime.MessagePort;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.testing.ConnectedRenderer;
import org.typedipc.runtime.testing.IpcFixture;
import org.typedipc.runtime.testing.OverEveryTransport;
import org.typedipc.runtime.testing.Waits.Inbox;

/**
 * A message with several ports moves them all or none (Electron checks a whole transfer list
 * before it disentangles any port). An interceptor runs after the post's first check and before
 * its ports move, so one that closes a port of the post on another thread, and waits for that,
 * forces the close between the two checks on every run: the post is refused naming the port,
 * Electron's {@code Port at index 1 is already neutered.}, no port moved and nothing was sent.
 */
@OverEveryTransport
class AtomicPortPostConformanceTest extends IpcFixture {
  private static final String CLOSED_AT_INDEX_1 = "Port at index 1 is already neutered. MessagePort #";

  /** Closes {@code port} on a thread of its own when a call on {@code channel} is intercepted, and waits for it. */
  private static IpcInterceptor closingOn(String channel, AtomicReference<MessagePort> port,
      CompletableFuture<IpcOutcome.Status> outcome) {
    return call -> {
      if (!call.channel().equals(channel)) {
        return IpcInterceptor.Completion.NONE;
      }
      Thread closer = new Thread(() -> port.get().close(), "closes-a-port-of-the-post");
      closer.start();
      try {
        closer.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      return done -> outcome.complete(done.status());
    };
  }

  private static Inbox<Object> listen(MessagePort port) {
    Inbox<Object> inbox = new Inbox<>();
    port.onMessage(event -> inbox.add(event.data()));
    port.start();
    return inbox;
  }

  private static CompletableFuture<IpcRendererEvent> portArrives(IpcRenderer frame, String channel) {
    CompletableFuture<IpcRendererEvent> arrived = new CompletableFuture<>();
    frame.once(channel, (event, args) -> arrived.complete(event));
    return arrived;
  }

  @Test
  void aRendererPostWhosePortClosesBetweenTheChecksMovesNoPortAndSendsNothing() {
    AtomicReference<MessagePort> toClose = new AtomicReference<>();
    CompletableFuture<IpcOutcome.Status> outcome = new CompletableFuture<>();
    ConnectedRenderer poster = startRenderer(main, RendererOptions.defaults().withInterceptor(closingOn("pair", toClose, outcome)));
    IpcRenderer frame = poster.ipc();
    MessageChannelMain fromMain = new MessageChannelMain();
    CompletableFuture<Boolean> mainEndClosed = new CompletableFuture<>();
    fromMain.port1().onClose(() -> mainEndClosed.complete(true));
    CompletableFuture<IpcRendererEvent> given = portArrives(frame, "given");
    poster.renderer().postMessage("given", null, List.of(fromMain.port2()));
    MessagePort held = await(given).ports().get(0);
    toClose.set(held);
    MessageChannel own = frame.createMessageChannel();
    Inbox<Object> atOwnFirst = listen(own.port1());
    Inbox<Object> postedToMain = new Inbox<>();
    main.on("pair", (event, args) -> postedToMain.add(args[0]));

    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> frame.postMessage("pair", "both", List.of(own.port2(), held)));

    assertTrue(refused.getMessage().startsWith(CLOSED_AT_INDEX_1), refused.getMessage());
    assertTrue(refused.getMessage().endsWith("no port of this message moved and nothing was sent."), refused.getMessage());
    assertEquals(IpcOutcome.Status.FAILED, await(outcome), "the interceptor learns the post failed");
    assertTrue(await(mainEndClosed), "the close itself took effect");
    assertFalse(own.port2().isClosed(), "the port before the closed one did not move");
    own.port2().postMessage("still here");
    assertEquals("still here", atOwnFirst.take(), "it still talks to its other end in the renderer");

    CompletableFuture<IpcMainEvent> arrived = new CompletableFuture<>();
    main.once("later", (event, args) -> arrived.complete(event));
    frame.postMessage("later", null, List.of(own.port2()));
    MessagePort inMain = await(arrived).ports().get(0);
    inMain.postMessage("through main");
    assertEquals("through main", atOwnFirst.take(), "posted later, it is numbered and moves as if never refused");
    frame.send("pair", "fence");
    assertEquals("fence", postedToMain.take(), "the refused post never reached main");
  }

  @Test
  void aMainPostWhosePortClosesBetweenTheChecksMovesNoPortAndSendsNothing() {
    AtomicReference<MessagePort> toClose = new AtomicReference<>();
    CompletableFuture<IpcOutcome.Status> outcome = new CompletableFuture<>();
    IpcMain guarded = startMain(IpcMainOptions.defaults().withInterceptor(closingOn("pair", toClose, outcome)));
    ConnectedRenderer target = startRenderer(guarded);
    MessageChannelMain first = new MessageChannelMain();
    MessageChannelMain second = new MessageChannelMain();
    toClose.set(second.port2());
    Inbox<Object> atRenderer = new Inbox<>();
    target.ipc().on("pair", (event, args) -> atRenderer.add(args[0]));

    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> target.renderer().postMessage("pair", "both", List.of(first.port2(), second.port2())));

    assertTrue(refused.getMessage().startsWith(CLOSED_AT_INDEX_1), refused.getMessage());
    assertEquals(IpcOutcome.Status.FAILED, await(outcome));
    assertTrue(second.port1().isClosed(), "the close itself took effect");
    assertFalse(first.port2().isClosed(), "the port before the closed one did not move");
    Inbox<Object> atFirst = listen(first.port1());
    first.port2().postMessage("still in main");
    assertEquals("still in main", atFirst.take());

    CompletableFuture<IpcRendererEvent> arrived = portArrives(target.ipc(), "later");
    target.renderer().postMessage("later", null, List.of(first.port2()));
    await(arrived).ports().get(0).postMessage("from the renderer");
    assertEquals("from the renderer", atFirst.take(), "posted later, it moves as if never refused");
    target.renderer().send("pair", "fence");
    assertEquals("fence", atRenderer.take(), "the refused post never reached the renderer");
  }
}
