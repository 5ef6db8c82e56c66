package org.typedipc.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.testing.Waits.assertFailsWith;
import static org.typedipc.runtime.testing.Waits.await;
import static org.typedipc.runtime.testing.Waits.eventually;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.IpcAccessDeniedException;
import org.typedipc.runtime.IpcCall;
import org.typedipc.runtime.IpcInterceptor;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.IpcOutcome;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcStats;
import org.typedipc.runtime.IpcWarning;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.SenderPolicy;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.Codecs;
import org.typedipc.runtime.spi.Typed;
import org.typedipc.runtime.testing.ConnectedRenderer;
import org.typedipc.runtime.testing.CountingPublisher;
import org.typedipc.runtime.testing.IpcFixture;
import org.typedipc.runtime.testing.OverEveryTransport;
import org.typedipc.runtime.testing.RecordingSubscriber;
import org.typedipc.runtime.testing.Waits;

/**
 * Main's interceptors and sender policies: they see every call in order, wrap it to its end, and
 * refuse it before any listener or handler runs; stats count what crossed, streams included.
 */
@OverEveryTransport
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InterceptorConformanceTest extends IpcFixture {
  private final List<String> seen = new CopyOnWriteArrayList<>();

  private IpcInterceptor recording(String name) {
    return call -> {
      seen.add(name + " " + call.type() + " " + call.channel());
      return outcome -> seen.add(name + " done " + outcome.status());
    };
  }

  @Test
  void interceptorsRunInOrderAndCompleteInReverse() {
    IpcMainOptions options = IpcMainOptions.defaults().withInterceptor(recording("a")).withInterceptor(recording("b"));
    IpcMain guarded = startMain(options);
    guarded.handle("add", (event, args) -> {
      seen.add("handler");
      return (Integer) args[0] + (Integer) args[1];
    });
    IpcRenderer caller = startRenderer(guarded).ipc();

    assertEquals(5, await(caller.invoke("add", 2, 3)));

    eventually(() -> seen.size() == 5, "both completions ran");
    assertEquals(List.of("a INVOKE add", "b INVOKE add", "handler", "b done SUCCEEDED", "a done SUCCEEDED"), seen);
  }

  @Test
  void interceptorSeesArgumentsAndDirection() {
    List<Object> args = new CopyOnWriteArrayList<>();
    IpcMain guarded = startMain(IpcMainOptions.defaults().withInterceptor(call -> {
      args.add(call.type().toMain() + ":" + call.channel() + ":" + List.of(call.args()) + ":" + call.frame().orElseThrow().isMainFrame());
      return IpcInterceptor.Completion.NONE;
    }));
    guarded.on("note", (event, a) -> event.reply("ack", a[0]));
    ConnectedRenderer connected = startRenderer(guarded);
    AtomicInteger acks = new AtomicInteger();
    connected.ipc().on("ack", (event, a) -> acks.incrementAndGet());

    connected.ipc().send("note", "hi");

    eventually(() -> acks.get() == 1, "the reply arrived");
    assertEquals(List.of("true:note:[hi]:true", "false:ack:[hi]:true"), args);
  }

  @Test
  void refusalFailsTheCallerAndNothingRuns() {
    AtomicInteger ran = new AtomicInteger();
    IpcMainOptions options = IpcMainOptions.defaults()
        .withInterceptor(recording("first"))
        .withInterceptor(call -> {
          throw new IpcAccessDeniedException("no " + call.channel() + " today");
        })
        .withInterceptor(recording("never"));
    IpcMain guarded = startMain(options);
    guarded.handle("secret", (event, args) -> ran.incrementAndGet());
    guarded.on("sync", (event, args) -> {
      ran.incrementAndGet();
      event.setReturnValue(1);
    });
    IpcRenderer caller = startRenderer(guarded).ipc();

    IpcAccessDeniedException invokeDenied = assertFailsWith(IpcAccessDeniedException.class, caller.invoke("secret"));
    IpcAccessDeniedException syncDenied = assertThrows(IpcAccessDeniedException.class, () -> caller.sendSync("sync"));

    assertEquals("no secret today", invokeDenied.getMessage());
    assertEquals("no sync today", syncDenied.getMessage());
    assertEquals(0, ran.get());
    assertEquals(List.of("first INVOKE secret", "first done DENIED", "first SEND_SYNC sync", "first done DENIED"), seen);
    assertEquals(2, guarded.stats().denied());
  }

  @Test
  void mainFrameOnlyRefusesASubframeWithNothingDispatched() {
    IpcMain guarded = startMain(IpcMainOptions.defaults().withSenderPolicy("settings", SenderPolicy.MAIN_FRAME_ONLY));
    AtomicInteger ran = new AtomicInteger();
    guarded.handle("settings", (event, args) -> ran.incrementAndGet());
    guarded.on("settings-note", (event, args) -> ran.incrementAndGet());
    ConnectedRenderer connected = startRenderer(guarded);
    IpcRenderer top = connected.ipc();
    IpcRenderer sub = await(connected.connection().whenKnownToMain(connected.connection().openFrame(top)));

    IpcAccessDeniedException denied = assertFailsWith(IpcAccessDeniedException.class, sub.invoke("settings"));

    assertTrue(denied.getMessage().contains("'settings'") && denied.getMessage().contains("subframe"), denied.getMessage());
    assertEquals(0, ran.get());
    assertEquals(1, await(top.invoke("settings")));
    assertEquals(1, guarded.stats().denied());
  }

  @Test
  void framePredicateRefusesASecondRenderer() {
    AtomicInteger trusted = new AtomicInteger(-1);
    IpcMain guarded = startMain(IpcMainOptions.defaults().withSenderPolicy(SenderPolicy.frames(frame -> frame.renderer().id() == trusted.get())));
    AtomicInteger ran = new AtomicInteger();
    guarded.handle("open-file", (event, args) -> ran.incrementAndGet());
    ConnectedRenderer first = startRenderer(guarded);
    trusted.set(first.renderer().id());
    ConnectedRenderer second = startRenderer(guarded);

    IpcAccessDeniedException denied = assertFailsWith(IpcAccessDeniedException.class, second.ipc().invoke("open-file"));

    assertTrue(denied.getMessage().contains("renderer #" + second.renderer().id()), denied.getMessage());
    assertEquals(0, ran.get());
    assertEquals(1, await(first.ipc().invoke("open-file")));
    assertEquals(1, second.renderer().stats().denied());
    assertEquals(0, first.renderer().stats().denied());
  }

  @Test
  void statsCountAKnownWorkload() {
    IpcMain counted = startMain(IpcMainOptions.defaults());
    counted.handle("echo", (event, args) -> args[0]);
    counted.on("sync", (event, args) -> event.setReturnValue("ok"));
    AtomicInteger heard = new AtomicInteger();
    counted.on("note", (event, args) -> heard.incrementAndGet());
    ConnectedRenderer connected = startRenderer(counted);
    connected.ipc().handle("ask", (event, args) -> "answer");

    for (int i = 0; i < 10; i++) {
      connected.ipc().send("note", i);
    }
    for (int i = 0; i < 3; i++) {
      assertEquals("ok", connected.ipc().sendSync("sync"));
    }
    for (int i = 0; i < 4; i++) {
      assertEquals("x", await(connected.ipc().invoke("echo", "x")));
    }
    connected.renderer().send("event");
    connected.renderer().send("event");
    assertEquals("answer", await(connected.renderer().invoke("ask")));
    eventually(() -> heard.get() == 10, "all notes were heard");
    // A call's future completes a moment before it stops counting as pending.
    eventually(() -> connected.renderer().stats().pendingCalls() == 0, "no call is pending");

    IpcStats stats = connected.renderer().stats();
    assertEquals(new IpcStats.Traffic(10, 3, 4, 0, stats.toMain().bytes(), stats.toMain().replyBytes(), 0, 0), stats.toMain());
    assertEquals(new IpcStats.Traffic(2, 0, 1, 0, stats.toRenderer().bytes(), stats.toRenderer().replyBytes(), 0, 0), stats.toRenderer());
    assertTrue(stats.toMain().bytes() > 17 && stats.toRenderer().bytes() > 0, stats.toString());
    assertEquals(0, stats.denied());
    assertTrue(stats.handlerTime().toNanos() > 0, stats.toString());
    assertEquals(stats.toMain(), counted.stats().toMain());
    assertEquals(IpcOutcome.Status.SUCCEEDED, IpcOutcome.Status.valueOf("SUCCEEDED"));
    assertEquals(IpcCall.Type.EVENT.toMain(), false);
  }

  @Test
  void mainsInvokeOfARendererRecordsTheReplysSize() {
    List<Integer> replyBytes = new CopyOnWriteArrayList<>();
    IpcMain calling = startMain(IpcMainOptions.defaults().withInterceptor(call -> outcome -> replyBytes.add(outcome.replyBytes())));
    ConnectedRenderer connected = startRenderer(calling);
    connected.ipc().handle("ask", (event, args) -> "x".repeat(1000));

    assertEquals(1000, ((String) await(connected.renderer().invoke("ask"))).length());

    eventually(() -> replyBytes.size() == 1, "the invoke completed");
    assertTrue(replyBytes.get(0) >= 1000, replyBytes.toString());
    eventually(() -> connected.renderer().stats().toRenderer().replyBytes() > 0, "the reply was counted");
    assertEquals(replyBytes.get(0).longValue(), connected.renderer().stats().toRenderer().replyBytes());
    assertEquals(replyBytes.get(0).longValue(), calling.stats().toRenderer().replyBytes());
    assertEquals(0, calling.stats().toMain().replyBytes());
  }

  @Test
  void aSendSyncEndsWhenItsValueIsSetNotWhenItsListenerReturns() throws Exception {
    List<IpcOutcome> outcomes = new CopyOnWriteArrayList<>();
    AtomicLong completedAt = new AtomicLong();
    IpcMain guarded = startMain(IpcMainOptions.defaults().withInterceptor(call -> outcome -> {
      completedAt.set(System.nanoTime());
      outcomes.add(outcome);
    }));
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean listenerReturned = new AtomicBoolean();
    AtomicLong valueSetAt = new AtomicLong();
    ExecutorService later = Executors.newFixedThreadPool(2);
    try {
      guarded.on("slow", (event, args) -> {
        later.execute(() -> {
          Waits.await(release);
          valueSetAt.set(System.nanoTime());
          event.setReturnValue("x".repeat(500));
        });
        listenerReturned.set(true);
      });
      IpcRenderer caller = startRenderer(guarded).ipc();

      CompletableFuture<Object> answer = CompletableFuture.supplyAsync(() -> caller.sendSync("slow"), later);
      eventually(listenerReturned::get, "the listener returned");
      assertEquals(List.of(), outcomes, "a sendSync whose value is not set yet is not done");
      release.countDown();

      assertEquals(500, ((String) await(answer)).length());
      eventually(() -> outcomes.size() == 1, "the sendSync completed");
      assertEquals(IpcOutcome.Status.SUCCEEDED, outcomes.get(0).status());
      assertTrue(outcomes.get(0).replyBytes() >= 500, outcomes.toString());
      assertTrue(completedAt.get() >= valueSetAt.get(), "the sendSync ended before its value was set");
      assertEquals(outcomes.get(0).replyBytes(), guarded.stats().toMain().replyBytes());
    } finally {
      later.shutdownNow();
    }
  }

  @Test
  void rendererInterceptorsWrapItsCallsAndMainsInOrder() {
    IpcMain plain = startMain(IpcMainOptions.defaults());
    plain.handle("add", (event, args) -> (Integer) args[0] + (Integer) args[1]);
    RendererOptions options = RendererOptions.defaults().withInterceptor(recording("r1")).withInterceptor(recording("r2"));
    ConnectedRenderer connected = startRenderer(plain, options);
    connected.ipc().handle("ask", (event, args) -> {
      seen.add("handler");
      return "answer";
    });

    assertEquals(5, await(connected.ipc().invoke("add", 2, 3)));
    eventually(() -> seen.size() == 4, "the invoke completed");
    assertEquals("answer", await(connected.renderer().invoke("ask")));
    eventually(() -> seen.size() == 9, "main's invoke completed");

    assertEquals(List.of("r1 INVOKE add", "r2 INVOKE add", "r2 done SUCCEEDED", "r1 done SUCCEEDED",
        "r1 RENDERER_INVOKE ask", "r2 RENDERER_INVOKE ask", "handler", "r2 done SUCCEEDED", "r1 done SUCCEEDED"), seen);
  }

  @Test
  void rendererInterceptorRefusesItsOwnCallsAndMainsInvoke() {
    IpcMain plain = startMain(IpcMainOptions.defaults());
    AtomicInteger ran = new AtomicInteger();
    plain.on("note", (event, args) -> ran.incrementAndGet());
    RendererOptions options = RendererOptions.defaults().withInterceptor(call -> {
      throw new IpcAccessDeniedException("renderer says no to " + call.channel());
    });
    ConnectedRenderer connected = startRenderer(plain, options);
    connected.ipc().handle("ask", (event, args) -> ran.incrementAndGet());

    assertEquals("renderer says no to note", assertThrows(IpcAccessDeniedException.class, () -> connected.ipc().send("note")).getMessage());
    assertFailsWith(IpcAccessDeniedException.class, connected.ipc().invoke("note"));
    IpcAccessDeniedException denied = assertFailsWith(IpcAccessDeniedException.class, connected.renderer().invoke("ask"));

    assertEquals("renderer says no to ask", denied.getMessage());
    assertEquals(0, ran.get());
  }

  @Test
  void aRendererCountsItsSideOfAKnownWorkload() {
    IpcMain counted = startMain(IpcMainOptions.defaults());
    counted.handle("echo", (event, args) -> args[0]);
    counted.on("sync", (event, args) -> event.setReturnValue("ok"));
    counted.on("note", (event, args) -> {});
    ConnectedRenderer connected = startRenderer(counted);
    AtomicInteger heard = new AtomicInteger();
    connected.ipc().on("event", (event, args) -> heard.incrementAndGet());
    connected.ipc().handle("ask", (event, args) -> "answer");

    for (int i = 0; i < 5; i++) {
      connected.ipc().send("note", i);
    }
    assertEquals("ok", connected.ipc().sendSync("sync"));
    assertEquals("yyyy", await(connected.ipc().invoke("echo", "yyyy")));
    assertEquals("yyyy", await(connected.ipc().invoke("echo", "yyyy")));
    connected.renderer().send("event");
    connected.renderer().send("event");
    connected.renderer().send("event");
    assertEquals("answer", await(connected.renderer().invoke("ask")));
    eventually(() -> heard.get() == 3, "all events were heard");
    eventually(() -> connected.ipc().stats().pendingCalls() == 0 && connected.renderer().stats().pendingCalls() == 0, "no call is pending");
    // A delivery gives its bytes back a moment after its listener ran.
    eventually(() -> connected.ipc().stats().queuedBytes() == 0, "nothing is queued");

    IpcStats own = connected.ipc().stats();
    IpcStats mains = connected.renderer().stats();
    assertEquals(new IpcStats.Traffic(5, 1, 2, 0, own.toMain().bytes(), own.toMain().replyBytes(), 0, 0), own.toMain());
    assertEquals(new IpcStats.Traffic(3, 0, 1, 0, own.toRenderer().bytes(), own.toRenderer().replyBytes(), 0, 0), own.toRenderer());
    // Both sides count the same bytes crossing.
    assertEquals(mains.toMain(), own.toMain());
    assertEquals(mains.toRenderer(), own.toRenderer());
    assertTrue(own.toMain().replyBytes() > 8 && own.toRenderer().replyBytes() > 0, own.toString());
    assertEquals(0, own.denied());
    assertTrue(own.handlerTime().toNanos() > 0, own.toString());
    assertEquals(own, connected.connection().ipcRenderer().stats());
  }

  @Test
  void streamsCountOnBothSidesWhereTheyWereOpenedAndWhereTheirItemsTravel() {
    IpcMain counted = startMain(IpcMainOptions.defaults());
    counted.handleStream("count", (event, args) -> CountingPublisher.of((Integer) args[0]));
    ConnectedRenderer connected = startRenderer(counted);
    connected.ipc().handleStream("count", (event, args) -> CountingPublisher.of((Integer) args[0]));
    RecordingSubscriber fromMain = RecordingSubscriber.inBatches(4);
    RecordingSubscriber fromRenderer = RecordingSubscriber.inBatches(4);

    connected.ipc().stream("count", 25).subscribe(fromMain);
    connected.renderer().stream("count", 11).subscribe(fromRenderer);
    await(fromMain.done);
    await(fromRenderer.done);
    assertEquals(25, fromMain.received());
    assertEquals(11, fromRenderer.received());
    eventually(() -> connected.ipc().stats().pendingCalls() == 0 && connected.renderer().stats().pendingCalls() == 0,
        "no stream is open");

    IpcStats own = connected.ipc().stats();
    IpcStats mains = connected.renderer().stats();
    // The renderer opened one stream whose 25 items came to it, main one whose 11 items went to main.
    assertEquals(new IpcStats.Traffic(0, 0, 0, 1, own.toMain().bytes(), 0, 11, own.toMain().streamItemBytes()), own.toMain());
    assertEquals(new IpcStats.Traffic(0, 0, 0, 1, own.toRenderer().bytes(), 0, 25, own.toRenderer().streamItemBytes()), own.toRenderer());
    assertTrue(own.toMain().bytes() > 0 && own.toRenderer().bytes() > 0, own.toString());
    assertTrue(own.toMain().streamItemBytes() >= 11 && own.toRenderer().streamItemBytes() >= 25, own.toString());
    // Both sides count the same streams and items crossing; main's total is its one renderer's.
    assertEquals(mains.toMain(), own.toMain());
    assertEquals(mains.toRenderer(), own.toRenderer());
    assertEquals(mains.toMain(), counted.stats().toMain());
    assertEquals(mains.toRenderer(), counted.stats().toRenderer());
    assertEquals(0, counted.stats().pendingCalls());
  }

  @Test
  void anOpenStreamIsPendingOnBothSidesUntilItsSubscriberCancels() {
    IpcMain counted = startMain(IpcMainOptions.defaults());
    CountingPublisher mainSide = CountingPublisher.endless();
    counted.handleStream("endless", (event, args) -> mainSide);
    ConnectedRenderer connected = startRenderer(counted);
    CountingPublisher rendererSide = CountingPublisher.endless();
    connected.ipc().handleStream("endless", (event, args) -> rendererSide);
    RecordingSubscriber inRenderer = RecordingSubscriber.inBatches(3);
    RecordingSubscriber inMain = RecordingSubscriber.inBatches(3);

    connected.ipc().stream("endless").subscribe(inRenderer);
    connected.renderer().stream("endless").subscribe(inMain);
    inRenderer.awaitReceived(6);
    inMain.awaitReceived(6);
    // Each side waits on its own stream and serves the other's.
    assertEquals(2, connected.ipc().stats().pendingCalls());
    assertEquals(2, connected.renderer().stats().pendingCalls());
    assertEquals(2, counted.stats().pendingCalls());

    inRenderer.cancel();
    inMain.cancel();
    await(mainSide.cancelled);
    await(rendererSide.cancelled);
    eventually(() -> connected.ipc().stats().pendingCalls() == 0 && connected.renderer().stats().pendingCalls() == 0
        && counted.stats().pendingCalls() == 0, "no stream is open after the cancels");
    IpcStats own = connected.ipc().stats();
    assertEquals(1, own.toMain().streams());
    assertEquals(1, own.toRenderer().streams());
    assertTrue(own.toMain().streamItems() >= 6 && own.toRenderer().streamItems() >= 6, own.toString());
  }

  @Test
  void aRendererCountsTheCallsOfMainItsInterceptorsRefused() {
    IpcMain plain = startMain(IpcMainOptions.defaults());
    RendererOptions options = RendererOptions.defaults().withInterceptor(call -> {
      if (call.channel().startsWith("private:")) {
        throw new IpcAccessDeniedException("renderer says no to " + call.channel());
      }
      return IpcInterceptor.Completion.NONE;
    });
    ConnectedRenderer connected = startRenderer(plain, options);
    AtomicInteger ran = new AtomicInteger();
    connected.ipc().on("private:event", (event, args) -> ran.incrementAndGet());
    connected.ipc().on("public", (event, args) -> ran.incrementAndGet());
    connected.ipc().handle("private:ask", (event, args) -> ran.incrementAndGet());

    connected.renderer().send("private:event");
    assertFailsWith(IpcAccessDeniedException.class, connected.renderer().invoke("private:ask"));
    connected.renderer().send("public");
    eventually(() -> ran.get() == 1, "the public event was heard");

    IpcStats own = connected.ipc().stats();
    assertEquals(2, own.denied());
    assertEquals(new IpcStats.Traffic(2, 0, 1, 0, own.toRenderer().bytes(), 0, 0, 0), own.toRenderer());
    assertEquals(0, connected.renderer().stats().denied(), "main refused nothing");
    assertThrows(IpcAccessDeniedException.class, () -> connected.ipc().send("private:note"));
    assertEquals(IpcStats.Traffic.NONE, connected.ipc().stats().toMain(), "a call refused on its way out never left");
  }

  @Test
  void aScopesPolicyGuardsEveryChannelItServesAndNoOther() {
    IpcMain main = startMain(IpcMainOptions.defaults());
    AtomicInteger ran = new AtomicInteger();
    main.handle("global", (event, args) -> "anyone");
    ConnectedRenderer connected = startRenderer(main);
    connected.renderer().ipc().setSenderPolicy(SenderPolicy.MAIN_FRAME_ONLY);
    connected.renderer().ipc().handle("settings", (event, args) -> ran.incrementAndGet());
    connected.renderer().ipc().on("note", (event, args) -> ran.incrementAndGet());
    IpcRenderer sub = await(connected.connection().whenKnownToMain(connected.connection().openFrame(connected.ipc())));

    IpcAccessDeniedException denied = assertFailsWith(IpcAccessDeniedException.class, sub.invoke("settings"));
    sub.send("note");
    // Calls of one frame start in order: once this answers, the note was refused.
    assertEquals("anyone", await(sub.invoke("global")));

    assertTrue(denied.getMessage().contains("'settings'") && denied.getMessage().contains("subframe")
        && denied.getMessage().contains("renderer #" + connected.renderer().id()), denied.getMessage());
    assertEquals(0, ran.get());
    assertEquals(2, main.stats().denied());
    assertEquals(1, await(connected.ipc().invoke("settings")));
    connected.renderer().ipc().setSenderPolicy(SenderPolicy.ANY_RENDERER);
    assertEquals(2, await(sub.invoke("settings")));
  }

  @Test
  void ipcMainsPolicyGuardsItsHandlersButNotAScopeThatAnswersFirst() {
    IpcMain main = startMain(IpcMainOptions.defaults());
    main.handle("open-file", (event, args) -> "global");
    ConnectedRenderer trusted = startRenderer(main);
    ConnectedRenderer other = startRenderer(main);
    main.setSenderPolicy(SenderPolicy.frames(frame -> frame.renderer().id() == trusted.renderer().id()));

    IpcAccessDeniedException denied = assertFailsWith(IpcAccessDeniedException.class, other.ipc().invoke("open-file"));
    assertTrue(denied.getMessage().contains("ipcMain") && denied.getMessage().contains("renderer #" + other.renderer().id()), denied.getMessage());
    assertEquals("global", await(trusted.ipc().invoke("open-file")));
    // The renderer's own scope answers before ipcMain's, whose policy then does not apply.
    other.renderer().ipc().handle("open-file", (event, args) -> "own");
    assertEquals("own", await(other.ipc().invoke("open-file")));
    assertEquals(1, other.renderer().stats().denied());
  }

  @Test
  void aRefusedSenderIsReportedOnceToMainsWarningSink() {
    List<IpcWarning> warnings = new CopyOnWriteArrayList<>();
    IpcMain guarded = startMain(IpcMainOptions.defaults().withSenderPolicy("settings", SenderPolicy.MAIN_FRAME_ONLY).withWarnings(warnings::add));
    guarded.handle("settings", (event, args) -> 1);
    ConnectedRenderer connected = startRenderer(guarded);
    IpcRenderer sub = await(connected.connection().whenKnownToMain(connected.connection().openFrame(connected.ipc())));

    assertFailsWith(IpcAccessDeniedException.class, sub.invoke("settings"));
    assertFailsWith(IpcAccessDeniedException.class, sub.invoke("settings"));

    assertEquals(1, warnings.size(), warnings.toString());
    IpcWarning warning = warnings.get(0);
    assertEquals(IpcWarning.Kind.SENDER_DENIED, warning.kind());
    assertEquals("settings", warning.channel());
    assertEquals(connected.renderer().id(), warning.rendererId());
    assertTrue(warning.message().contains("subframe"), warning.message());
    assertEquals(2, guarded.stats().denied());
  }

  @Test
  void aTypedChannelDeclaresItsSendersForEveryScope() {
    Channel<String, String> write = Channel.invoke("settings:write", Codecs.STRING, Codecs.STRING).withSenders(SenderPolicy.MAIN_FRAME_ONLY);
    IpcMain guarded = startMain(IpcMainOptions.defaults());
    AtomicInteger ran = new AtomicInteger();
    ConnectedRenderer connected = startRenderer(guarded);
    // Registered on the renderer's scope, the policy still guards the channel.
    Typed.of(connected.renderer().ipc()).handle(write, (event, value) -> {
      ran.incrementAndGet();
      return value;
    });
    IpcRenderer sub = await(connected.connection().whenKnownToMain(connected.connection().openFrame(connected.ipc())));

    assertFailsWith(IpcAccessDeniedException.class, Typed.of(sub).invoke(write, "dark"));

    assertEquals(0, ran.get());
    assertEquals("light", await(Typed.of(connected.ipc()).invoke(write, "light")));
    assertEquals(1, guarded.stats().denied());
  }
}
