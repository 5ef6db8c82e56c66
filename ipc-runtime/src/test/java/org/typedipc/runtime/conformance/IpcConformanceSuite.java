package org.typedipc.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD;
import static org.typedipc.runtime.testing.Waits.assertAtOnce;
import static org.typedipc.runtime.testing.Waits.assertFailsWith;
import static org.typedipc.runtime.testing.Waits.assertThrowsAtOnce;
import static org.typedipc.runtime.testing.Waits.await;
import static org.typedipc.runtime.testing.Waits.eventually;
import static org.typedipc.runtime.testing.Waits.failureOf;
import static org.typedipc.runtime.testing.Waits.failureOfCall;
import static org.typedipc.runtime.testing.Waits.sleep;

import java.io.FileNotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcMainInvokeEvent;
import org.typedipc.runtime.IpcMainListener;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.IpcMainScope;
import org.typedipc.runtime.IpcNoHandlerException;
import org.typedipc.runtime.IpcRemoteException;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcRendererEvent;
import org.typedipc.runtime.IpcRendererListener;
import org.typedipc.runtime.IpcTimeoutException;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.testing.Waits;
import org.typedipc.runtime.testing.Waits.Inbox;

/**
 * The Electron behaviours every typed-ipc transport must reproduce (see {@code CONFORMANCE.md}, the
 * "v1 — must pass" items). The numbers in the comments are the Electron spec cases of {@code
 * research/electron-ipc.md} §3.
 *
 * <p>A transport runs the suite by subclassing it and saying how to create a main side and how to
 * connect a renderer to it; the suite owns everything it creates and closes it after each test.
 * Tests use only the public API and never assume that a delivery happens on the caller's thread:
 * they wait for what they expect and use round trips as fences (everything one frame sends starts
 * in main in call order; everything main sends to one frame arrives in send order), so the same
 * tests hold in-process and across processes.
 *
 * <p>The ordering test draws its calls from a random seed; it prints the seed and names it in its
 * failure message. Set the system property {@value #SEED_PROPERTY} to replay one.
 */
@Timeout(value = 10, threadMode = SEPARATE_THREAD)
public abstract class IpcConformanceSuite {
  /** The system property that fixes the seed of the randomized ordering tests. */
  public static final String SEED_PROPERTY = "typedipc.conformance.seed";

  /** How long a test waits for one thing it expects to happen. */
  protected static final long WAIT_SECONDS = Waits.WAIT_SECONDS;

  /** What "at once" means for a failure that must not wait for a deadline (30 s by default). */
  protected static final Duration AT_ONCE = Waits.AT_ONCE;

  /** A short deadline for the tests that wait for one to pass. */
  protected static final Duration SHORT_DEADLINE = Duration.ofMillis(200);

  private static final AtomicInteger UNIQUE = new AtomicInteger();

  // ---- the harness a transport implements ----

  /**
   * A renderer connected to a main side: its own side (frames, lifetime) and main's handle of it.
   *
   * @param connection the renderer side, as a renderer application holds it
   * @param renderer main's handle of the same renderer (Electron's {@code webContents})
   */
  protected record RendererUnderTest(RendererConnection connection, Renderer renderer) {
    public RendererUnderTest {
      Objects.requireNonNull(connection, "connection");
      Objects.requireNonNull(renderer, "renderer");
    }

    /** The main frame's endpoint (Electron's {@code ipcRenderer} of the top frame). */
    public IpcRenderer ipc() {
      return connection.ipcRenderer();
    }
  }

  /** Creates a main side with {@code options}; the suite closes it after the test. */
  protected abstract IpcMain newMain(IpcMainOptions options);

  /**
   * Connects a new renderer with {@code options} to {@code main} and returns once main knows it
   * ({@link IpcMain#renderers()} lists it); the suite closes it after the test.
   */
  protected abstract RendererUnderTest connect(IpcMain main, RendererOptions options);

  // ---- per-test fixture ----

  private final ConcurrentLinkedDeque<AutoCloseable> resources = new ConcurrentLinkedDeque<>();

  /** The main side of the test. */
  protected IpcMain main;
  /** A renderer connected to {@link #main}. */
  protected RendererUnderTest r;
  /** Its main frame's endpoint. */
  protected IpcRenderer ipc;
  /** Main's handle of it. */
  protected Renderer renderer;

