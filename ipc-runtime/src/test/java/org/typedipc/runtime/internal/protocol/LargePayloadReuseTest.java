package org.typedipc.runtime.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.IpcInterceptor;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.Codecs;
import org.typedipc.runtime.spi.Typed;
import org.typedipc.runtime.spi.TypedRenderer;
import org.typedipc.runtime.spi.TypedTarget;

/**
 * A large payload's array goes back to its connection's reader for the next payload only once
 * nothing reads it: a delivery that waits on its loop keeps its own, and every value, kept by a
 * handler or echoed back, stays what was sent while callers on several threads keep the handling
 * side busy: two renderers calling main, and main calling a renderer.
 */
@Timeout(120)
class LargePayloadReuseTest {
  private static final int SIZE = 256 * 1024;
  private static final int THREADS = 4;
  private static final int CALLS = 40;

  private IpcMain main;
  private RendererAcceptor listener;
  private final List<RendererConnection> connections = new ArrayList<>();
  private ExecutorService callers;

  @AfterEach
  void close() {
    if (callers != null) {
      callers.shutdownNow();
    }
    connections.forEach(RendererConnection::close);
    if (listener != null) {
      listener.close();
    }
    if (main != null) {
      main.close();
    }
  }

  @Test
  void valuesStayWhatWasSentWhileDeliveriesWaitAndArraysAreReused() throws Exception {
    callAndCheck(IpcMainOptions.defaults());
  }

  /** With an interceptor, which may read a call after its handler, a delivery keeps its array even when it ran at once. */
  @Test
  void withAnInterceptorEveryDeliveryKeepsItsArguments() throws Exception {
    AtomicInteger seen = new AtomicInteger();
    callAndCheck(IpcMainOptions.defaults().withInterceptor(call -> {
      seen.incrementAndGet();
      return IpcInterceptor.Completion.NONE;
    }));
    assertTrue(seen.get() >= THREADS * CALLS, "the interceptor saw " + seen.get() + " calls");
  }

  /** Main's invokes of a renderer from several threads, each delivered at once on the renderer's reader, which reads into the array again. */
  @Test
  void mainsInvokesOfARendererStayWhatWasSentWhileArraysAreReused() throws Exception {
    mainInvokesARenderer(RendererOptions.defaults());
  }

  /** The same with the renderer's handlers on an executor of their own: every delivery waits, and keeps its array. */
  @Test
  void mainsInvokesOfARendererStayWhatWasSentWhileItsDeliveriesWait() throws Exception {
    ExecutorService handlers = Executors.newSingleThreadExecutor();
    try {
      mainInvokesARenderer(RendererOptions.defaults().withExecutor(handlers));
    } finally {
      handlers.shutdownNow();
    }
  }

  private void mainInvokesARenderer(RendererOptions options) throws Exception {
    Channel<byte[], byte[]> echo = Channel.invoke("echo", Codecs.BYTES, Codecs.BYTES);
    main = IpcMain.create();
    listener = main.listen(TransportKind.UNIX_SOCKET);
    RendererInvitation invitation = listener.invite();
    RendererConnection connection = RendererProcess.connect(invitation.endpoint(), options);
    connections.add(connection);
    List<byte[]> kept = new ArrayList<>();
    AtomicInteger handled = new AtomicInteger();
    Typed.of(connection.ipcRenderer()).handle(echo, (event, value) -> {
      assertUniform(value, "an argument as the renderer's handler got it");
      if (handled.incrementAndGet() % 5 == 0) {
        kept.add(value);
        Thread.sleep(2); // main's other invokes wait on the renderer's loop meanwhile
      }
      return value;
    });
    connection.ready();
    TypedTarget renderer = Typed.of(invitation.renderer().get(30, TimeUnit.SECONDS));

    echoFromThreads((thread, value) -> renderer.invoke(echo, value).join());

    assertEquals(THREADS * CALLS, handled.get());
    for (byte[] value : kept) {
      assertUniform(value, "an argument the renderer's handler kept");
    }
  }

  /** Echoes arrays of one repeated byte from several threads; main keeps every fifth and checks them at the end. */
  private void callAndCheck(IpcMainOptions options) throws Exception {
    Channel<byte[], byte[]> echo = Channel.invoke("echo", Codecs.BYTES, Codecs.BYTES);
    main = IpcMain.create(options);
    List<byte[]> kept = new ArrayList<>();
    AtomicInteger handled = new AtomicInteger();
    Typed.of(main).handle(echo, (event, value) -> {
      assertUniform(value, "an argument as the handler got it");
      if (handled.incrementAndGet() % 5 == 0) {
        kept.add(value);
        Thread.sleep(2); // the other renderer's invokes wait on main's loop meanwhile
      }
      return value;
    });
    listener = main.listen(TransportKind.UNIX_SOCKET);
    // Two renderers: while one's handler holds main's loop, the other's invokes wait on it.
    List<TypedRenderer> renderers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      RendererConnection connection = RendererProcess.connect(listener.invite().endpoint(), RendererOptions.defaults());
      connections.add(connection);
      renderers.add(Typed.of(connection.ipcRenderer()));
    }
    echoFromThreads((thread, value) -> renderers.get(thread % renderers.size()).invoke(echo, value).join());

    assertEquals(THREADS * CALLS, handled.get());
    for (byte[] value : kept) {
      assertUniform(value, "an argument the handler kept");
    }
  }

  /**
   * Echoes {@value #CALLS} arrays of one repeated byte through {@code echo} from each of {@value
   * #THREADS} threads at once (it gets the thread's number), each array marked with a byte of its own.
   */
  private void echoFromThreads(BiFunction<Integer, byte[], byte[]> echo) throws Exception {
    callers = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      done.add(callers.submit(() -> {
        for (int i = 0; i < CALLS; i++) {
          byte[] value = new byte[SIZE];
          Arrays.fill(value, (byte) (thread * CALLS + i));
          byte[] back = echo.apply(thread, value);
          assertEquals(SIZE, back.length);
          assertEquals(value[0], back[0]);
          assertUniform(back, "a reply as its caller got it");
        }
        return null;
      }));
    }
    for (Future<?> call : done) {
      call.get(60, TimeUnit.SECONDS);
    }
  }

  private static void assertUniform(byte[] value, String what) {
    for (int i = 1; i < value.length; i++) {
      if (value[i] != value[0]) {
        throw new AssertionError(what + " changed at byte " + i + ": " + value[i] + " after " + value[0]);
      }
    }
  }
}
