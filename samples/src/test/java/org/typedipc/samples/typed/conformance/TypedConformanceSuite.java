package org.typedipc.samples.typed.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD;
import static org.typedipc.runtime.testing.Waits.assertFailsWith;
import static org.typedipc.runtime.testing.Waits.assertThrowsAtOnce;
import static org.typedipc.runtime.testing.Waits.await;
import static org.typedipc.runtime.testing.Waits.eventually;
import static org.typedipc.runtime.testing.Waits.failureOfCall;
import static org.typedipc.runtime.testing.Waits.sleep;

import java.io.FileNotFoundException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.spi.Typed;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.IpcNoHandlerException;
import org.typedipc.runtime.IpcRemoteException;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcTimeoutException;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.samples.typed.conformance.Conformance.Dot;
import org.typedipc.samples.typed.conformance.Conformance.FrameInfo;
import org.typedipc.samples.typed.conformance.Conformance.Kind;
import org.typedipc.samples.typed.conformance.Conformance.Line;
import org.typedipc.samples.typed.conformance.Conformance.Node;
import org.typedipc.samples.typed.conformance.Conformance.Sample;
import org.typedipc.samples.typed.conformance.Conformance.Shape;
import org.typedipc.samples.typed.conformance.Conformance.Tint;
import org.typedipc.runtime.testing.Waits;
import org.typedipc.runtime.testing.Waits.Inbox;

/**
 * The "v1 — must pass" behaviours of {@code CONFORMANCE.md} that apply to typed channels, through
 * the generated companions only: the renderer proxy ({@link ConformanceIpc#renderer}), main's
 * registrar and handler interfaces ({@link ConformanceIpc#main}), the events senders ({@link
 * ConformanceEventsIpc#to}, {@link ConformanceEventsIpc#replyTo}) and the typed renderer listeners
 * ({@link ConformanceEventsIpc#renderer}).
 *
 * <p>A transport runs the suite by subclassing it and saying how to connect a renderer. Tests never
 * assume a delivery happens on the caller's thread: they wait with queues, latches and futures, and
 * use round trips as fences. The ordering test draws its calls from a seed that it prints; {@code
 * -Dtypedipc.conformance.seed=} replays one.
 */
@Timeout(value = 10, threadMode = SEPARATE_THREAD)
public abstract class TypedConformanceSuite {
  /** The system property that fixes the seed of the randomized ordering test. */
  public static final String SEED_PROPERTY = "typedipc.conformance.seed";

  protected static final long WAIT_SECONDS = Waits.WAIT_SECONDS;
  protected static final Duration AT_ONCE = Waits.AT_ONCE;
  protected static final Duration SHORT_DEADLINE = Duration.ofMillis(200);
  private static final String CONTEXT_RELEASED = "IPC method called after context was released";

  // ---- the harness a transport implements ----

  /** A renderer's own side and main's handle of it. */
  protected record RendererUnderTest(RendererConnection connection, Renderer renderer) {
    public RendererUnderTest {
      Objects.requireNonNull(connection, "connection");
      Objects.requireNonNull(renderer, "renderer");
    }

    public IpcRenderer ipc() {
      return connection.ipcRenderer();
    }
  }

  /** Creates a main side; the suite closes it after the test. */
  protected IpcMain newMain(IpcMainOptions options) {
    return IpcMain.create(options);
  }

  /** Connects a renderer to {@code main} and returns once main knows it. */
  protected abstract RendererUnderTest connect(IpcMain main, RendererOptions options);

  // ---- per-test fixture ----

  private final ConcurrentLinkedDeque<AutoCloseable> resources = new ConcurrentLinkedDeque<>();
  private final AtomicInteger unique = new AtomicInteger();

  protected IpcMain main;
  protected RendererUnderTest r;
  protected IpcRenderer ipc;
  protected Renderer renderer;
  /** The typed proxy of the renderer's main frame. */
  protected Conformance calls;
  /** Main's typed registrar on the global scope. */
  protected ConformanceIpc.Registrar global;

  @BeforeEach
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void startMainAndOneRenderer() {
    main = newMain(IpcMainOptions.defaults());
    resources.addFirst(main);
    r = startRenderer(RendererOptions.defaults());
    ipc = r.ipc();
    renderer = r.renderer();
    calls = ConformanceIpc.renderer(ipc);
    global = ConformanceIpc.main(main);
  }

