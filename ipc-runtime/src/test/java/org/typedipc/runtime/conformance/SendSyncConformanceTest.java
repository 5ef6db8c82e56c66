package org.typedipc.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.conformance.Fences.syncWithFrame;
import static org.typedipc.runtime.conformance.Fences.syncWithMain;
import static org.typedipc.runtime.conformance.Inboxes.IGNORE;
import static org.typedipc.runtime.conformance.Inboxes.listen;
import static org.typedipc.runtime.testing.Waits.AT_ONCE;
import static org.typedipc.runtime.testing.Waits.SHORT_DEADLINE;
import static org.typedipc.runtime.testing.Waits.WAIT_SECONDS;
import static org.typedipc.runtime.testing.Waits.assertAtOnce;
import static org.typedipc.runtime.testing.Waits.assertThrowsAtOnce;
import static org.typedipc.runtime.testing.Waits.await;
import static org.typedipc.runtime.testing.Waits.sleep;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcNoHandlerException;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcTimeoutException;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.conformance.Inboxes.MainMessage;
import org.typedipc.runtime.conformance.Inboxes.RendererMessage;
import org.typedipc.runtime.testing.ConnectedRenderer;
import org.typedipc.runtime.testing.IpcFixture;
import org.typedipc.runtime.testing.OverEveryTransport;
import org.typedipc.runtime.testing.Waits.Inbox;

/**
 * {@code sendSync}: the return value, its deadline, interrupts, and what arrives while it waits
 * (63–64, 76, 106).
 */
@OverEveryTransport
class SendSyncConformanceTest extends IpcFixture {
  @Test
  void sendSyncReturnsTheValueAListenerSets() { // 76
    AtomicBoolean sawSync = new AtomicBoolean();
    main.on("echo", (event, args) -> {
      sawSync.set(event.isSync());
      event.setReturnValue(args[0]);
    });
    main.on("null", (event, args) -> event.setReturnValue(null));

    assertEquals("test", ipc.sendSync("echo", "test"));
    assertTrue(sawSync.get());
    assertNull(ipc.sendSync("null"), "null is a value like any other"); // 63
  }

  @Test
  void withSeveralListenersTheFirstReturnValueWinsAndLaterOnesAreIgnoredSilently() { // 64
    List<Throwable> errors = new CopyOnWriteArrayList<>();
    AtomicBoolean secondRan = new AtomicBoolean();
    main.on("ch", (event, args) -> event.setReturnValue("first"));
    main.on("ch", (event, args) -> {
      try {
        event.setReturnValue("second");
        secondRan.set(true);
      } catch (Throwable t) {
        errors.add(t);
      }
    });

    assertEquals("first", ipc.sendSync("ch"));
    syncWithMain(main, ipc);
    assertTrue(secondRan.get());
    assertEquals(List.of(), errors);
  }

  @Test
  void aListenerMaySetTheReturnValueLaterFromAnotherThread() {
    main.on("ch", (event, args) -> new Thread(() -> {
      sleep(100);
      event.setReturnValue("late " + args[0]);
    }).start());

    assertEquals("late answer", ipc.sendSync("ch", "answer"));
  }

  @Test
  void sendSyncWithNoListenerAnywhereFailsAtOnce() { // 106
    main.on("other", (event, args) -> event.setReturnValue("other"));
    ConnectedRenderer another = startRenderer(main);
    another.renderer().ipc().on("nobody", (event, args) -> event.setReturnValue("wrong renderer"));

    IpcRenderer sub = openFrame(ipc);
    frameOf(sub).ipc().on("nobody", (event, args) -> event.setReturnValue("wrong frame"));

    IpcNoHandlerException failure = assertThrowsAtOnce(IpcNoHandlerException.class, () -> ipc.sendSync("nobody", 1));

    assertEquals("nobody", failure.channel());
    assertTrue(failure.getMessage().contains("'nobody'"), failure.getMessage());
    assertEquals("other", ipc.sendSync("other"), "the connection stays usable");
  }

  @Test
  void sendSyncWhoseListenersNeverAnswerTimesOutAtItsDeadline() {
    main.on("silent", IGNORE);
    main.on("echo", (event, args) -> event.setReturnValue(args[0]));

    long start = System.nanoTime();
    IpcTimeoutException failure =
        assertThrows(IpcTimeoutException.class, () -> ipc.withDeadline(SHORT_DEADLINE).sendSync("silent"));
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertTrue(elapsedMs >= SHORT_DEADLINE.toMillis() - 10, "failed after " + elapsedMs + " ms, before the deadline");
    assertTrue(elapsedMs < AT_ONCE.toMillis() + SHORT_DEADLINE.toMillis(), "failed only after " + elapsedMs + " ms");
    assertTrue(failure.getMessage().contains("'silent'"), failure.getMessage());
    assertEquals("again", ipc.sendSync("echo", "again"), "the connection stays usable");

    ConnectedRenderer bounded = startRenderer(main, RendererOptions.defaults().withSendSyncDeadline(SHORT_DEADLINE));
    assertThrows(IpcTimeoutException.class, () -> bounded.ipc().sendSync("silent"));
    assertEquals("still", bounded.ipc().sendSync("echo", "still"));
  }