  @BeforeEach
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void startMainAndOneRenderer() {
    main = startMain(IpcMainOptions.defaults());
    r = startRenderer(main);
    ipc = r.ipc();
    renderer = r.renderer();
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

  /** A new main side, closed after the test. */
  protected final IpcMain startMain(IpcMainOptions options) {
    IpcMain created = newMain(options);
    resources.addFirst(created);
    return created;
  }

  /** A new renderer with default options, closed after the test (before its main). */
  protected final RendererUnderTest startRenderer(IpcMain target) {
    return startRenderer(target, RendererOptions.defaults());
  }

  /** A new renderer, closed after the test (before its main). */
  protected final RendererUnderTest startRenderer(IpcMain target, RendererOptions options) {
    RendererUnderTest created = connect(target, options);
    resources.addFirst(created.connection());
    return created;
  }

  /** Closes {@code resource} after the test, before everything created earlier. */
  protected final <T extends AutoCloseable> T closeAfterTest(T resource) {
    resources.addFirst(resource);
    return resource;
  }

  /** A single-thread executor whose thread is named {@code name}, shut down after the test. */
  protected final ExecutorService startExecutor(String name) {
    ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    });
    resources.addFirst(executor::shutdownNow);
    return executor;
  }

  /** A fixed pool of {@code threads} daemon threads, shut down after the test. */
  protected final ExecutorService startPool(String name, int threads) {
    AtomicInteger count = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    resources.addFirst(executor::shutdownNow);
    return executor;
  }

  // ---- helpers ----

  /** A message a main listener received. */
  protected record MainMessage(IpcMainEvent event, Object[] args) {}

  /** A message a renderer listener received. */
  protected record RendererMessage(IpcRendererEvent event, Object[] args) {}

  /** A listener on {@code scope} that collects what arrives on {@code channel}. */
  protected static Inbox<MainMessage> listen(IpcMainScope scope, String channel) {
    Inbox<MainMessage> inbox = new Inbox<>();
    scope.on(channel, (event, args) -> inbox.add(new MainMessage(event, args)));
    return inbox;
  }

  /** A listener on {@code frame} that collects what arrives on {@code channel}. */
  protected static Inbox<RendererMessage> listen(IpcRenderer frame, String channel) {
    Inbox<RendererMessage> inbox = new Inbox<>();
    frame.on(channel, (event, args) -> inbox.add(new RendererMessage(event, args)));
    return inbox;
  }

  /**
   * Returns once {@code target} has run everything {@code frame} sent before: an invoke is answered
   * only after the calls before it started, and main runs one listener at a time.
   */
  protected static void syncWithMain(IpcMain target, IpcRenderer frame) {
    String channel = "conformance:fence:" + UNIQUE.incrementAndGet();
    target.handleOnce(channel, (event, args) -> "fence");
    assertEquals("fence", await(frame.invoke(channel)), "the fence invoke");
  }

  /** {@link #syncWithMain(IpcMain, IpcRenderer)} for the test's main. */
  protected final void syncWithMain(IpcRenderer frame) {
    syncWithMain(main, frame);
  }

  /**
   * Returns once {@code frame} has run everything main sent it before: main's sends to one frame
   * arrive in send order.
   */
  protected static void syncWithFrame(Renderer target, IpcRenderer frame) {
    String channel = "conformance:fence:" + UNIQUE.incrementAndGet();
    CountDownLatch arrived = new CountDownLatch(1);
    frame.once(channel, (event, args) -> arrived.countDown());
    assertTrue(target.sendToFrame(frame.frameId(), channel), "the fence frame exists");
    await(arrived);
  }

  /** Opens a subframe under {@code parent} and waits until main knows it. */
  protected static IpcRenderer openFrame(RendererUnderTest target, IpcRenderer parent) {
    IpcRenderer frame = target.connection().openFrame(parent);
    frameOf(target.renderer(), frame);
    return frame;
  }

  /** Main's handle of {@code frame}, waiting until main knows it. */
  protected static Frame frameOf(Renderer target, IpcRenderer frame) {
    eventually(() -> target.frame(frame.frameId()).isPresent(), "main knows frame " + frame.frameId());
    return target.frame(frame.frameId()).orElseThrow();
  }

  /** Busy-waits a little, to widen the window in which two listeners could overlap. */
  private static void spin(long micros) {
    long end = System.nanoTime() + TimeUnit.MICROSECONDS.toNanos(micros);
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }

  /** Asserts deep equality where every scalar keeps its exact Java type and byte[] compare by content. */
  protected static void assertDeepEquals(Object expected, Object actual, String path) {
    if (expected == null) {
      assertNull(actual, path);
    } else if (expected instanceof byte[]) {
      assertInstanceOf(byte[].class, actual, path);
      assertArrayEquals((byte[]) expected, (byte[]) actual, path);
    } else if (expected instanceof List) {
      assertInstanceOf(List.class, actual, path);
      List<?> e = (List<?>) expected;
      List<?> a = (List<?>) actual;
      assertEquals(e.size(), a.size(), path + " size");
      for (int i = 0; i < e.size(); i++) {
        assertDeepEquals(e.get(i), a.get(i), path + "[" + i + "]");
      }
    } else if (expected instanceof Map) {
      assertInstanceOf(Map.class, actual, path);
      Map<?, ?> e = (Map<?, ?>) expected;
      Map<?, ?> a = (Map<?, ?>) actual;
      assertEquals(e.keySet(), a.keySet(), path + " keys");
      for (Map.Entry<?, ?> entry : e.entrySet()) {
        assertDeepEquals(entry.getValue(), a.get(entry.getKey()), path + "." + entry.getKey());
      }
    } else {
      assertNotNull(actual, path);
      assertEquals(expected.getClass(), actual.getClass(), path + " keeps its type");
      assertEquals(expected, actual, path);
    }
  }

  /** {@code depth} lists, each holding the next, the innermost holding "leaf". */
  protected static Object nestedLists(int depth) {
    Object value = "leaf";
    for (int i = 0; i < depth; i++) {
      value = List.of(value);
    }
    return value;
  }

  /** {@code depth} maps, each holding the next under "k", the innermost holding "leaf". */
  protected static Object nestedMaps(int depth) {
    Object value = "leaf";
    for (int i = 0; i < depth; i++) {
      value = Map.of("k", value);
    }
    return value;
  }

  private static int listDepth(Object value) {
    int depth = 0;
    while (value instanceof List) {
      depth++;
      value = ((List<?>) value).get(0);
    }
    assertEquals("leaf", value);
    return depth;
  }

  private static final IpcMainListener IGNORE = (event, args) -> {};

  // =====================================================================================
  // invoke / handle (1–8, 102–104, 107)
  // =====================================================================================

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void invokeResolvesWithTheHandlersCompletionStage() { // 2
    main.handle("test", (event, args) -> CompletableFuture.supplyAsync(
        () -> (Integer) args[0] * 2, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS)));

    assertDeepEquals(246, await(ipc.invoke("test", 123)), "result");
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void invokeFailureOfAnAsyncStageNamesTheOriginalExceptionNotItsCompletionWrapper() {
    main.handle("test", (event, args) -> CompletableFuture.supplyAsync(() -> {
      throw new IllegalStateException("async boom");
    }));

    IpcRemoteException failure = assertFailsWith(IpcRemoteException.class, ipc.invoke("test"));

    assertEquals("Error invoking remote method 'test': java.lang.IllegalStateException: async boom", failure.getMessage());
    assertEquals("java.lang.IllegalStateException", failure.remoteClassName());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void invokeWithNoHandlerFailsWithElectronText() { // 5
    IpcNoHandlerException failure = assertFailsWith(IpcNoHandlerException.class, ipc.invoke("nothing-here"));

    assertEquals("Error invoking remote method 'nothing-here': No handler registered for 'nothing-here'",
        failure.getMessage());
    assertEquals("nothing-here", failure.channel());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void invokeOfARemovedHandlerFailsWithNoHandler() { // 6
    main.handle("test", (event, args) -> "served");
    assertEquals("served", await(ipc.invoke("test")));

    main.removeHandler("test");

    IpcNoHandlerException failure = assertFailsWith(IpcNoHandlerException.class, ipc.invoke("test"));
    assertEquals("Error invoking remote method 'test': No handler registered for 'test'", failure.getMessage());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aHandleOnceHandlerThatThrowsIsRemovedAllTheSame() {
    main.handleOnce("ch", (event, args) -> {
      throw new IllegalStateException("once and broken");
    });

    assertFailsWith(IpcRemoteException.class, ipc.invoke("ch"));
    assertFailsWith(IpcNoHandlerException.class, ipc.invoke("ch"));
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
    syncWithMain(ipc);
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void anInvokeDeadlineFailsTheCallWithATimeoutAndTellsTheHandler() {
    RendererUnderTest bounded = startRenderer(main, RendererOptions.defaults().withInvokeDeadline(SHORT_DEADLINE));
    AtomicReference<IpcMainInvokeEvent> seen = new AtomicReference<>();
    CountDownLatch cancelled = new CountDownLatch(1);
    main.handle("slow", (event, args) -> {
      seen.set(event);
      event.onCancel(cancelled::countDown);
      return new CompletableFuture<>();
    });

    long start = System.nanoTime();
    IpcTimeoutException failure = assertFailsWith(IpcTimeoutException.class, bounded.ipc().invoke("slow"));
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertTrue(elapsedMs >= SHORT_DEADLINE.toMillis() - 10, "failed after " + elapsedMs + " ms, before the deadline");
    assertTrue(failure.getMessage().contains("'slow'"), failure.getMessage());
    await(cancelled);
    assertTrue(seen.get().isCancelled());
    CountDownLatch late = new CountDownLatch(1);
    seen.get().onCancel(late::countDown);
    assertEquals(0, late.getCount(), "onCancel after the cancel runs at once");
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aChannelDeadlineBoundsOnlyItsChannelAndTakesPrecedenceOverTheGlobalOne() {
    RendererUnderTest bounded = startRenderer(main, RendererOptions.defaults()
        .withInvokeDeadline(Duration.ofSeconds(30))
        .withInvokeDeadline("slow", SHORT_DEADLINE));
    CompletableFuture<Object> later = new CompletableFuture<>();
    main.handle("slow", (event, args) -> new CompletableFuture<>());
    main.handle("other", (event, args) -> later);

    long start = System.nanoTime();
    assertFailsWith(IpcTimeoutException.class, bounded.ipc().invoke("slow"));
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    CompletableFuture<Object> other = bounded.ipc().invoke("other");
    sleepQuietly(SHORT_DEADLINE.toMillis() * 2);
    later.complete("in time");

    assertTrue(elapsedMs < 5_000, "the channel deadline, not the global one, applied: " + elapsedMs + " ms");
    assertEquals("in time", await(other));
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aDeadlineViewOfTheEndpointBoundsItsInvokes() {
    AtomicReference<IpcMainInvokeEvent> seen = new AtomicReference<>();
    CountDownLatch cancelled = new CountDownLatch(1);
    main.handle("slow", (event, args) -> {
      seen.set(event);
      event.onCancel(cancelled::countDown);
      return new CompletableFuture<>();
    });
    main.handle("fast", (event, args) -> "quick");
    CompletableFuture<Object> lateAnswer = new CompletableFuture<>();
    main.handle("late", (event, args) -> lateAnswer);
    IpcRenderer bounded = ipc.withDeadline(SHORT_DEADLINE);

    assertEquals("quick", await(bounded.invoke("fast")));
    assertFailsWith(IpcTimeoutException.class, bounded.invoke("slow"));
    await(cancelled);
    assertTrue(seen.get().isCancelled());

    CompletableFuture<Object> late = bounded.invoke("late");
    assertFailsWith(IpcTimeoutException.class, late);
    lateAnswer.complete("too late"); // a reply after the deadline is dropped quietly
    assertFailsWith(IpcTimeoutException.class, late);
    assertEquals("quick", await(ipc.invoke("fast")), "the connection stays usable");

    bounded.on("shared", (event, args) -> {});
    assertEquals(1, ipc.listenerCount("shared"), "the view shares the endpoint's listeners");
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void cancellingTheInvokeFutureTellsTheHandler() {
    AtomicReference<IpcMainInvokeEvent> seen = new AtomicReference<>();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch cancelled = new CountDownLatch(1);
    main.handle("slow", (event, args) -> {
      seen.set(event);
      event.onCancel(cancelled::countDown);
      started.countDown();
      return new CompletableFuture<>();
    });

    CompletableFuture<Object> call = ipc.invoke("slow");
    await(started);
    assertFalse(seen.get().isCancelled());
    assertTrue(call.cancel(true));

    await(cancelled);
    assertTrue(seen.get().isCancelled());
    assertTrue(call.isCancelled());

    // Cancelling a call that already completed tells nobody.
    AtomicReference<IpcMainInvokeEvent> quick = new AtomicReference<>();
    AtomicInteger quickCancels = new AtomicInteger();
    main.handle("quick", (event, args) -> {
      quick.set(event);
      event.onCancel(quickCancels::incrementAndGet);
      return "done";
    });
    CompletableFuture<Object> done = ipc.invoke("quick");
    assertEquals("done", await(done));
    assertFalse(done.cancel(true));
    syncWithMain(ipc);
    assertFalse(quick.get().isCancelled());
    assertEquals(0, quickCancels.get());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void closingTheRendererFailsItsPendingInvokeAtOnceAndCancelsTheHandler() {
    AtomicReference<IpcMainInvokeEvent> seen = new AtomicReference<>();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch cancelled = new CountDownLatch(1);
    main.handle("slow", (event, args) -> {
      seen.set(event);
      event.onCancel(cancelled::countDown);
      started.countDown();
      return new CompletableFuture<>();
    });
    CompletableFuture<Object> call = ipc.invoke("slow");
    await(started);

    assertAtOnce(() -> {
      r.connection().close();
      IpcDisconnectedException failure = assertFailsWith(IpcDisconnectedException.class, call);
      assertTrue(failure.getMessage().contains("slow"), failure.getMessage());
    });
    await(cancelled);
    assertTrue(seen.get().isCancelled());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void closingTheRendererFromMainFailsItsPendingInvokeAtOnce() {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch cancelled = new CountDownLatch(1);
    main.handle("slow", (event, args) -> {
      event.onCancel(cancelled::countDown);
      started.countDown();
      return new CompletableFuture<>();
    });
    CompletableFuture<Object> call = ipc.invoke("slow");
    await(started);

    assertAtOnce(() -> {
      renderer.close();
      assertFailsWith(IpcDisconnectedException.class, call);
    });
    await(cancelled);
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void closingASubframeFailsItsPendingCallsAtOnceAndLeavesTheOtherFramesCalls() {
    IpcRenderer sub = openFrame(r, ipc);
    Frame subFrame = frameOf(renderer, sub);
    CountDownLatch started = new CountDownLatch(2);
    CountDownLatch cancelled = new CountDownLatch(1);
    List<CompletableFuture<Object>> answers = new CopyOnWriteArrayList<>();
    main.handle("slow", (event, args) -> {
      if (event.frameId() == sub.frameId()) {
        event.onCancel(cancelled::countDown);
      }
      CompletableFuture<Object> answer = new CompletableFuture<>();
      answers.add(answer);
      started.countDown();
      return answer;
    });
    CompletableFuture<Object> fromSub = sub.invoke("slow");
    CompletableFuture<Object> fromMainFrame = ipc.invoke("slow");
    await(started);

    assertAtOnce(() -> {
      sub.close();
      assertFailsWith(IpcDisconnectedException.class, fromSub);
    });
    await(cancelled);
    eventually(subFrame::isDetached, "main sees the subframe detached");
    assertThrows(IpcDisconnectedException.class, () -> subFrame.send("ch", 1), "main cannot send to a detached frame");
    assertFalse(fromMainFrame.isDone(), "the main frame's call failed with its subframe");
    answers.forEach(answer -> answer.complete("answered"));
    assertEquals("answered", await(fromMainFrame));
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void sendSyncWorksInsideAnInvokeContinuation() {
    main.handle("first", (event, args) -> CompletableFuture.supplyAsync(
        () -> "first", CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS)));
    main.on("second", (event, args) -> event.setReturnValue(args[0] + " then second"));

    CompletableFuture<Object> chained = ipc.invoke("first").thenApply(value -> ipc.sendSync("second", value));

    assertEquals("first then second", await(chained));
  }

  // =====================================================================================
  // ordering (9–10)
  // =====================================================================================

  @Test
  @Timeout(value = 30, threadMode = SEPARATE_THREAD)
  void aThousandCallsMixingSendAndSendSyncStartInMainInCallOrder() { // 9
    assertMixedCallsStartInCallOrder(2);
  }

  @Test
  @Timeout(value = 30, threadMode = SEPARATE_THREAD)
  void aThousandCallsMixingSendSendSyncAndInvokeStartInMainInCallOrder() { // 10
    assertMixedCallsStartInCallOrder(3);
  }

  @Test
  @Timeout(value = 30, threadMode = SEPARATE_THREAD)
  void aThousandMixedCallsStartInCallOrderWhenMainRunsOnAnExecutorPool() {
    IpcMain bound = startMain(IpcMainOptions.defaults().withExecutor(startPool("conformance-order-pool", 4)));
    assertMixedCallsStartInCallOrder(bound, startRenderer(bound).ipc(), 3);
  }

  private void assertMixedCallsStartInCallOrder(int kinds) {
    assertMixedCallsStartInCallOrder(main, ipc, kinds);
  }

  private static void assertMixedCallsStartInCallOrder(IpcMain main, IpcRenderer ipc, int kinds) {
    long seed = Long.getLong(SEED_PROPERTY, System.nanoTime());
    String replay = "seed " + seed + " (replay with -D" + SEED_PROPERTY + "=" + seed + ")";
    System.out.println("ordering with " + kinds + " call kinds: " + replay);
    Random random = new Random(seed);
    List<Integer> started = Collections.synchronizedList(new ArrayList<>());
    main.on("order", (event, args) -> {
      started.add((Integer) args[0]);
      if (event.isSync()) {
        event.setReturnValue(args[0]);
      }
    });
    main.handle("order", (event, args) -> {
      started.add((Integer) args[0]);
      return args[0];
    });

    List<CompletableFuture<Object>> invokes = new ArrayList<>();
    StringBuilder calls = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      switch (random.nextInt(kinds)) {
        case 0:
          calls.append('s');
          ipc.send("order", i);
          break;
        case 1:
          calls.append('S');
          assertEquals(i, ipc.sendSync("order", i), replay);
          break;
        default:
          calls.append('i');
          invokes.add(ipc.invoke("order", i));
      }
    }
    for (CompletableFuture<Object> call : invokes) {
      await(call);
    }
    syncWithMain(main, ipc);

    List<Integer> expected = IntStream.range(0, 1000).boxed().collect(Collectors.toList());
    assertEquals(expected, new ArrayList<>(started), "calls (s=send, S=sendSync, i=invoke) " + calls + "; " + replay);
  }

  @Test
  @Timeout(value = 20, threadMode = SEPARATE_THREAD)
  void everythingMainSendsToOneFrameArrivesInSendOrder() {
    IpcRenderer sub = openFrame(r, ipc);
    Frame subFrame = frameOf(renderer, sub);
    List<Integer> mainFrameGot = Collections.synchronizedList(new ArrayList<>());
    List<Integer> subFrameGot = Collections.synchronizedList(new ArrayList<>());
    ipc.on("seq", (event, args) -> mainFrameGot.add((Integer) args[0]));
    sub.on("seq", (event, args) -> subFrameGot.add((Integer) args[0]));

    for (int i = 0; i < 1000; i++) {
      switch (i % 3) {
        case 0:
          renderer.send("seq", i);
          break;
        case 1:
          renderer.sendToFrame(ipc.frameId(), "seq", i);
          break;
        default:
          renderer.mainFrame().send("seq", i);
      }
      if (i % 2 == 0) {
        subFrame.send("seq", i);
      } else {
        renderer.sendToFrame(sub.frameId(), "seq", i);
      }
    }
    syncWithFrame(renderer, ipc);
    syncWithFrame(renderer, sub);

    List<Integer> expected = IntStream.range(0, 1000).boxed().collect(Collectors.toList());
    assertEquals(expected, new ArrayList<>(mainFrameGot));
    assertEquals(expected, new ArrayList<>(subFrameGot));
  }

  // =====================================================================================
  // on / once / listeners (63–68, 76–79, 105–106)
  // =====================================================================================

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void rendererListenersReceiveTheEventAndTheArguments() {
    Inbox<RendererMessage> inbox = listen(ipc, "test");

    renderer.send("test", 42, "two");

    RendererMessage message = inbox.take();
    assertArrayEquals(new Object[] {42, "two"}, message.args());
    assertEquals("test", message.event().channel());
    assertEquals(ipc.frameId(), message.event().sender().frameId());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aRendererEventsSenderSendsBackAsItsFrame() {
    IpcRenderer sub = openFrame(r, ipc);
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void severalListenersOnOneChannelAllRunInRegistrationOrder() {
    List<String> log = new CopyOnWriteArrayList<>();
    main.on("ch", (event, args) -> log.add("a"));
    main.addListener("ch", (event, args) -> log.add("b"));
    main.once("ch", (event, args) -> log.add("c"));
    main.on("ch", (event, args) -> log.add("d"));

    ipc.send("ch");
    syncWithMain(ipc);
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
    syncWithMain(ipc);

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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
    syncWithMain(ipc);
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aOnceListenerAnswersOneSendSyncAndThenNobodyListens() {
    main.once("sync", (event, args) -> event.setReturnValue("once"));

    assertEquals("once", ipc.sendSync("sync"));
    assertThrowsAtOnce(IpcNoHandlerException.class, () -> ipc.sendSync("sync"));
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void removeListenerRemovesTheMostRecentRegistrationOfATwiceAddedListener() {
    List<String> log = new CopyOnWriteArrayList<>();
    IpcMainListener l = (event, args) -> log.add("L");
    IpcMainListener m = (event, args) -> log.add("M");
    main.on("ch", l);
    main.on("ch", m);
    main.on("ch", l);

    main.removeListener("ch", l);

    ipc.send("ch");
    syncWithMain(ipc);
    assertEquals(List.of("L", "M"), log);

    // on + once of the same listener: off removes the once, the most recent.
    AtomicInteger fired = new AtomicInteger();
    IpcMainListener counted = (event, args) -> fired.incrementAndGet();
    main.on("twice", counted);
    main.once("twice", counted);
    main.off("twice", counted);
    ipc.send("twice");
    ipc.send("twice");
    syncWithMain(ipc);
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
    syncWithMain(ipc);

    assertEquals(List.of("first 1", "later 1", "first 2", "added 2"), log);
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
    syncWithMain(ipc);
    assertEquals(1, fired.get(), "listeners of other channels still run");
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
    syncWithMain(ipc);
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void channelListsStartEmptyOnEverySide() { // 65, 77, 105
    IpcMain fresh = startMain(IpcMainOptions.defaults());
    assertEquals(Set.of(), fresh.eventNames());
    assertEquals(0, fresh.listenerCount("error"));
    assertFalse(fresh.hasHandler("error"));

    IpcRenderer sub = openFrame(r, ipc);
    assertEquals(Set.of(), main.eventNames());
    assertEquals(Set.of(), renderer.ipc().eventNames());
    assertEquals(Set.of(), renderer.mainFrame().ipc().eventNames());
    assertEquals(Set.of(), frameOf(renderer, sub).ipc().eventNames());
    assertEquals(Set.of(), ipc.eventNames());
    assertEquals(Set.of(), sub.eventNames());

    // A message on 'error' nobody listens to does not disturb main.
    ipc.send("error", "nobody listens");
    syncWithMain(ipc);
    assertEquals(Set.of(), main.eventNames());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void listenerCountAndEventNamesFollowRegistrations() {
    main.on("b", IGNORE);
    main.on("a", IGNORE);
    main.once("b", IGNORE);

    assertEquals(List.of("b", "a"), new ArrayList<>(main.eventNames()), "in the order channels got their first listener");
    assertEquals(2, main.listenerCount("b"));
    assertEquals(1, main.listenerCount("a"));
    assertEquals(0, main.listenerCount("none"));

    ipc.send("b");
    syncWithMain(ipc);
    assertEquals(1, main.listenerCount("b"), "the once listener is gone after it fired");

    ipc.on("x", (event, args) -> {});
    ipc.once("x", (event, args) -> {});
    ipc.on("y", (event, args) -> {});
    assertEquals(Set.of("x", "y"), ipc.eventNames());
    assertEquals(2, ipc.listenerCount("x"));
    assertEquals(0, ipc.listenerCount("none"));
  }

  // =====================================================================================
  // sendSync (63–64, 76, 106)
  // =====================================================================================

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
    syncWithMain(ipc);
    assertTrue(secondRan.get());
    assertEquals(List.of(), errors);
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aListenerMaySetTheReturnValueLaterFromAnotherThread() {
    main.on("ch", (event, args) -> new Thread(() -> {
      sleep(100);
      event.setReturnValue("late " + args[0]);
    }).start());

    assertEquals("late answer", ipc.sendSync("ch", "answer"));
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void sendSyncWithNoListenerAnywhereFailsAtOnce() { // 106
    main.on("other", (event, args) -> event.setReturnValue("other"));
    RendererUnderTest another = startRenderer(main);
    another.renderer().ipc().on("nobody", (event, args) -> event.setReturnValue("wrong renderer"));

    IpcRenderer sub = openFrame(r, ipc);
    frameOf(renderer, sub).ipc().on("nobody", (event, args) -> event.setReturnValue("wrong frame"));

    IpcNoHandlerException failure = assertThrowsAtOnce(IpcNoHandlerException.class, () -> ipc.sendSync("nobody", 1));

    assertEquals("nobody", failure.channel());
    assertTrue(failure.getMessage().contains("'nobody'"), failure.getMessage());
    assertEquals("other", ipc.sendSync("other"), "the connection stays usable");
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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

    RendererUnderTest bounded = startRenderer(main, RendererOptions.defaults().withSendSyncDeadline(SHORT_DEADLINE));
    assertThrows(IpcTimeoutException.class, () -> bounded.ipc().sendSync("silent"));
    assertEquals("still", bounded.ipc().sendSync("echo", "still"));
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aReturnValueSetAfterTheDeadlineIsDroppedAndNeverAnswersALaterCall() {
    CountDownLatch lateSet = new CountDownLatch(1);
    main.on("slow", (event, args) -> new Thread(() -> {
      sleep(SHORT_DEADLINE.toMillis() * 2);
      event.setReturnValue("stale");
      lateSet.countDown();
    }).start());
    main.on("fresh", (event, args) -> new Thread(() -> {
      await(lateSet);
      event.setReturnValue("fresh");
    }).start());
    IpcRenderer bounded = ipc.withDeadline(SHORT_DEADLINE);

    assertThrows(IpcTimeoutException.class, () -> bounded.sendSync("slow"));
    assertEquals("fresh", ipc.sendSync("fresh"));
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
    assertFalse(r.connection().isClosed());
    assertFalse(renderer.isClosed());
    renderer.send("note", "after");
    syncWithFrame(renderer, ipc);
    syncWithMain(ipc);
    assertTrue(inbox.size() <= 1 && back.size() <= 2);
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aPendingSendSyncFailsAtOnceWhenItsRendererCloses() {
    main.on("ch", (event, args) -> new Thread(() -> {
      sleep(100);
      r.connection().close();
    }).start());

    IpcDisconnectedException failure = assertThrowsAtOnce(IpcDisconnectedException.class, () -> ipc.sendSync("ch"));
    assertTrue(failure.getMessage().contains("'ch'"), failure.getMessage());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aPendingSendSyncFailsAtOnceWhenMainClosesItsRenderer() {
    main.on("ch", (event, args) -> new Thread(() -> {
      sleep(100);
      event.sender().close();
    }).start());

    assertThrowsAtOnce(IpcDisconnectedException.class, () -> ipc.sendSync("ch"));
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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

  // =====================================================================================
  // replies and frames (66, 81, 85–91, 101)
  // =====================================================================================

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void eventReplyReachesTheFrameThatSent() { // 66, 86, 88, 90
    main.on("ping", (event, args) -> event.reply("pong", args[0]));
    IpcRenderer sub = openFrame(r, ipc);
    IpcRenderer nested = openFrame(r, sub);
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void eventSenderSendReachesTheMainFrame() {
    main.on("ping", (event, args) -> event.sender().send("pong", args[0]));
    IpcRenderer sub = openFrame(r, ipc);
    Inbox<RendererMessage> mainFrameInbox = listen(ipc, "pong");
    Inbox<RendererMessage> subInbox = listen(sub, "pong");

    sub.send("ping", "from sub");

    assertArrayEquals(new Object[] {"from sub"}, mainFrameInbox.take().args());
    syncWithFrame(renderer, sub);
    assertEquals(0, subInbox.size());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void eventSenderFrameSendReachesTheFrameThatSent() { // 87, 89, 91
    main.on("ping", (event, args) -> event.senderFrame().send("pong", args[0]));
    IpcRenderer sub = openFrame(r, ipc);
    IpcRenderer nested = openFrame(r, sub);
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void mainCanSendToOneChosenFrame() { // 81
    IpcRenderer sub = openFrame(r, ipc);
    Inbox<RendererMessage> mainFrameInbox = listen(ipc, "msg");
    Inbox<RendererMessage> subInbox = listen(sub, "msg");

    assertTrue(renderer.sendToFrame(sub.frameId(), "msg", "to sub"));
    assertArrayEquals(new Object[] {"to sub"}, subInbox.take().args());
    syncWithFrame(renderer, ipc);
    assertEquals(0, mainFrameInbox.size(), "the main frame got a message sent to the subframe");

    assertTrue(renderer.sendToFrame(ipc.frameId(), "msg", "to main frame"));
    assertArrayEquals(new Object[] {"to main frame"}, mainFrameInbox.take().args());
    frameOf(renderer, sub).send("msg", "through the frame handle");
    assertArrayEquals(new Object[] {"through the frame handle"}, subInbox.take().args());

    int unknown = 1 + Math.max(ipc.frameId(), sub.frameId()) + 1000;
    assertFalse(renderer.sendToFrame(unknown, "msg", "to nobody"));
    syncWithFrame(renderer, ipc);
    syncWithFrame(renderer, sub);
    assertEquals(0, mainFrameInbox.size() + subInbox.size());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void theEventTellsWhichFrameSent() { // 85, 101
    IpcRenderer sub = openFrame(r, ipc);
    IpcRenderer nested = openFrame(r, sub);
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

  // =====================================================================================
  // scopes (45–46, 48–54, 56–61, 92–93)
  // =====================================================================================

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
    syncWithMain(ipc);
    assertEquals(List.of("frame:42", "renderer:42", "global:42"), log);

    log.clear();
    assertEquals("frame", ipc.sendSync("ch", 43));
    syncWithMain(ipc);
    assertEquals(List.of("frame:43", "renderer:43", "global:43"), log);
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aScopedListenerAloneAnswersSendSync() { // 46, 54
    renderer.ipc().on("double", (event, args) -> event.setReturnValue((Integer) args[0] * 2));
    assertEquals(84, ipc.sendSync("double", 42));

    renderer.mainFrame().ipc().on("triple", (event, args) -> event.setReturnValue((Integer) args[0] * 3));
    assertEquals(126, ipc.sendSync("triple", 42));
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aSubframesMessagesReachTheSubframesScopeNotTheMainFrames() { // 52, 61
    IpcRenderer sub = openFrame(r, ipc);
    Frame subFrame = frameOf(renderer, sub);
    List<String> log = new CopyOnWriteArrayList<>();
    renderer.mainFrame().ipc().on("ch", (event, args) -> log.add("main frame"));
    subFrame.ipc().on("ch", (event, args) -> log.add("subframe"));
    renderer.ipc().on("ch", (event, args) -> log.add("renderer"));

    sub.send("ch");
    syncWithMain(sub);
    assertEquals(List.of("subframe", "renderer"), log);

    renderer.mainFrame().ipc().handle("inv", (event, args) -> "main frame");
    main.handle("inv", (event, args) -> "global");
    assertEquals("global", await(sub.invoke("inv")), "the main frame's handler served a subframe");
    subFrame.ipc().handle("inv", (event, args) -> "subframe");
    assertEquals("subframe", await(sub.invoke("inv")));
    assertEquals("main frame", await(ipc.invoke("inv")));
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void theCatchAllHookSeesEveryMessageBeforeTheScopes() { // 92–94
    IpcRenderer sub = openFrame(r, ipc);
    List<String> log = new CopyOnWriteArrayList<>();
    renderer.onIpcMessage((event, channel, args) -> {
      if (!channel.startsWith("conformance:fence")) {
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
    syncWithMain(ipc);
    assertEquals(List.of("hook a [1, x] sync=false frame=" + ipc.frameId(), "frame", "renderer", "global"), log);

    log.clear();
    assertEquals("answered", ipc.sendSync("a", 2));
    syncWithMain(ipc);
    assertEquals(List.of("hook a [2] sync=true frame=" + ipc.frameId(), "frame", "renderer", "global"), log);

    log.clear();
    sub.send("unheard", "from sub", null);
    syncWithMain(sub);
    assertEquals(List.of("hook unheard [from sub, null] sync=false frame=" + sub.frameId()), log);
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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

  // =====================================================================================
  // values (69–74, 100, 109–110)
  // =====================================================================================

  /** One of each value kind of the string channels, nested too, in a fixed order. */
  protected static Map<String, Object> sampleValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("int", 42);
    values.put("intMin", Integer.MIN_VALUE);
    values.put("long", 1L << 40);
    values.put("smallLong", 7L);
    values.put("double", 3.5);
    values.put("wholeDouble", 2.0);
    values.put("negativeZero", -0.0);
    values.put("nan", Double.NaN);
    values.put("infinity", Double.NEGATIVE_INFINITY);
    values.put("longMax", Long.MAX_VALUE);
    values.put("true", true);
    values.put("false", false);
    values.put("string", "héllo ✓ 🚀");
    values.put("emptyString", "");
    values.put("null", null);
    values.put("bytes", new byte[] {0, 1, -1, 127, -128});
    values.put("emptyBytes", new byte[0]);
    values.put("instant", Instant.ofEpochSecond(1_700_000_000L, 123_456_789));
    values.put("beforeEpoch", Instant.parse("1969-07-20T20:17:40Z"));
    values.put("withId", Map.of("id", 1, "name", "ly")); // 69
    values.put("list", List.of(1, "two", 3.0, List.of(4L), new byte[] {5}));
    Map<String, Object> withNull = new LinkedHashMap<>();
    withNull.put("present", "yes");
    withNull.put("absent", null);
    values.put("nested", Map.of("a", List.of(Map.of("b", new byte[] {9}), withNull), "when", Instant.EPOCH));
    values.put("emptyList", List.of());
    values.put("emptyMap", Map.of());
    return values;
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void valuesSentByARendererArriveEqualKeepingTheirJavaTypes() { // 69–71
    Map<String, Object> values = sampleValues();
    Inbox<MainMessage> inbox = listen(main, "values");

    ipc.send("values", values.values().toArray());
    ipc.send("values", values);

    Object[] args = inbox.take().args();
    assertEquals(values.size(), args.length);
    int i = 0;
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      assertDeepEquals(entry.getValue(), args[i++], entry.getKey());
    }
    Object[] whole = inbox.take().args();
    assertEquals(1, whole.length);
    assertDeepEquals(values, whole[0], "map");
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void valuesSentByMainArriveEqualKeepingTheirJavaTypes() {
    Map<String, Object> values = sampleValues();
    Inbox<RendererMessage> inbox = listen(ipc, "values");

    renderer.send("values", values.values().toArray());
    renderer.send("values", values);

    Object[] args = inbox.take().args();
    int i = 0;
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      assertDeepEquals(entry.getValue(), args[i++], entry.getKey());
    }
    assertDeepEquals(values, inbox.take().args()[0], "map");
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void invokeArgumentsAndResultsAndSendSyncReturnValuesRoundTrip() {
    Map<String, Object> values = sampleValues();
    main.handle("echo", (event, args) -> Arrays.asList(args));
    main.on("echo", (event, args) -> event.setReturnValue(Arrays.asList(args)));
    List<Object> expected = new ArrayList<>(values.values());

    assertDeepEquals(expected, await(ipc.invoke("echo", values.values().toArray())), "invoke");
    assertDeepEquals(expected, ipc.sendSync("echo", values.values().toArray()), "sendSync");
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      main.removeHandler("one");
      main.handle("one", (event, args) -> entry.getValue());
      assertDeepEquals(entry.getValue(), await(ipc.invoke("one")), "invoke result " + entry.getKey());
    }
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void nullArgumentsAndNoArgumentsArrive() {
    Inbox<MainMessage> inbox = listen(main, "n");

    ipc.send("n", (Object) null);
    ipc.send("n", null, "x", null);
    ipc.send("n");

    assertArrayEquals(new Object[] {null}, inbox.take().args());
    assertArrayEquals(new Object[] {null, "x", null}, inbox.take().args());
    assertArrayEquals(new Object[0], inbox.take().args());
    main.handle("n", (event, args) -> null);
    assertNull(await(ipc.invoke("n", (Object) null)));
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aValueReferencedTwiceArrivesEqualAtBothPlaces() { // 74
    Map<String, Object> child = Map.of("c", 1);
    Map<String, Object> foo = Map.of("name", "foo", "child", child);
    Map<String, Object> bar = Map.of("name", "bar", "child", child);
    Inbox<MainMessage> inbox = listen(main, "shared");

    ipc.send("shared", List.of(foo, bar), foo, bar, child);

    Object[] args = inbox.take().args();
    assertDeepEquals(List.of(foo, bar), args[0], "array");
    assertDeepEquals(foo, args[1], "foo");
    assertDeepEquals(bar, args[2], "bar");
    assertDeepEquals(child, args[3], "child");
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void channelNamesWithNonAsciiCharactersWork() { // 100
    Inbox<MainMessage> inbox = listen(main, "ping-æøåü");
    main.handle("ping-æøåü", (event, args) -> "pong-æøåü");
    Inbox<RendererMessage> back = listen(ipc, "ping-æøåü");

    ipc.send("ping-æøåü", "a");
    assertEquals("ping-æøåü", inbox.take().event().channel());
    assertEquals("pong-æøåü", await(ipc.invoke("ping-æøåü")));
    renderer.send("ping-æøåü", "b");
    assertEquals("ping-æøåü", back.take().event().channel());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void largeValuesCrossWhole() {
    byte[] megabyte = new byte[1 << 20];
    new Random(1).nextBytes(megabyte);
    List<Object> longList = IntStream.range(0, 100_000).boxed().collect(Collectors.toList());
    String longString = "ü".repeat(300_000);
    main.handle("echo", (event, args) -> Arrays.asList(args));
    Inbox<RendererMessage> inbox = listen(ipc, "big");

    assertDeepEquals(Arrays.asList(megabyte, longList, longString),
        await(ipc.invoke("echo", megabyte, longList, longString)), "invoke");
    renderer.send("big", megabyte, longList, longString);
    assertDeepEquals(Arrays.asList(megabyte, longList, longString), Arrays.asList(inbox.take().args()), "event");
  }

  /** A type the dynamic value model does not carry. */
  protected record Point(int x, int y) {}

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aValueThatCannotCrossFailsAtTheCallNamingItsTypeAndPlaceAndNothingIsSent() { // 72–73
    AtomicInteger runs = new AtomicInteger();
    main.on("v", (event, args) -> {
      runs.incrementAndGet();
      event.setReturnValue("ran");
    });
    main.handle("v", (event, args) -> {
      runs.incrementAndGet();
      return "ran";
    });
    Map<Object, String> bad = new LinkedHashMap<>();
    bad.put(new Object(), "java.lang.Object");
    bad.put(new HashSet<>(List.of(1)), "java.util.HashSet");
    bad.put(new Point(1, 2), "Point");
    bad.put(Optional.of("x"), "java.util.Optional");

    for (Map.Entry<Object, String> entry : bad.entrySet()) {
      Object value = entry.getKey();
      String type = entry.getValue();
      List<IpcValueException> failures = List.of(
          assertThrows(IpcValueException.class, () -> ipc.send("v", "fine", value)),
          assertThrows(IpcValueException.class, () -> ipc.sendSync("v", "fine", value)),
          assertThrows(IpcValueException.class, () -> ipc.invoke("v", "fine", value)));
      for (IpcValueException failure : failures) {
        assertTrue(failure.getMessage().contains(type), type + ": " + failure.getMessage());
        assertTrue(failure.getMessage().contains("args[1]"), type + ": " + failure.getMessage());
      }
    }
    IpcValueException nested = assertThrows(IpcValueException.class,
        () -> ipc.send("v", List.of(1, Map.of("inner", new Object()))));
    assertTrue(nested.getMessage().contains("java.lang.Object"), nested.getMessage());
    assertTrue(nested.getMessage().contains("args[0]"), nested.getMessage());
    assertTrue(nested.getMessage().contains("inner"), nested.getMessage());
    assertThrows(IpcValueException.class, () -> ipc.send("v", Map.of(1, "a non-String key")));
    assertThrows(IpcValueException.class, () -> ipc.send("v", 1.5f));

    syncWithMain(ipc);
    assertEquals(0, runs.get(), "a listener ran for a call that failed");
    ipc.send("v", "ok");
    syncWithMain(ipc);
    assertEquals(1, runs.get(), "the connection stays usable");
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aCyclicValueFailsWithAValueExceptionNotAStackOverflow() { // 75 (v1 rejects cycles)
    List<Object> cyclicList = new ArrayList<>();
    cyclicList.add("x");
    cyclicList.add(cyclicList);
    Map<String, Object> cyclicMap = new HashMap<>();
    cyclicMap.put("self", List.of(cyclicMap));
    AtomicInteger runs = new AtomicInteger();
    main.on("v", (event, args) -> runs.incrementAndGet());
    ipc.on("v", (event, args) -> runs.incrementAndGet());

    for (Object cyclic : List.of(cyclicList, cyclicMap)) {
      IpcValueException failure = assertThrows(IpcValueException.class, () -> ipc.send("v", cyclic));
      assertTrue(failure.getMessage().toLowerCase(java.util.Locale.ROOT).contains("cycl"),
          "the error should say the value is cyclic: " + failure.getMessage());
      assertThrows(IpcValueException.class, () -> ipc.sendSync("v", cyclic));
      assertThrows(IpcValueException.class, () -> ipc.invoke("v", cyclic));
      assertThrows(IpcValueException.class, () -> renderer.send("v", cyclic));
    }

    syncWithMain(ipc);
    syncWithFrame(renderer, ipc);
    assertEquals(0, runs.get());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void valuesNestSixtyFourLevelsDeepAndNoDeeper() {
    Inbox<MainMessage> inbox = listen(main, "deep");
    Inbox<RendererMessage> back = listen(ipc, "deep");

    ipc.send("deep", nestedLists(64));
    assertEquals(64, listDepth(inbox.take().args()[0]));
    renderer.send("deep", nestedLists(64));
    assertEquals(64, listDepth(back.take().args()[0]));
    ipc.send("deep", nestedMaps(64));
    inbox.take();

    for (Object tooDeep : List.of(nestedLists(65), nestedMaps(65), nestedLists(100_000))) {
      assertThrows(IpcValueException.class, () -> ipc.send("deep", tooDeep));
      assertThrows(IpcValueException.class, () -> renderer.send("deep", tooDeep));
    }
    syncWithMain(ipc);
    syncWithFrame(renderer, ipc);
    assertEquals(0, inbox.size() + back.size(), "a value that failed was sent");
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aMainSendWithAValueThatCannotCrossThrowsAndTheConnectionStaysUsable() { // 97, 109
    Inbox<RendererMessage> inbox = listen(ipc, "v");
    List<Throwable> replyFailures = new CopyOnWriteArrayList<>();
    main.on("ask", (event, args) -> {
      try {
        event.reply("v", new Object());
      } catch (Throwable t) {
        replyFailures.add(t);
      }
      event.reply("v", "reply ok");
    });

    IpcValueException failure = assertThrows(IpcValueException.class, () -> renderer.send("v", "ok", new Object()));
    assertTrue(failure.getMessage().contains("java.lang.Object"), failure.getMessage());
    assertTrue(failure.getMessage().contains("args[1]"), failure.getMessage());
    assertThrows(IpcValueException.class, () -> renderer.sendToFrame(ipc.frameId(), "v", new HashSet<>()));
    assertThrows(IpcValueException.class, () -> renderer.mainFrame().send("v", new Point(0, 0)));

    renderer.send("v", "after");
    assertArrayEquals(new Object[] {"after"}, inbox.take().args());
    ipc.send("ask");
    assertArrayEquals(new Object[] {"reply ok"}, inbox.take().args());
    assertEquals(1, replyFailures.size());
    assertInstanceOf(IpcValueException.class, replyFailures.get(0));
    syncWithFrame(renderer, ipc);
    assertEquals(0, inbox.size());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aReturnValueThatCannotCrossThrowsAndSetsNothing() {
    AtomicReference<Throwable> caught = new AtomicReference<>();
    main.on("s", (event, args) -> {
      try {
        event.setReturnValue(new Object());
      } catch (Throwable t) {
        caught.set(t);
      }
      event.setReturnValue("fine");
    });

    assertEquals("fine", ipc.sendSync("s"));
    assertInstanceOf(IpcValueException.class, caught.get());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void receivedValuesAreCopiesSoNoSideSharesAMutableObject() {
    List<Object> sentList = new ArrayList<>(List.of(1, 2));
    byte[] sentBytes = {1, 2, 3};
    AtomicReference<Object[]> received = new AtomicReference<>();
    main.on("copy", (event, args) -> {
      received.set(args);
      tryToAdd(args[0], 99);
      ((byte[]) args[1])[0] = 42;
    });

    ipc.send("copy", sentList, sentBytes);
    syncWithMain(ipc);

    assertEquals(List.of(1, 2), sentList, "main's change reached the renderer's list");
    assertEquals(1, sentBytes[0], "main's change reached the renderer's bytes");
    Object[] got = received.get();
    assertNotSame(sentList, got[0]);
    assertNotSame(sentBytes, got[1]);
    sentList.add(3);
    sentBytes[2] = 77;
    assertFalse(((List<?>) got[0]).contains(3), "the renderer's later change reached main's copy");
    assertEquals(3, ((byte[]) got[1])[2]);

    List<Object> kept = new ArrayList<>(List.of("a"));
    main.handle("kept", (event, args) -> kept);
    Object result = await(ipc.invoke("kept"));
    assertNotSame(kept, result);
    tryToAdd(result, "b");
    assertEquals(List.of("a"), kept, "the renderer's change reached the handler's list");

    byte[] event = {5, 6};
    AtomicReference<Object> inRenderer = new AtomicReference<>();
    CountDownLatch arrived = new CountDownLatch(1);
    ipc.on("copy", (e, args) -> {
      inRenderer.set(args[0]);
      ((byte[]) args[0])[0] = 0;
      arrived.countDown();
    });
    renderer.send("copy", (Object) event);
    await(arrived);
    assertNotSame(event, inRenderer.get());
    assertEquals(5, event[0], "the renderer's change reached main's bytes");
  }

  @SuppressWarnings("unchecked")
  private static void tryToAdd(Object list, Object element) {
    try {
      ((List<Object>) list).add(element);
    } catch (UnsupportedOperationException e) {
      // an immutable copy is a copy too
    }
  }

  // =====================================================================================
  // lifecycle and bad input (80, 95–97 as far as one JVM goes)
  // =====================================================================================

  private static final String CONTEXT_RELEASED = "IPC method called after context was released";

  private static void assertContextReleased(Throwable failure) {
    assertInstanceOf(IpcDisconnectedException.class, failure, () -> "got " + failure);
    assertTrue(failure.getMessage().contains(CONTEXT_RELEASED), failure.getMessage());
  }

  private static void assertEveryCallSaysContextReleased(IpcRenderer frame) {
    assertContextReleased(assertThrows(IpcDisconnectedException.class, () -> frame.send("ch", 1)));
    assertContextReleased(assertThrows(IpcDisconnectedException.class, () -> frame.sendSync("ch", 1)));
    assertContextReleased(failureOfCall(() -> frame.invoke("ch", 1)));
    assertContextReleased(assertThrows(IpcDisconnectedException.class, () -> frame.on("ch", (event, args) -> {})));
    assertContextReleased(assertThrows(IpcDisconnectedException.class, () -> frame.once("ch", (event, args) -> {})));
    assertTrue(frame.isClosed());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void usingAnIpcRendererAfterItsConnectionClosedThrowsContextReleased() { // 80
    IpcRenderer sub = openFrame(r, ipc);
    IpcRenderer bounded = ipc.withDeadline(Duration.ofSeconds(1));

    r.connection().close();

    assertTrue(r.connection().isClosed());
    assertEveryCallSaysContextReleased(ipc);
    assertEveryCallSaysContextReleased(sub);
    assertEveryCallSaysContextReleased(bounded);
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void closingTheMainFrameClosesTheWholeConnection() {
    IpcRenderer sub = openFrame(r, ipc);

    ipc.close();

    assertTrue(r.connection().isClosed());
    assertEquals(RendererGone.Reason.CLOSED, await(renderer.whenGone()).reason());
    assertEveryCallSaysContextReleased(sub);
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void usingAnIpcRendererAfterMainClosedItsRendererThrowsContextReleased() {
    renderer.close();
    await(r.connection().whenClosed());

    assertEveryCallSaysContextReleased(ipc);
    assertThrows(IpcDisconnectedException.class, () -> renderer.send("ch", 1), "main cannot send to a closed renderer");
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aClosedSubframeSaysContextReleasedAndTheRestOfTheRendererStaysUsable() {
    IpcRenderer sub = openFrame(r, ipc);
    Frame subFrame = frameOf(renderer, sub);
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void closingARendererDropsItsScopesButNotTheGlobalOne() {
    Frame mainFrame = renderer.mainFrame();
    renderer.ipc().on("a", IGNORE);
    renderer.ipc().handle("h", (event, args) -> "renderer");
    mainFrame.ipc().on("a", IGNORE);
    mainFrame.ipc().handle("h", (event, args) -> "frame");
    main.on("a", IGNORE);
    main.handle("h", (event, args) -> "global");

    r.connection().close();
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aDeadlineMustBePositiveAndAParentFrameMustBelongToTheConnection() {
    assertThrows(IllegalArgumentException.class, () -> ipc.withDeadline(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> ipc.withDeadline(Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class, () -> RendererOptions.defaults().withInvokeDeadline(Duration.ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> RendererOptions.defaults().withSendSyncDeadline(Duration.ofSeconds(-1)));

    RendererUnderTest other = startRenderer(main);
    assertThrows(IllegalArgumentException.class, () -> r.connection().openFrame(other.ipc()));
    IpcRenderer sub = openFrame(r, ipc);
    sub.close();
    assertContextReleased(assertThrows(IpcDisconnectedException.class, () -> r.connection().openFrame(sub)));
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
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
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void closingTheRendererFromInsideListenersNeitherDeadlocksNorLeavesACallPending() {
    main.on("bye", (event, args) -> event.sender().close());
    assertThrowsAtOnce(IpcDisconnectedException.class, () -> ipc.sendSync("bye"));
    await(renderer.whenGone());

    RendererUnderTest second = startRenderer(main);
    main.handle("bye", (event, args) -> {
      event.sender().close();
      return "answered after close";
    });
    assertFailsWith(IpcDisconnectedException.class, second.ipc().invoke("bye"));

    RendererUnderTest third = startRenderer(main);
    third.ipc().on("leave", (event, args) -> third.connection().close());
    third.renderer().send("leave");
    await(third.connection().whenClosed());
    await(third.renderer().whenGone());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void whenGoneCompletesWhenTheRendererClosesFromEitherSide() {
    r.connection().close();
    RendererGone gone = await(renderer.whenGone());
    assertEquals(RendererGone.Reason.CLOSED, gone.reason());
    assertNotNull(gone.detail());
    assertTrue(renderer.isClosed());

    RendererUnderTest second = startRenderer(main);
    second.renderer().close();
    assertEquals(RendererGone.Reason.CLOSED, await(second.renderer().whenGone()).reason());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void whenClosedCompletesWhenMainClosesTheRenderer() {
    assertFalse(r.connection().isClosed());

    renderer.close();

    assertNotNull(await(r.connection().whenClosed()));
    assertTrue(r.connection().isClosed());
    assertTrue(ipc.isClosed());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void closingMainClosesEveryRendererAndFailsTheirPendingCalls() {
    RendererUnderTest second = startRenderer(main);
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
    await(r.connection().whenClosed());
    await(second.connection().whenClosed());
    await(renderer.whenGone());
    assertEquals(List.of(), main.renderers());
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void rendererListTracksConnectedRenderersAndDropsClosedOnes() {
    List<Integer> created = new CopyOnWriteArrayList<>();
    main.onRendererCreated(rendererHandle -> created.add(rendererHandle.id()));
    assertEquals(List.of(renderer.id()), ids(main.renderers()));

    RendererUnderTest second = startRenderer(main);
    RendererUnderTest third = startRenderer(main);
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

  // =====================================================================================
  // threading (DESIGN §4)
  // =====================================================================================

  @Test
  @Timeout(value = 30, threadMode = SEPARATE_THREAD)
  void mainListenersAndHandlersNeverRunConcurrently() throws Exception {
    AtomicInteger active = new AtomicInteger();
    AtomicInteger maxActive = new AtomicInteger();
    AtomicInteger calls = new AtomicInteger();
    Runnable body = () -> {
      maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
      spin(50);
      active.decrementAndGet();
      calls.incrementAndGet();
    };
    main.on("c", (event, args) -> {
      body.run();
      event.setReturnValue(true);
    });
    main.handle("c", (event, args) -> {
      body.run();
      return true;
    });
    List<IpcRenderer> frames = new ArrayList<>(List.of(ipc));
    for (int i = 0; i < 3; i++) {
      frames.add(startRenderer(main).ipc());
    }
    frames.add(openFrame(r, ipc));

    int threads = 8;
    int perThread = 100;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<CompletableFuture<Void>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        IpcRenderer frame = frames.get(t % frames.size());
        workers.add(CompletableFuture.runAsync(() -> {
          try {
            start.await(WAIT_SECONDS, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          for (int j = 0; j < perThread; j++) {
            switch (j % 3) {
              case 0:
                frame.send("c", j);
                break;
              case 1:
                assertEquals(true, frame.sendSync("c", j));
                break;
              default:
                assertEquals(true, frame.invoke("c", j).join());
            }
          }
        }, pool));
      }
      for (CompletableFuture<Void> worker : workers) {
        worker.get(20, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    for (IpcRenderer frame : frames) {
      syncWithMain(frame);
    }

    assertEquals(threads * perThread, calls.get());
    assertEquals(1, maxActive.get(), "main listeners ran concurrently");
  }

  @Test
  @Timeout(value = 30, threadMode = SEPARATE_THREAD)
  void mainListenersRunOneAtATimeInArrivalOrderEvenOnAnExecutorPool() throws Exception {
    IpcMain bound = startMain(IpcMainOptions.defaults().withExecutor(startPool("conformance-pool", 4)));
    AtomicInteger active = new AtomicInteger();
    AtomicInteger maxActive = new AtomicInteger();
    int threads = 4;
    int perThread = 200;
    List<List<Integer>> seen = new ArrayList<>();
    List<IpcRenderer> frames = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      seen.add(Collections.synchronizedList(new ArrayList<>()));
      frames.add(startRenderer(bound).ipc());
    }
    bound.on("c", (event, args) -> {
      maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
      spin(20);
      seen.get((Integer) args[0]).add((Integer) args[1]);
      active.decrementAndGet();
    });

    List<Thread> senders = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int index = t;
      Thread sender = new Thread(() -> {
        for (int j = 0; j < perThread; j++) {
          frames.get(index).send("c", index, j);
        }
      });
      senders.add(sender);
      sender.start();
    }
    for (Thread sender : senders) {
      sender.join(TimeUnit.SECONDS.toMillis(20));
    }
    for (IpcRenderer frame : frames) {
      syncWithMain(bound, frame);
    }

    assertEquals(1, maxActive.get(), "listeners ran concurrently on the pool");
    List<Integer> expected = IntStream.range(0, perThread).boxed().collect(Collectors.toList());
    for (List<Integer> perRenderer : seen) {
      assertEquals(expected, new ArrayList<>(perRenderer), "arrival order of one renderer");
    }
  }

  @Test
  @Timeout(value = 30, threadMode = SEPARATE_THREAD)
  void rendererListenersNeverRunConcurrently() throws Exception {
    IpcRenderer sub = openFrame(r, ipc);
    AtomicInteger active = new AtomicInteger();
    AtomicInteger maxActive = new AtomicInteger();
    int threads = 8;
    int perThread = 100;
    CountDownLatch all = new CountDownLatch(threads * perThread);
    IpcRendererListener listener = (event, args) -> {
      maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
      spin(50);
      active.decrementAndGet();
      all.countDown();
    };
    ipc.on("c", listener);
    sub.on("c", listener);

    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<CompletableFuture<Void>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int frameId = t % 2 == 0 ? ipc.frameId() : sub.frameId();
        workers.add(CompletableFuture.runAsync(() -> {
          try {
            start.await(WAIT_SECONDS, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          for (int j = 0; j < perThread; j++) {
            renderer.sendToFrame(frameId, "c", j);
          }
        }, pool));
      }
      for (CompletableFuture<Void> worker : workers) {
        worker.get(20, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    await(all);

    assertEquals(1, maxActive.get(), "renderer listeners ran concurrently");
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void aListenerNeverRunsInsideAnotherListener() {
    // "Inside" means on the same thread while the other one runs; across processes both sides
    // run at the same time on their own threads, which is not nesting.
    AtomicReference<Thread> inMainListener = new AtomicReference<>();
    main.on("ping", (event, args) -> {
      inMainListener.set(Thread.currentThread());
      event.reply("pong");
      inMainListener.set(null);
    });
    CountDownLatch ponged = new CountDownLatch(1);
    AtomicReference<Boolean> nestedInMain = new AtomicReference<>();
    ipc.on("pong", (event, args) -> {
      nestedInMain.set(inMainListener.get() == Thread.currentThread());
      ponged.countDown();
    });
    ipc.send("ping");
    await(ponged);
    assertEquals(Boolean.FALSE, nestedInMain.get(), "the renderer listener ran inside the main listener");

    // invoke handler → sender().send → renderer listener
    AtomicReference<Thread> inHandler = new AtomicReference<>();
    main.handle("work", (event, args) -> {
      inHandler.set(Thread.currentThread());
      event.sender().send("progress");
      inHandler.set(null);
      return "done";
    });
    AtomicReference<Boolean> nestedInHandler = new AtomicReference<>();
    CountDownLatch progressed = new CountDownLatch(1);
    ipc.on("progress", (event, args) -> {
      nestedInHandler.set(inHandler.get() == Thread.currentThread());
      progressed.countDown();
    });
    assertEquals("done", await(ipc.invoke("work")));
    await(progressed);
    assertEquals(Boolean.FALSE, nestedInHandler.get(), "the renderer listener ran inside the handler");

    // renderer listener → ipc.send → main listener, and → invoke → its continuation
    AtomicReference<Thread> inRendererListener = new AtomicReference<>();
    AtomicReference<Boolean> mainNestedInRenderer = new AtomicReference<>();
    AtomicReference<Boolean> continuationNestedInRenderer = new AtomicReference<>();
    CountDownLatch back = new CountDownLatch(2);
    main.on("back", (event, args) -> {
      mainNestedInRenderer.set(inRendererListener.get() == Thread.currentThread());
      back.countDown();
    });
    main.handle("answer", (event, args) -> 42);
    ipc.on("go", (event, args) -> {
      inRendererListener.set(Thread.currentThread());
      ipc.send("back");
      ipc.invoke("answer").thenRun(() -> {
        continuationNestedInRenderer.set(inRendererListener.get() == Thread.currentThread());
        back.countDown();
      });
      inRendererListener.set(null);
    });
    renderer.send("go");
    await(back);
    assertEquals(Boolean.FALSE, mainNestedInRenderer.get(), "the main listener ran inside the renderer listener");
    assertEquals(Boolean.FALSE, continuationNestedInRenderer.get(), "the invoke continuation ran inside the renderer listener");
  }

  @Test
  @Timeout(value = 20, threadMode = SEPARATE_THREAD)
  void aLongPingPongBetweenListenersDoesNotGrowTheStack() {
    int rounds = 10_000;
    main.on("ping", (event, args) -> event.reply("pong", (Integer) args[0] + 1));
    CountDownLatch finished = new CountDownLatch(1);
    AtomicInteger last = new AtomicInteger();
    ipc.on("pong", (event, args) -> {
      int n = (Integer) args[0];
      last.set(n);
      if (n < rounds) {
        event.sender().send("ping", n);
      } else {
        finished.countDown();
      }
    });

    ipc.send("ping", 0);

    try {
      assertTrue(finished.await(15, TimeUnit.SECONDS), "the ping-pong stopped at " + last.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void listenersAndHandlersRunOnTheExecutorMainIsBoundTo() throws Exception {
    ExecutorService executor = startExecutor("conformance-main-executor");
    Thread executorThread = executor.submit(Thread::currentThread).get(WAIT_SECONDS, TimeUnit.SECONDS);
    IpcMain bound = startMain(IpcMainOptions.defaults().withExecutor(executor));
    RendererUnderTest client = startRenderer(bound);
    List<Thread> ranOn = new CopyOnWriteArrayList<>();
    bound.on("s", (event, args) -> {
      ranOn.add(Thread.currentThread());
      event.setReturnValue("sync");
    });
    bound.handle("i", (event, args) -> {
      ranOn.add(Thread.currentThread());
      return "invoked";
    });
    client.renderer().onIpcMessage((event, channel, args) -> ranOn.add(Thread.currentThread()));

    client.ipc().send("s");
    assertEquals("sync", client.ipc().sendSync("s"));
    assertEquals("invoked", await(client.ipc().invoke("i")));
    syncWithMain(bound, client.ipc());

    assertEquals(5, ranOn.size(), "2 listener runs, 2 hook runs, 1 handler run");
    for (Thread thread : ranOn) {
      assertEquals(executorThread, thread, "ran on " + thread.getName());
    }
  }

  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void rendererListenersRunOnTheExecutorTheRendererIsBoundTo() throws Exception {
    ExecutorService executor = startExecutor("conformance-renderer-executor");
    Thread executorThread = executor.submit(Thread::currentThread).get(WAIT_SECONDS, TimeUnit.SECONDS);
    RendererUnderTest client = startRenderer(main, RendererOptions.defaults().withExecutor(executor));
    List<Thread> ranOn = new CopyOnWriteArrayList<>();
    CountDownLatch both = new CountDownLatch(2);
    client.ipc().on("e", (event, args) -> {
      ranOn.add(Thread.currentThread());
      both.countDown();
    });
    main.on("ask", (event, args) -> event.reply("e"));

    client.renderer().send("e");
    client.ipc().send("ask");
    await(both);

    assertEquals(List.of(executorThread, executorThread), ranOn);
  }

  // A guard against tests that cannot fail: the helpers themselves must detect what they look for.
  @Test
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void theSuitesOwnHelpersDetectMismatches() {
    assertThrows(AssertionError.class, () -> assertDeepEquals(1, 1L, "int vs long"));
    assertThrows(AssertionError.class, () -> assertDeepEquals(new byte[] {1}, new byte[] {2}, "bytes"));
    assertThrows(AssertionError.class, () -> assertDeepEquals(List.of(1), List.of(1, 2), "sizes"));
    assertThrows(AssertionError.class, () -> failureOf(CompletableFuture.completedFuture("fine")));
    assertEquals(2, listDepth(nestedLists(2)));
    assertNotEquals(nestedLists(64), nestedLists(65));
  }
}