  @AfterEach
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void closeEverything() {
    AutoCloseable resource;
    while ((resource = resources.pollFirst()) != null) {
      try {
        resource.close();
      } catch (Exception e) {
        System.out.println("cleanup: closing " + resource + " failed: " + e);
      }
    }
  }

  protected final RendererUnderTest startRenderer(RendererOptions options) {
    RendererUnderTest created = connect(main, options);
    resources.addFirst(created.connection());
    return created;
  }

  protected final <T extends AutoCloseable> T closeAfterTest(T resource) {
    resources.addFirst(resource);
    return resource;
  }

  // ---- helpers ----

  /** Returns once main has run everything {@code frame} sent before (a typed invoke as a fence). */
  protected void syncWithMain(IpcRenderer frame) {
    Registration fence = global.handleOnceFence(event -> null);
    try {
      assertNull(await(ConformanceIpc.renderer(frame).fence()), "the fence invoke");
    } finally {
      fence.close();
    }
  }

  /** Returns once {@code frame} has run everything main sent it before (a typed event as a fence). */
  protected void syncWithFrame(IpcRenderer frame) {
    int token = unique.incrementAndGet();
    CountDownLatch arrived = new CountDownLatch(1);
    Registration listening = ConformanceEventsIpc.renderer(frame).onFence((event, got) -> {
      if (got == token) {
        arrived.countDown();
      }
    });
    try {
      ConformanceEventsIpc.to(renderer.frame(frame.frameId()).orElseThrow()).fence(token);
      await(arrived);
    } finally {
      listening.close();
    }
  }

  protected IpcRenderer openFrame(IpcRenderer parent) {
    IpcRenderer frame = r.connection().openFrame(parent);
    frameOf(frame);
    return frame;
  }

  protected Frame frameOf(IpcRenderer frame) {
    eventually(() -> renderer.frame(frame.frameId()).isPresent(), "main knows frame " + frame.frameId());
    return renderer.frame(frame.frameId()).orElseThrow();
  }

