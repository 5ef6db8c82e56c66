package org.typedipc.blackbox.conformance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.typedipc.runtime.testing.Waits.SHORT_DEADLINE;
import static org.typedipc.runtime.testing.Waits.assertFailsWith;
import static org.typedipc.runtime.testing.Waits.await;
import static org.typedipc.runtime.testing.Waits.sleep;

import java.io.FileNotFoundException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcNoHandlerException;
import org.typedipc.runtime.IpcRemoteException;
import org.typedipc.runtime.IpcTimeoutException;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.testing.OverEveryTransport;

/**
 * Typed invokes through the generated proxy and main's typed handlers: results, Electron's error
 * texts, the handler registry, and how a pending invoke ends.
 */
@OverEveryTransport
class TypedInvokeConformanceTest extends TypedConformanceFixture {
  @Test
  void invokeResolvesWithTheHandlersPlainValue() {
    List<Integer> seen = new CopyOnWriteArrayList<>();
    global.handleOnceEcho((event, value) -> {
      seen.add(value);
      return value * 2;
    });

    assertEquals(246, await(calls.echo(123)));
    assertEquals(List.of(123), seen);
  }

  @Test
  void invokeResolvesWithTheHandlersCompletionStage() {
    global.handleEchoAsync((event, value) -> CompletableFuture.supplyAsync(
        () -> value * 2, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS)));

