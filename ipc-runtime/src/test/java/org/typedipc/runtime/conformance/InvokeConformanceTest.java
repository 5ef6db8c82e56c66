package org.typedipc.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.conformance.DynamicValues.assertDeepEquals;
import static org.typedipc.runtime.conformance.Fences.syncWithFrame;
import static org.typedipc.runtime.conformance.Fences.syncWithMain;
import static org.typedipc.runtime.conformance.Inboxes.IGNORE;
import static org.typedipc.runtime.conformance.Inboxes.listen;
import static org.typedipc.runtime.testing.Waits.assertFailsWith;
import static org.typedipc.runtime.testing.Waits.await;
import static org.typedipc.runtime.testing.Waits.failureOf;

import java.io.FileNotFoundException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcMainListener;
import org.typedipc.runtime.IpcNoHandlerException;
import org.typedipc.runtime.IpcRemoteException;
import org.typedipc.runtime.IpcRendererListener;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.conformance.Inboxes.MainMessage;
import org.typedipc.runtime.testing.IpcFixture;
import org.typedipc.runtime.testing.OverEveryTransport;
import org.typedipc.runtime.testing.Waits.Inbox;

/**
 * {@code invoke} and {@code handle}: results, Electron's error texts and the handler registry (1–8,
 * 102–104, 107).
 */
@OverEveryTransport
class InvokeConformanceTest extends IpcFixture {
  @Test
  void invokeResolvesWithTheHandlersPlainValue() { // 1
    List<Object> seen = new CopyOnWriteArrayList<>();
    main.handleOnce("test", (event, args) -> {
      seen.addAll(Arrays.asList(args));
      return 3;
    });

    Object result = await(ipc.invoke("test", 123));

    assertEquals(List.of(123), seen);
    assertDeepEquals(3, result, "result");
  }

  @Test
  void invokeResolvesWithTheHandlersCompletionStage() { // 2
    main.handle("test", (event, args) -> CompletableFuture.supplyAsync(
        () -> (Integer) args[0] * 2, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS)));