  private static Thread later(long millis, Runnable action) {
    Thread thread = new Thread(() -> {
      sleep(millis);
      action.run();
    }, "typed-conformance-later");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  // =====================================================================================
  // invoke / handle
  // =====================================================================================

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void invokeResolvesWithTheHandlersCompletionStage() {
    global.handleEchoAsync((event, value) -> CompletableFuture.supplyAsync(
        () -> value * 2, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS)));

    assertEquals(246, await(calls.echo(123)));
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void invokeFailureOfAnAsyncStageNamesTheOriginalException() {
    global.handleFailAsync((event, message) -> CompletableFuture.supplyAsync(() -> {
      throw new IllegalStateException(message);
    }));

    IpcRemoteException failure = assertFailsWith(IpcRemoteException.class, calls.fail("async boom"));

    assertEquals("Error invoking remote method 'conf:fail': java.lang.IllegalStateException: async boom",
        failure.getMessage());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void invokeWithNoHandlerFailsWithElectronText() {
    IpcNoHandlerException failure = assertFailsWith(IpcNoHandlerException.class, calls.nothing());

    assertEquals("Error invoking remote method 'conf:nothing': No handler registered for 'conf:nothing'",
        failure.getMessage());
    assertEquals(ConformanceIpc.NOTHING, failure.channel());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void invokeOfAHandlerRemovedByTypedRemovalOrByClosingItsRegistrationFailsWithNoHandler() {
    global.handleEcho((event, value) -> value);
    assertEquals(1, await(calls.echo(1)));
    global.removeHandlerEcho();
    IpcNoHandlerException removed = assertFailsWith(IpcNoHandlerException.class, calls.echo(2));
    assertEquals("Error invoking remote method 'conf:echo': No handler registered for 'conf:echo'", removed.getMessage());

    Registration registration = global.handleEcho((event, value) -> value + 1);
    assertEquals(4, await(calls.echo(3)));
    registration.close();
    IpcNoHandlerException closed = assertFailsWith(IpcNoHandlerException.class, calls.echo(4));
    assertEquals("Error invoking remote method 'conf:echo': No handler registered for 'conf:echo'", closed.getMessage());

    global.removeHandlerWhich(); // absent: a no-op
    assertFalse(main.hasHandler(ConformanceIpc.WHICH));
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void removingListenersNeverRemovesHandlersAndRemovingHandlersNeverRemovesListeners() {
    global.handleEcho((event, value) -> value);
    global.onNote((event, text) -> {});
    main.removeAllListeners();
    assertTrue(main.hasHandler(ConformanceIpc.ECHO));
    assertEquals(7, await(calls.echo(7)));

    global.onNote((event, text) -> {});
    global.removeHandlerEcho();
    assertEquals(1, main.listenerCount(ConformanceIpc.NOTE));
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
    r.connection().close();
    assertFailsWith(IpcDisconnectedException.class, pending);
  }

  // =====================================================================================
  // ordering
  // =====================================================================================

  @Test
  @Timeout(value = 30, threadMode = SEPARATE_THREAD)
  void aThousandTypedCallsMixingSendSendSyncAndInvokeStartInMainInCallOrder() {
    long seed = Long.getLong(SEED_PROPERTY, System.nanoTime());
    String replay = "seed " + seed + " (replay with -D" + SEED_PROPERTY + "=" + seed + ")";
    System.out.println(getClass().getSimpleName() + " typed ordering: " + replay);
    Random random = new Random(seed);
    List<Integer> started = Collections.synchronizedList(new ArrayList<>());
    global.onOrderSend((event, i) -> started.add(i));
    global.onOrderSync((event, i) -> {
      started.add(i);
      return i;
    });
    global.handleOrderInvoke((event, i) -> {
      started.add(i);
      return i;
    });

    List<CompletableFuture<Integer>> invokes = new ArrayList<>();
    StringBuilder kinds = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      switch (random.nextInt(3)) {
        case 0 -> {
          kinds.append('s');
          calls.orderSend(i);
        }
        case 1 -> {
          kinds.append('S');
          assertEquals(i, calls.orderSync(i), replay);
        }
        default -> {
          kinds.append('i');
          invokes.add(calls.orderInvoke(i));
        }
      }
    }
    for (CompletableFuture<Integer> call : invokes) {
      await(call);
    }
    syncWithMain(ipc);

    List<Integer> expected = IntStream.range(0, 1000).boxed().collect(Collectors.toList());
    assertEquals(expected, new ArrayList<>(started), "calls (s=send, S=sendSync, i=invoke) " + kinds + "; " + replay);
  }

  @Test
  @Timeout(value = 20, threadMode = SEPARATE_THREAD)
  void everythingMainSendsToOneFrameThroughTypedSendersArrivesInSendOrder() {
    IpcRenderer sub = openFrame(ipc);
    Frame subFrame = frameOf(sub);
    List<Integer> mainFrameGot = Collections.synchronizedList(new ArrayList<>());
    List<Integer> subFrameGot = Collections.synchronizedList(new ArrayList<>());
    ConformanceEventsIpc.renderer(ipc).onSeq((event, i) -> mainFrameGot.add(i));
    ConformanceEventsIpc.renderer(sub).onSeq((event, i) -> subFrameGot.add(i));
    ConformanceEvents toRenderer = ConformanceEventsIpc.to(renderer);
    ConformanceEvents toMainFrame = ConformanceEventsIpc.to(renderer.mainFrame());
    ConformanceEvents toSub = ConformanceEventsIpc.to(subFrame);

    for (int i = 0; i < 1000; i++) {
      (i % 2 == 0 ? toRenderer : toMainFrame).seq(i);
      toSub.seq(i);
    }
    syncWithFrame(ipc);
    syncWithFrame(sub);

    List<Integer> expected = IntStream.range(0, 1000).boxed().collect(Collectors.toList());
    assertEquals(expected, new ArrayList<>(mainFrameGot));
    assertEquals(expected, new ArrayList<>(subFrameGot));
  }

  // =====================================================================================
  // on / once / off
  // =====================================================================================

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void typedListenersReceiveTheEventAndTheArgumentsInRegistrationOrder() {
    List<String> log = new CopyOnWriteArrayList<>();
    AtomicReference<IpcMainEvent> seenEvent = new AtomicReference<>();
    global.onNote((event, text) -> {
      seenEvent.set(event);
      log.add("a " + text);
    });
    global.onNote((event, text) -> log.add("b " + text));
    global.onceNote((event, text) -> log.add("c " + text));
    global.onNote((event, text) -> log.add("d " + text));

    calls.note("x");
    syncWithMain(ipc);
    assertEquals(List.of("a x", "b x", "c x", "d x"), log);
    assertEquals(ConformanceIpc.NOTE, seenEvent.get().channel());
    assertFalse(seenEvent.get().isSync());
    assertEquals(ipc.frameId(), seenEvent.get().frameId());

    List<String> rendererLog = new CopyOnWriteArrayList<>();
    ConformanceEventsIpc.Registrar events = ConformanceEventsIpc.renderer(ipc);
    events.onPong((event, text) -> rendererLog.add("a " + text + " on " + event.channel()));
    events.onPong((event, text) -> rendererLog.add("b " + text));
    events.oncePong((event, text) -> rendererLog.add("c " + text));
    events.onPong((event, text) -> rendererLog.add("d " + text));

    ConformanceEventsIpc.to(renderer).pong("y");
    syncWithFrame(ipc);
    assertEquals(List.of("a y on conf:pong", "b y", "c y", "d y"), rendererLog);
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void typedOnceFiresAtMostOnceAndIsRemovedBeforeItRuns() {
    AtomicInteger fired = new AtomicInteger();
    AtomicInteger countInside = new AtomicInteger(-1);
    global.onceNote((event, text) -> {
      fired.incrementAndGet();
      countInside.set(main.listenerCount(ConformanceIpc.NOTE));
      throw new IllegalStateException("a failing once listener still fires only once");
    });
    assertEquals(1, main.listenerCount(ConformanceIpc.NOTE));

    assertDoesNotThrow(() -> calls.note("1"), "a main listener's failure never reaches the sender");
    calls.note("2");
    syncWithMain(ipc);
    assertEquals(1, fired.get());
    assertEquals(0, countInside.get(), "the once listener was still registered while it ran");
    assertEquals(Set.of(), main.eventNames());

    AtomicInteger rendererFired = new AtomicInteger();
    AtomicInteger rendererCountInside = new AtomicInteger(-1);
    ConformanceEventsIpc.renderer(ipc).oncePong((event, text) -> {
      rendererFired.incrementAndGet();
      rendererCountInside.set(ipc.listenerCount(ConformanceEventsIpc.PONG));
    });
    ConformanceEventsIpc.to(renderer).pong("1");
    ConformanceEventsIpc.to(renderer).pong("2");
    syncWithFrame(ipc);
    assertEquals(1, rendererFired.get());
    assertEquals(0, rendererCountInside.get());
    assertEquals(0, ipc.listenerCount(ConformanceEventsIpc.PONG));
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void typedOnceCanBeRemovedBeforeItFiresByOffOrByItsRegistration() {
    AtomicInteger fired = new AtomicInteger();
    ConformanceIpc.NoteListener listener = (event, text) -> fired.incrementAndGet();
    global.onceNote(listener);
    global.offNote(listener);
    global.onceOther((event, text) -> fired.incrementAndGet()).close();

    assertEquals(Set.of(), main.eventNames());
    calls.note("a");
    calls.other("b");
    syncWithMain(ipc);
    assertEquals(0, fired.get());

    AtomicInteger rendererFired = new AtomicInteger();
    ConformanceEventsIpc.Registrar events = ConformanceEventsIpc.renderer(ipc);
    ConformanceEventsIpc.PongListener pong = (event, text) -> rendererFired.incrementAndGet();
    events.oncePong(pong);
    events.offPong(pong);
    events.onceSeq((event, i) -> rendererFired.incrementAndGet()).close();
    assertEquals(Set.of(), ipc.eventNames());
    ConformanceEventsIpc.to(renderer).pong("a");
    ConformanceEventsIpc.to(renderer).seq(1);
    syncWithFrame(ipc);
    assertEquals(0, rendererFired.get());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void typedOffRemovesTheMostRecentRegistrationOfATwiceAddedListener() {
    List<String> log = new CopyOnWriteArrayList<>();
    ConformanceIpc.NoteListener l = (event, text) -> log.add("L");
    ConformanceIpc.NoteListener m = (event, text) -> log.add("M");
    global.onNote(l);
    global.onNote(m);
    global.onNote(l);

    global.offNote(l);

    calls.note("x");
    syncWithMain(ipc);
    assertEquals(List.of("L", "M"), log);

    List<String> rendererLog = new CopyOnWriteArrayList<>();
    ConformanceEventsIpc.Registrar events = ConformanceEventsIpc.renderer(ipc);
    ConformanceEventsIpc.PongListener rl = (event, text) -> rendererLog.add("L");
    ConformanceEventsIpc.PongListener rm = (event, text) -> rendererLog.add("M");
    events.onPong(rl);
    events.onPong(rm);
    events.onPong(rl);
    events.offPong(rl);
    ConformanceEventsIpc.to(renderer).pong("x");
    syncWithFrame(ipc);
    assertEquals(List.of("L", "M"), rendererLog);
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void typedRemoveAllListenersRemovesOnlyItsChannelAndRegistrationCloseExactlyOne() {
    List<String> log = new CopyOnWriteArrayList<>();
    global.onNote((event, text) -> log.add("note"));
    global.onNote((event, text) -> log.add("note 2"));
    global.onOther((event, text) -> log.add("other"));
    Registration third = global.onOther((event, text) -> log.add("other 2"));

    global.removeAllListenersNote();
    third.close();
    third.close(); // closing twice is harmless
    calls.note("x");
    calls.other("y");
    syncWithMain(ipc);
    assertEquals(List.of("other"), log);
    assertEquals(Set.of(ConformanceIpc.OTHER), main.eventNames());

    List<String> rendererLog = new CopyOnWriteArrayList<>();
    ConformanceEventsIpc.Registrar events = ConformanceEventsIpc.renderer(ipc);
    events.onPong((event, text) -> rendererLog.add("pong"));
    events.onSeq((event, i) -> rendererLog.add("seq"));
    events.removeAllListenersPong();
    ConformanceEventsIpc.to(renderer).pong("x");
    ConformanceEventsIpc.to(renderer).seq(1);
    syncWithFrame(ipc);
    assertEquals(List.of("seq"), rendererLog);
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void channelListsStartEmptyAndWholeRegistrationsComeAndGo() {
    assertEquals(Set.of(), main.eventNames());
    assertEquals(Set.of(), renderer.ipc().eventNames());
    assertEquals(Set.of(), renderer.mainFrame().ipc().eventNames());
    assertEquals(Set.of(), ipc.eventNames());

    Registration all = ConformanceEventsIpc.register(ipc, new ConformanceEventsIpc.Handler() {
      @Override
      public void pong(org.typedipc.runtime.IpcRendererEvent event, String text) {}

      @Override
      public void seq(org.typedipc.runtime.IpcRendererEvent event, int i) {}

      @Override
      public void sample(org.typedipc.runtime.IpcRendererEvent event, Sample sample) {}

      @Override
      public void fence(org.typedipc.runtime.IpcRendererEvent event, int token) {}
    });
    assertEquals(Set.of(ConformanceEventsIpc.PONG, ConformanceEventsIpc.SEQ, ConformanceEventsIpc.SAMPLE,
        ConformanceEventsIpc.FENCE), ipc.eventNames());
    all.close();
    assertEquals(Set.of(), ipc.eventNames());
  }

  // =====================================================================================
  // sendSync
  // =====================================================================================

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void typedSendSyncReturnsTheListenersValueAndNullIsAValue() {
    AtomicBoolean sawSync = new AtomicBoolean();
    global.onAsk((event, question) -> {
      sawSync.set(event.isSync());
      return question == null ? null : "answer to " + question;
    });

    assertEquals("answer to q", calls.ask("q"));
    assertTrue(sawSync.get());
    assertNull(calls.ask(null));
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void withSeveralTypedListenersTheFirstValueWinsAndLaterOnesAreIgnoredSilently() {
    List<Throwable> errors = new CopyOnWriteArrayList<>();
    AtomicBoolean thirdRan = new AtomicBoolean();
    global.onAsk((event, question) -> "first");
    global.onAsk((event, question) -> "second");
    global.onAsk(new ConformanceIpc.AskListener() {
      @Override
      public String ask(IpcMainEvent event, String question) {
        return "third";
      }

      @Override
      public void onMessage(IpcMainEvent event, String question) {
        try {
          Typed.of(event).setReturnValue(ConformanceIpc.ASK_CHANNEL, ask(event, question));
          thirdRan.set(true);
        } catch (Throwable t) {
          errors.add(t);
        }
      }
    });

    assertEquals("first", calls.ask("q"));
    syncWithMain(ipc);
    assertTrue(thirdRan.get());
    assertEquals(List.of(), errors);
    assertEquals("first", calls.ask("again"), "the connection stays usable");
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aTypedListenerMaySetTheValueLaterFromAnotherThroughTheTypedEvent() {
    // The generated AskListener answers with its return value at once; answering later means
    // overriding its onMessage and setting the value through the typed event.
    global.onAsk(new ConformanceIpc.AskListener() {
      @Override
      public String ask(IpcMainEvent event, String question) {
        throw new AssertionError("not called");
      }

      @Override
      public void onMessage(IpcMainEvent event, String question) {
        later(100, () -> Typed.of(event).setReturnValue(ConformanceIpc.ASK_CHANNEL, "late " + question));
      }
    });

    assertEquals("late answer", calls.ask("answer"));
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void typedSendSyncWithNoListenerAnywhereFailsAtOnce() {
    global.onOrderSync((event, i) -> i);
    RendererUnderTest another = startRenderer(RendererOptions.defaults());
    ConformanceIpc.main(another.renderer().ipc()).onAsk((event, question) -> "wrong renderer");
    IpcRenderer sub = openFrame(ipc);
    ConformanceIpc.main(frameOf(sub).ipc()).onAsk((event, question) -> "wrong frame");

    IpcNoHandlerException failure = assertThrowsAtOnce(IpcNoHandlerException.class, () -> calls.ask("anyone?"));

    assertEquals(ConformanceIpc.ASK, failure.channel());
    assertTrue(failure.getMessage().contains("'conf:ask'"), failure.getMessage());
    assertEquals(5, calls.orderSync(5), "the connection stays usable");
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void typedSendSyncWhoseListenersNeverAnswerTimesOutAtItsDeadline() {
    global.onAsk(new ConformanceIpc.AskListener() {
      @Override
      public String ask(IpcMainEvent event, String question) {
        throw new AssertionError("not called");
      }

      @Override
      public void onMessage(IpcMainEvent event, String question) {
        // never answers
      }
    });
    global.onOrderSync((event, i) -> i);
    Conformance bounded = ConformanceIpc.renderer(ipc.withDeadline(SHORT_DEADLINE));

    long start = System.nanoTime();
    IpcTimeoutException failure = assertThrows(IpcTimeoutException.class, () -> bounded.ask("silent"));
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertTrue(elapsedMs >= SHORT_DEADLINE.toMillis() - 10, "failed after " + elapsedMs + " ms, before the deadline");
    assertTrue(elapsedMs < AT_ONCE.toMillis() + SHORT_DEADLINE.toMillis(), "failed only after " + elapsedMs + " ms");
    assertTrue(failure.getMessage().contains("'conf:ask'"), failure.getMessage());
    assertEquals(9, calls.orderSync(9), "the connection stays usable");

    RendererUnderTest short_ = startRenderer(RendererOptions.defaults().withSendSyncDeadline(SHORT_DEADLINE));
    assertThrows(IpcTimeoutException.class, () -> ConformanceIpc.renderer(short_.ipc()).ask("silent"));
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aPendingTypedSendSyncFailsAtOnceWhenItsRendererCloses() {
    global.onAsk(new ConformanceIpc.AskListener() {
      @Override
      public String ask(IpcMainEvent event, String question) {
        throw new AssertionError("not called");
      }

      @Override
      public void onMessage(IpcMainEvent event, String question) {
        later(100, () -> r.connection().close());
      }
    });

    IpcDisconnectedException failure = assertThrowsAtOnce(IpcDisconnectedException.class, () -> calls.ask("q"));
    assertTrue(failure.getMessage().contains("'conf:ask'"), failure.getMessage());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aPendingTypedSendSyncFailsAtOnceWhenMainClosesItsRenderer() {
    global.onAsk(new ConformanceIpc.AskListener() {
      @Override
      public String ask(IpcMainEvent event, String question) {
        throw new AssertionError("not called");
      }

      @Override
      public void onMessage(IpcMainEvent event, String question) {
        later(100, () -> event.sender().close());
      }
    });

    assertThrowsAtOnce(IpcDisconnectedException.class, () -> calls.ask("q"));
  }

  // =====================================================================================
  // replies and frames
  // =====================================================================================

  /** A typed pong listener on {@code frame} that collects the texts. */
  private static Inbox<String> pongs(IpcRenderer frame) {
    Inbox<String> inbox = new Inbox<>();
    ConformanceEventsIpc.renderer(frame).onPong((event, text) -> inbox.add(text));
    return inbox;
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void theTypedEventTellsWhichFrameSent() {
    IpcRenderer sub = openFrame(ipc);
    global.handleWho(event -> new FrameInfo(event.frameId(), event.senderFrame().id(),
        event.senderFrame().isMainFrame(), event.sender().id()));

    assertEquals(new FrameInfo(ipc.frameId(), ipc.frameId(), true, renderer.id()), await(calls.who()));
    assertEquals(new FrameInfo(sub.frameId(), sub.frameId(), false, renderer.id()),
        await(ConformanceIpc.renderer(sub).who()));
  }

  // =====================================================================================
  // scopes
  // =====================================================================================

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aTypedScopedListenerAloneAnswersSendSync() {
    ConformanceIpc.main(renderer.ipc()).onOrderSync((event, i) -> i * 2);
    assertEquals(84, calls.orderSync(42));
    ConformanceIpc.main(renderer.mainFrame().ipc()).onAsk((event, q) -> "frame " + q);
    assertEquals("frame q", calls.ask("q"));
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void typedInvokeGoesToTheFirstScopeWithAHandler() {
    ConformanceIpc.Registrar frame = ConformanceIpc.main(renderer.mainFrame().ipc());
    ConformanceIpc.Registrar rendererScope = ConformanceIpc.main(renderer.ipc());
    Registration frameHandler = frame.handleWhich(event -> "frame");
    rendererScope.handleWhichAsync(event -> CompletableFuture.completedFuture("renderer"));
    global.handleWhich(event -> "global");

    assertEquals("frame", await(calls.which()));
    frameHandler.close();
    assertEquals("renderer", await(calls.which()));
    rendererScope.removeHandlerWhich();
    assertEquals("global", await(calls.which()));
    global.removeHandlerWhich();
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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

  // =====================================================================================
  // values
  // =====================================================================================

  static Sample fullSample() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("zero", 0);
    counts.put("absent", null);
    counts.put("ünï 🚀", Integer.MIN_VALUE);
    return new Sample(
        7, 42, 1L << 40, -0.0, "héllo ✓ 🚀", Instant.ofEpochSecond(1_700_000_000L, 123_456_789),
        Duration.ofMillis(-1), UUID.fromString("123e4567-e89b-42d3-a456-556642440000"), new BigDecimal("1.10"),
        LocalDate.of(2024, 2, 29), Kind.FANCY, new Line(new Dot(1, 2), new Dot(-3, 4), "diagonal"),
        Arrays.asList("a", null, ""), new LinkedHashSet<>(List.of(Kind.FANCY, Kind.PLAIN)), counts,
        Optional.of("note"), Arrays.asList(Tint.GREEN, new Dot(0, 0), null, new Line(null, null, null)));
  }

  static Sample emptySample() {
    return new Sample(0, null, 0, Double.NaN, null, null, null, null, null, null, null, null,
        List.of(), Set.of(), Map.of(), Optional.empty(), List.of());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void typedValuesRoundTripEqualKeepingTheirTypes() {
    global.handleValue((event, sample) -> sample);
    global.handleShape((event, shape) -> shape);
    global.handleBytes((event, bytes) -> bytes);

    Sample full = fullSample();
    Sample back = await(calls.value(full));
    assertEquals(full, back);
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(back.ratio()));
    assertEquals(2, back.amount().scale());
    assertEquals(new ArrayList<>(full.kinds()), new ArrayList<>(back.kinds()), "set order kept");
    assertEquals(new ArrayList<>(full.counts().keySet()), new ArrayList<>(back.counts().keySet()), "map order kept");
    assertInstanceOf(Line.class, back.shape());
    assertInstanceOf(Tint.class, back.shapes().get(0));
    assertInstanceOf(Dot.class, back.shapes().get(1));
    assertEquals(emptySample(), await(calls.value(emptySample())));
    assertNull(await(calls.value(null)));

    for (Shape shape : Arrays.asList(new Dot(1, 1), new Line(new Dot(0, 0), null, "l"), Tint.RED, Tint.GREEN, null)) {
      Shape shapeBack = await(calls.shape(shape));
      assertEquals(shape, shapeBack);
      if (shape != null) {
        assertEquals(shape.getClass(), shapeBack.getClass());
      }
    }
    byte[] bytes = {0, 1, -1, 127, -128};
    assertArrayEquals(bytes, await(calls.bytes(bytes)));
    assertArrayEquals(new byte[0], await(calls.bytes(new byte[0])));
    assertNull(await(calls.bytes(null)));
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void typedValuesSentByMainAndReturnedBySendSyncArriveEqual() {
    global.onSampleSync((event, sample) -> sample);
    assertEquals(fullSample(), calls.sampleSync(fullSample()));
    assertEquals(emptySample(), calls.sampleSync(emptySample()));
    assertNull(calls.sampleSync(null));

    Inbox<Optional<Sample>> inbox = new Inbox<>();
    ConformanceEventsIpc.renderer(ipc).onSample((event, sample) -> inbox.add(Optional.ofNullable(sample)));
    ConformanceEventsIpc.to(renderer).sample(fullSample());
    ConformanceEventsIpc.to(renderer.mainFrame()).sample(null);
    assertEquals(Optional.of(fullSample()), inbox.take());
    assertEquals(Optional.empty(), inbox.take());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aTooDeepTypedValueFailsAtTheCallClearlyAndTheConnectionStaysUsable() {
    AtomicInteger served = new AtomicInteger();
    global.handleTree((event, node) -> {
      served.incrementAndGet();
      return node;
    });
    Node deep = new Node("leaf", List.of());
    for (int i = 0; i < 40; i++) {
      deep = new Node("level " + i, List.of(deep));
    }
    Node tooDeep = deep;

    Throwable failure = failureOfCall(() -> calls.tree(tooDeep));
    assertInstanceOf(IpcValueException.class, failure);
    assertTrue(failure.getMessage().contains("64"), failure.getMessage());
    Node ok = new Node("root", List.of(new Node("child", List.of())));
    assertEquals(ok, await(calls.tree(ok)));
    assertEquals(1, served.get(), "the value that could not cross was never sent");
  }

  // =====================================================================================
  // lifecycle
  // =====================================================================================

  private static void assertContextReleased(Throwable failure) {
    assertInstanceOf(IpcDisconnectedException.class, failure, () -> "failed with " + failure);
    assertTrue(failure.getMessage().contains(CONTEXT_RELEASED), failure.getMessage());
  }

  private static void assertEveryTypedCallSaysContextReleased(IpcRenderer frame) {
    Conformance proxy = ConformanceIpc.renderer(frame);
    ConformanceEventsIpc.Registrar events = ConformanceEventsIpc.renderer(frame);
    assertContextReleased(assertThrows(IpcDisconnectedException.class, () -> proxy.note("x")));
    assertContextReleased(assertThrows(IpcDisconnectedException.class, () -> proxy.ask("x")));
    assertContextReleased(assertThrows(IpcDisconnectedException.class, () -> proxy.orderSync(1)));
    assertContextReleased(failureOfCall(() -> proxy.echo(1)));
    assertContextReleased(assertThrows(IpcDisconnectedException.class, () -> events.onPong((event, text) -> {})));
    assertContextReleased(assertThrows(IpcDisconnectedException.class, () -> events.oncePong((event, text) -> {})));
    assertTrue(frame.isClosed());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void usingTypedProxiesAfterTheConnectionClosedThrowsContextReleased() {
    IpcRenderer sub = openFrame(ipc);
    IpcRenderer bounded = ipc.withDeadline(Duration.ofSeconds(1));
    Conformance before = calls;

    r.connection().close();

    assertTrue(r.connection().isClosed());
    assertEveryTypedCallSaysContextReleased(ipc);
    assertEveryTypedCallSaysContextReleased(sub);
    assertEveryTypedCallSaysContextReleased(bounded);
    assertContextReleased(assertThrows(IpcDisconnectedException.class, () -> before.note("made before close")));
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void usingTypedProxiesAfterMainClosedTheRendererThrowsContextReleased() {
    renderer.close();
    await(r.connection().whenClosed());

    assertEveryTypedCallSaysContextReleased(ipc);
    assertThrows(IpcDisconnectedException.class, () -> ConformanceEventsIpc.to(renderer).pong("x"),
        "main cannot send to a closed renderer");
  }
}