    assertEquals(246, await(calls.echo(123)));
  }

  @Test
  void invokeFailsWithElectronTextWhenTheHandlerThrows() {
    global.handleFail((event, message) -> {
      throw new IllegalArgumentException(message);
    });

    IpcRemoteException failure = assertFailsWith(IpcRemoteException.class, calls.fail("some error"));

    assertEquals("Error invoking remote method 'conf:fail': java.lang.IllegalArgumentException: some error",
        failure.getMessage());
    assertEquals("java.lang.IllegalArgumentException", failure.remoteClassName());
    assertEquals("some error", failure.remoteMessage());
    assertEquals(ConformanceIpc.FAIL, failure.channel());
  }

  @Test
  void invokeFailsWithElectronTextWhenTheHandlersStageFails() {
    global.handleFailAsync((event, message) -> {
      CompletableFuture<String> stage = new CompletableFuture<>();
      CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS)
          .execute(() -> stage.completeExceptionally(new FileNotFoundException(message)));
      return stage;
    });

    IpcRemoteException failure = assertFailsWith(IpcRemoteException.class, calls.fail("missing.txt"));

    assertEquals("Error invoking remote method 'conf:fail': java.io.FileNotFoundException: missing.txt",
        failure.getMessage());
    assertEquals("java.io.FileNotFoundException", failure.remoteClassName());
  }

  @Test
  void invokeFailureOfAnAsyncStageNamesTheOriginalException() {
    global.handleFailAsync((event, message) -> CompletableFuture.supplyAsync(() -> {
      throw new IllegalStateException(message);
    }));

    IpcRemoteException failure = assertFailsWith(IpcRemoteException.class, calls.fail("async boom"));

    assertEquals("Error invoking remote method 'conf:fail': java.lang.IllegalStateException: async boom",
        failure.getMessage());
  }

  @Test
  void invokeWithNoHandlerFailsWithElectronText() {
    IpcNoHandlerException failure = assertFailsWith(IpcNoHandlerException.class, calls.nothing());

    assertEquals("Error invoking remote method 'conf:nothing': No handler registered for 'conf:nothing'",
        failure.getMessage());
    assertEquals(ConformanceIpc.NOTHING, failure.channel());
  }

  @Test
  void invokeOfAHandlerRemovedByNameOrByClosingItsRegistrationFailsWithNoHandler() {
    global.handleEcho((event, value) -> value);
    assertEquals(1, await(calls.echo(1)));
    main.removeHandler(ConformanceIpc.ECHO);
    IpcNoHandlerException removed = assertFailsWith(IpcNoHandlerException.class, calls.echo(2));
    assertEquals("Error invoking remote method 'conf:echo': No handler registered for 'conf:echo'", removed.getMessage());

    Registration registration = global.handleEcho((event, value) -> value + 1);
    assertEquals(4, await(calls.echo(3)));
    registration.close();
    IpcNoHandlerException closed = assertFailsWith(IpcNoHandlerException.class, calls.echo(4));
    assertEquals("Error invoking remote method 'conf:echo': No handler registered for 'conf:echo'", closed.getMessage());

    main.removeHandler(ConformanceIpc.WHICH); // absent: a no-op
    assertFalse(main.hasHandler(ConformanceIpc.WHICH));
  }

  @Test
  void aSecondTypedHandlerOnTheSameScopeThrowsElectronText() {
    global.handleEcho((event, value) -> 1);

    IllegalStateException second = assertThrows(IllegalStateException.class, () -> global.handleEcho((event, value) -> 2));
    IllegalStateException secondAsync = assertThrows(IllegalStateException.class,
        () -> global.handleEchoAsync((event, value) -> CompletableFuture.completedFuture(2)));
    IllegalStateException secondOnce = assertThrows(IllegalStateException.class, () -> global.handleOnceEcho((event, value) -> 2));
    global.handleOnceSingle((event, label) -> "once");
    IllegalStateException afterOnce = assertThrows(IllegalStateException.class, () -> global.handleSingle((event, label) -> "x"));

    assertEquals("Attempted to register a second handler for 'conf:echo'", second.getMessage());
    assertEquals("Attempted to register a second handler for 'conf:echo'", secondAsync.getMessage());
    assertEquals("Attempted to register a second handler for 'conf:echo'", secondOnce.getMessage());
    assertEquals("Attempted to register a second handler for 'conf:single'", afterOnce.getMessage());
    assertEquals(1, await(calls.echo(0)), "the first handler stays");

    // Per registry: each scope may hold one handler of its own.
    ConformanceIpc.Registrar rendererScope = ConformanceIpc.main(renderer.ipc());
    assertDoesNotThrow(() -> rendererScope.handleEcho((event, value) -> 3));
    assertDoesNotThrow(() -> ConformanceIpc.main(renderer.mainFrame().ipc()).handleEcho((event, value) -> 4));
    IllegalStateException scoped = assertThrows(IllegalStateException.class, () -> rendererScope.handleEcho((event, value) -> 5));
    assertEquals("Attempted to register a second handler for 'conf:echo'", scoped.getMessage());
  }

  @Test
  void handleOnceIsRemovedBeforeUserCodeRunsSoASecondInvokeMeanwhileFindsNoHandler() {
    CompletableFuture<String> firstResult = new CompletableFuture<>();
    AtomicReference<Boolean> hadHandlerInside = new AtomicReference<>();
    CountDownLatch started = new CountDownLatch(1);
    global.handleOnceSingleAsync((event, label) -> {
      hadHandlerInside.set(main.hasHandler(ConformanceIpc.SINGLE));
      started.countDown();
      return firstResult;
    });

    CompletableFuture<String> first = calls.single("first");
    await(started);
    IpcNoHandlerException second = assertFailsWith(IpcNoHandlerException.class, calls.single("second"));

    assertEquals(Boolean.FALSE, hadHandlerInside.get(), "the once-handler was still registered while it ran");
    assertEquals("Error invoking remote method 'conf:single': No handler registered for 'conf:single'", second.getMessage());
    assertFalse(first.isDone(), "the first call still waits for its handler");
    firstResult.complete("first done");
    assertEquals("first done", await(first));
  }

  @Test
  void aTypedHandleOnceHandlerMayRegisterItsChannelAgain() {
    List<Throwable> errors = new CopyOnWriteArrayList<>();
    global.handleOnceSingle((event, label) -> {
      try {
        global.handleSingle((e2, l2) -> "second " + l2);
      } catch (RuntimeException e) {
        errors.add(e);
      }
      return "first " + label;
    });

    assertEquals("first a", await(calls.single("a")));
    assertEquals("second b", await(calls.single("b")));
    assertEquals("second c", await(calls.single("c")));
    assertEquals(List.of(), errors);
  }

  @Test
  void removingListenersNeverRemovesHandlersAndRemovingHandlersNeverRemovesListeners() {
    global.handleEcho((event, value) -> value);
    global.onNote((event, text) -> {});
    main.removeAllListeners();
    assertTrue(main.hasHandler(ConformanceIpc.ECHO));
    assertEquals(7, await(calls.echo(7)));

    global.onNote((event, text) -> {});
    main.removeHandler(ConformanceIpc.ECHO);
    assertEquals(1, main.listenerCount(ConformanceIpc.NOTE));
  }

  @Test
  void aPendingInvokeFailsAtOnceWhenItsRendererClosesAndAtItsDeadline() {
    CountDownLatch started = new CountDownLatch(1);
    global.handleEchoAsync((event, value) -> {
      started.countDown();
      return new CompletableFuture<>();
    });

    CompletableFuture<Integer> bounded = ConformanceIpc.renderer(ipc.withDeadline(SHORT_DEADLINE)).echo(1);
    IpcTimeoutException timeout = assertFailsWith(IpcTimeoutException.class, bounded);
    assertTrue(timeout.getMessage().contains("'conf:echo'"), timeout.getMessage());

    CompletableFuture<Integer> pending = calls.echo(2);
    await(started);
    sleep(50);
    assertFalse(pending.isDone(), "invoke has no default deadline");
    connection.close();
    assertFailsWith(IpcDisconnectedException.class, pending);
  }
}