    assertDeepEquals(246, await(ipc.invoke("test", 123)), "result");
  }

  @Test
  void invokeFailsWithElectronTextWhenTheHandlerThrows() { // 3, 107
    main.handle("test", (event, args) -> {
      throw new IllegalArgumentException("some error");
    });

    IpcRemoteException failure = assertFailsWith(IpcRemoteException.class, ipc.invoke("test"));

    assertEquals("Error invoking remote method 'test': java.lang.IllegalArgumentException: some error",
        failure.getMessage());
    assertEquals("java.lang.IllegalArgumentException", failure.remoteClassName());
    assertEquals("some error", failure.remoteMessage());
    assertEquals("test", failure.channel());
  }

  @Test
  void invokeFailsWithElectronTextWhenTheHandlersStageFails() { // 4
    main.handle("test", (event, args) -> {
      CompletableFuture<Object> stage = new CompletableFuture<>();
      CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS)
          .execute(() -> stage.completeExceptionally(new FileNotFoundException("missing.txt")));
      return stage;
    });

    IpcRemoteException failure = assertFailsWith(IpcRemoteException.class, ipc.invoke("test"));

    assertEquals("Error invoking remote method 'test': java.io.FileNotFoundException: missing.txt", failure.getMessage());
    assertEquals("java.io.FileNotFoundException", failure.remoteClassName());
    assertEquals("missing.txt", failure.remoteMessage());
  }

  @Test
  void invokeFailureOfAnAsyncStageNamesTheOriginalExceptionNotItsCompletionWrapper() {
    main.handle("test", (event, args) -> CompletableFuture.supplyAsync(() -> {
      throw new IllegalStateException("async boom");
    }));

    IpcRemoteException failure = assertFailsWith(IpcRemoteException.class, ipc.invoke("test"));

    assertEquals("Error invoking remote method 'test': java.lang.IllegalStateException: async boom", failure.getMessage());
    assertEquals("java.lang.IllegalStateException", failure.remoteClassName());
  }

  @Test
  void invokeFailureOfAnExceptionWithoutMessageShowsItsClassNameAsToStringDoes() {
    main.handle("test", (event, args) -> {
      throw new UnsupportedOperationException();
    });

    IpcRemoteException failure = assertFailsWith(IpcRemoteException.class, ipc.invoke("test"));

    assertEquals("Error invoking remote method 'test': " + new UnsupportedOperationException(), failure.getMessage());
    assertEquals("java.lang.UnsupportedOperationException", failure.remoteClassName());
    assertNull(failure.remoteMessage());
  }

  @Test
  void invokeWithNoHandlerFailsWithElectronText() { // 5
    IpcNoHandlerException failure = assertFailsWith(IpcNoHandlerException.class, ipc.invoke("nothing-here"));

    assertEquals("Error invoking remote method 'nothing-here': No handler registered for 'nothing-here'",
        failure.getMessage());
    assertEquals("nothing-here", failure.channel());
  }

  @Test
  void invokeOfARemovedHandlerFailsWithNoHandler() { // 6
    main.handle("test", (event, args) -> "served");
    assertEquals("served", await(ipc.invoke("test")));

    main.removeHandler("test");

    IpcNoHandlerException failure = assertFailsWith(IpcNoHandlerException.class, ipc.invoke("test"));
    assertEquals("Error invoking remote method 'test': No handler registered for 'test'", failure.getMessage());
  }

  @Test
  void aSecondHandlerOnTheSameScopeThrowsElectronText() { // 7
    main.handle("test", (event, args) -> "first");

    IllegalStateException second = assertThrows(IllegalStateException.class, () -> main.handle("test", (event, args) -> "second"));
    IllegalStateException secondOnce =
        assertThrows(IllegalStateException.class, () -> main.handleOnce("test", (event, args) -> "second"));
    main.handleOnce("once", (event, args) -> "once");
    IllegalStateException afterOnce = assertThrows(IllegalStateException.class, () -> main.handle("once", (event, args) -> "x"));

    assertEquals("Attempted to register a second handler for 'test'", second.getMessage());
    assertEquals("Attempted to register a second handler for 'test'", secondOnce.getMessage());
    assertEquals("Attempted to register a second handler for 'once'", afterOnce.getMessage());
    assertEquals("first", await(ipc.invoke("test")), "the first handler stays");

    // The check is per registry: each scope may hold one handler of its own.
    assertDoesNotThrow(() -> renderer.ipc().handle("test", (event, args) -> "renderer"));
    assertDoesNotThrow(() -> renderer.mainFrame().ipc().handle("test", (event, args) -> "frame"));
    IllegalStateException scoped =
        assertThrows(IllegalStateException.class, () -> renderer.ipc().handle("test", (event, args) -> "again"));
    assertEquals("Attempted to register a second handler for 'test'", scoped.getMessage());
  }

  @Test
  void handleOnceIsRemovedBeforeUserCodeRunsSoASecondInvokeMeanwhileFindsNoHandler() { // 103
    CompletableFuture<Object> firstResult = new CompletableFuture<>();
    AtomicReference<Boolean> hadHandlerInside = new AtomicReference<>();
    CountDownLatch started = new CountDownLatch(1);
    main.handleOnce("once", (event, args) -> {
      hadHandlerInside.set(main.hasHandler("once"));
      started.countDown();
      return firstResult;
    });

    CompletableFuture<Object> first = ipc.invoke("once");
    await(started);
    IpcNoHandlerException second = assertFailsWith(IpcNoHandlerException.class, ipc.invoke("once"));

    assertEquals(Boolean.FALSE, hadHandlerInside.get(), "the once-handler was still registered while it ran");
    assertFalse(main.hasHandler("once"));
    assertEquals("Error invoking remote method 'once': No handler registered for 'once'", second.getMessage());
    assertFalse(first.isDone(), "the first call still waits for its handler");
    firstResult.complete("first");
    assertEquals("first", await(first));
  }

  @Test
  void aHandleOnceHandlerMayRegisterItsChannelAgain() { // 103
    List<Throwable> errors = new CopyOnWriteArrayList<>();
    main.handleOnce("ch", (event, args) -> {
      try {
        main.handle("ch", (e2, a2) -> "second");
      } catch (RuntimeException e) {
        errors.add(e);
      }
      return "first";
    });

    assertEquals("first", await(ipc.invoke("ch")));
    assertEquals("second", await(ipc.invoke("ch")));
    assertEquals("second", await(ipc.invoke("ch")));
    assertEquals(List.of(), errors);
  }

  @Test
  void aHandleOnceHandlerThatThrowsIsRemovedAllTheSame() {
    main.handleOnce("ch", (event, args) -> {
      throw new IllegalStateException("once and broken");
    });

    assertFailsWith(IpcRemoteException.class, ipc.invoke("ch"));
    assertFailsWith(IpcNoHandlerException.class, ipc.invoke("ch"));
  }

  @Test
  void removeHandlerOfAnAbsentChannelIsANoOp() { // 104
    Inbox<MainMessage> inbox = listen(main, "listened");
    main.handle("other", (event, args) -> "other");

    assertDoesNotThrow(() -> main.removeHandler("absent"));
    assertDoesNotThrow(() -> main.removeHandler("listened"));
    assertDoesNotThrow(() -> renderer.ipc().removeHandler("absent"));
    assertDoesNotThrow(() -> renderer.mainFrame().ipc().removeHandler("absent"));

    assertTrue(main.hasHandler("other"));
    assertEquals("other", await(ipc.invoke("other")));
    assertEquals(1, main.listenerCount("listened"));
    ipc.send("listened", 1);
    assertArrayEquals(new Object[] {1}, inbox.take().args());
  }

  @Test
  void removeAllListenersNeverRemovesHandlers() { // 104
    main.on("ch", IGNORE);
    main.handle("ch", (event, args) -> "handled");
    renderer.ipc().on("ch", IGNORE);
    renderer.ipc().handle("scoped", (event, args) -> "scoped");

    main.removeAllListeners("ch");
    assertTrue(main.hasHandler("ch"));
    assertEquals("handled", await(ipc.invoke("ch")));

    main.removeAllListeners();
    renderer.ipc().removeAllListeners();
    assertTrue(main.hasHandler("ch"));
    assertTrue(renderer.ipc().hasHandler("scoped"));
    assertEquals("handled", await(ipc.invoke("ch")));
    assertEquals("scoped", await(ipc.invoke("scoped")));
    assertEquals(Set.of(), main.eventNames());
    assertEquals(Set.of(), renderer.ipc().eventNames());
  }

  @Test
  void removeHandlerNeverRemovesListeners() { // 104
    Inbox<MainMessage> inbox = listen(main, "ch");
    main.handle("ch", (event, args) -> "handled");

    main.removeHandler("ch");

    assertEquals(1, main.listenerCount("ch"));
    assertEquals(Set.of("ch"), main.eventNames());
    ipc.send("ch", "still heard");
    assertArrayEquals(new Object[] {"still heard"}, inbox.take().args());
    assertFailsWith(IpcNoHandlerException.class, ipc.invoke("ch"));
  }

  @Test
  void closingARegistrationRemovesExactlyThatRegistration() {
    List<String> log = new CopyOnWriteArrayList<>();
    IpcMainListener l = (event, args) -> log.add("L");
    IpcMainListener m = (event, args) -> log.add("M");
    Registration firstL = main.on("ch", l);
    main.on("ch", m);
    main.on("ch", l);

    firstL.close();
    firstL.close(); // closing twice does nothing

    assertEquals(2, main.listenerCount("ch"));
    ipc.send("ch");
    syncWithMain(main, ipc);
    assertEquals(List.of("M", "L"), log, "the first L registration is the one removed");

    Registration handler = main.handle("h", (event, args) -> "one");
    handler.close();
    assertFalse(main.hasHandler("h"));
    main.handle("h", (event, args) -> "two");
    handler.close(); // must not remove the newer handler
    assertEquals("two", await(ipc.invoke("h")));

    List<String> rendererLog = new CopyOnWriteArrayList<>();
    IpcRendererListener rl = (event, args) -> rendererLog.add("L");
    IpcRendererListener rm = (event, args) -> rendererLog.add("M");
    Registration firstRl = ipc.on("ev", rl);
    ipc.on("ev", rm);
    ipc.on("ev", rl);
    firstRl.close();
    firstRl.close();
    assertEquals(2, ipc.listenerCount("ev"));
    renderer.send("ev");
    syncWithFrame(renderer, ipc);
    assertEquals(List.of("M", "L"), rendererLog);
  }

  @Test
  void anInvokeResultThatCannotCrossFailsTheCallClearly() { // 110
    main.handle("bad", (event, args) -> new Object());
    main.handle("good", (event, args) -> "fine");

    Throwable failure = failureOf(ipc.invoke("bad"));

    assertInstanceOf(IpcException.class, failure);
    assertTrue(failure.getMessage().startsWith("Error invoking remote method 'bad': "), failure.getMessage());
    assertTrue(failure.getMessage().contains("java.lang.Object"), failure.getMessage());
    assertEquals("fine", await(ipc.invoke("good")), "the connection stays usable");
  }

  @Test
  void aRendererListenerMayBlockOnAnInvokeAndWhatMainSendsMeanwhileWaitsForIt() {
    AtomicBoolean inListener = new AtomicBoolean();
    AtomicReference<Boolean> progressNested = new AtomicReference<>();
    AtomicReference<Object> result = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(2);
    main.handle("work", (event, args) -> {
      event.sender().send("progress", 50);
      return "worked";
    });
    ipc.on("progress", (event, args) -> {
      progressNested.set(inListener.get());
      done.countDown();
    });
    ipc.on("go", (event, args) -> {
      inListener.set(true);
      try {
        result.set(ipc.invoke("work").join());
      } finally {
        inListener.set(false);
        done.countDown();
      }
    });

    renderer.send("go");
    await(done);

    assertEquals("worked", result.get());
    assertEquals(Boolean.FALSE, progressNested.get(), "the progress listener ran inside the blocked listener");
  }

  @Test
  void sendSyncWorksInsideAnInvokeContinuation() {
    main.handle("first", (event, args) -> CompletableFuture.supplyAsync(
        () -> "first", CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS)));
    main.on("second", (event, args) -> event.setReturnValue(args[0] + " then second"));

    CompletableFuture<Object> chained = ipc.invoke("first").thenApply(value -> ipc.sendSync("second", value));

    assertEquals("first then second", await(chained));
  }
}