  @Test
  void aReturnValueSetAfterTheDeadlineIsDroppedAndNeverAnswersALaterCall() {
    // The stale value is set once the caller saw its deadline pass, however late a loaded machine's
    // timer fires, and before the next call is answered.
    CountDownLatch timedOut = new CountDownLatch(1);
    CountDownLatch lateSet = new CountDownLatch(1);
    main.on("slow", (event, args) -> new Thread(() -> {
      await(timedOut);
      event.setReturnValue("stale");
      lateSet.countDown();
    }).start());
    main.on("fresh", (event, args) -> new Thread(() -> {
      await(lateSet);
      event.setReturnValue("fresh");
    }).start());
    IpcRenderer bounded = ipc.withDeadline(SHORT_DEADLINE);

    assertThrows(IpcTimeoutException.class, () -> bounded.sendSync("slow"));
    timedOut.countDown();
    assertEquals("fresh", ipc.sendSync("fresh"));
  }

  @Test
  void callsFromAThreadWhoseInterruptStatusIsSetLeaveTheConnectionUsable() {
    main.on("echo", (event, args) -> event.setReturnValue(args[0]));
    Inbox<MainMessage> inbox = listen(main, "note");
    Inbox<RendererMessage> back = listen(ipc, "note");

    main.handle("echo", (event, args) -> args[0]);
    Thread.currentThread().interrupt();
    try {
      ipc.send("note", "from an interrupted renderer thread");
      renderer.send("note", "from an interrupted main thread");
      ipc.invoke("echo", "invoked while interrupted");
    } catch (IpcException e) {
      // refusing the call is acceptable; losing the connection is not
    } finally {
      Thread.interrupted();
    }

    assertEquals("usable", ipc.sendSync("echo", "usable"), "an interrupt broke the connection");
    assertFalse(connection.isClosed());
    assertFalse(renderer.isClosed());
    renderer.send("note", "after");
    syncWithFrame(renderer, ipc);
    syncWithMain(main, ipc);
    assertTrue(inbox.size() <= 1 && back.size() <= 2);
  }

  @Test
  void anInterruptedSendSyncFailsAndKeepsTheInterruptStatus() throws Exception {
    main.on("silent", IGNORE);
    main.on("echo", (event, args) -> event.setReturnValue(args[0]));
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean stillInterrupted = new AtomicBoolean();
    CountDownLatch waiting = new CountDownLatch(1);
    main.on("silent", (event, args) -> waiting.countDown());
    Thread caller = new Thread(() -> {
      try {
        ipc.sendSync("silent");
      } catch (Throwable t) {
        thrown.set(t);
      }
      stillInterrupted.set(Thread.currentThread().isInterrupted());
    });
    caller.start();
    await(waiting);
    sleep(50);

    caller.interrupt();
    caller.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));

    assertFalse(caller.isAlive(), "sendSync ignored the interrupt");
    assertInstanceOf(IpcException.class, thrown.get());
    assertTrue(stillInterrupted.get(), "the interrupt status was swallowed");
    assertEquals("usable", ipc.sendSync("echo", "usable"));
  }

  @Test
  void aPendingSendSyncFailsAtOnceWhenItsRendererCloses() {
    main.on("ch", (event, args) -> new Thread(() -> {
      sleep(100);
      connection.close();
    }).start());

    IpcDisconnectedException failure = assertThrowsAtOnce(IpcDisconnectedException.class, () -> ipc.sendSync("ch"));
    assertTrue(failure.getMessage().contains("'ch'"), failure.getMessage());
  }

  @Test
  void aPendingSendSyncFailsAtOnceWhenMainClosesItsRenderer() {
    main.on("ch", (event, args) -> new Thread(() -> {
      sleep(100);
      event.sender().close();
    }).start());

    assertThrowsAtOnce(IpcDisconnectedException.class, () -> ipc.sendSync("ch"));
  }

  @Test
  void sendSyncFromInsideARendererListenerThrowsIllegalStateAtOnce() {
    main.on("sync", (event, args) -> event.setReturnValue("answer"));
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Object> returned = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    ipc.on("go", (event, args) -> {
      try {
        returned.set(ipc.sendSync("sync"));
      } catch (Throwable t) {
        thrown.set(t);
      } finally {
        done.countDown();
      }
    });

    assertAtOnce(() -> {
      renderer.send("go");
      await(done);
    });

    assertInstanceOf(IllegalStateException.class, thrown.get(), () -> "returned " + returned.get());
    assertEquals("answer", ipc.sendSync("sync"), "outside a listener it works");
  }

  @Test
  void eventsMainSendsDuringASendSyncAreDeliveredAfterItReturns() {
    AtomicBoolean answered = new AtomicBoolean();
    main.on("sync", (event, args) -> {
      event.sender().send("tick", 1);
      event.reply("tick", 2);
      new Thread(() -> {
        sleep(200);
        answered.set(true);
        event.setReturnValue("done");
      }).start();
    });
    List<Object> ticks = new CopyOnWriteArrayList<>();
    List<Boolean> answeredAtDelivery = new CopyOnWriteArrayList<>();
    CountDownLatch delivered = new CountDownLatch(2);
    ipc.on("tick", (event, args) -> {
      answeredAtDelivery.add(answered.get());
      ticks.add(args[0]);
      delivered.countDown();
    });

    assertEquals("done", ipc.sendSync("sync"));
    await(delivered);

    assertEquals(List.of(true, true), answeredAtDelivery, "a tick was delivered while sendSync waited");
    assertEquals(List.of(1, 2), ticks);
  }
}
