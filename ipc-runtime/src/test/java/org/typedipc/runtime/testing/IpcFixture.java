package org.typedipc.runtime.testing;

import static org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD;
import static org.typedipc.runtime.testing.Waits.eventually;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.Parameter;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererOptions;

/**
 * Each test's main and one renderer connected to it over the {@link TransportUnderTest}, shared by
 * the string-channel and the typed conformance tests. A test class extends it and names its
 * transports with {@link OverEveryTransport} (or its own {@code @ParameterizedClass}).
 *
 * <p>Everything a test starts through the fixture, or hands to {@link #closeAfterTest}, is closed
 * after it, newest first: renderers before their main.
 */
@Timeout(value = 10, threadMode = SEPARATE_THREAD)
public abstract class IpcFixture {
  /** The transport of this run of the class, injected by its {@code @ParameterizedClass}. */
  @Parameter
  protected ConformanceTransport transport;

  private final Deque<AutoCloseable> resources = new ConcurrentLinkedDeque<>();
  private ConformanceTransport.Connector connector;

  /** The main side of the test. */
  protected IpcMain main;
  /** The renderer's own side of its connection to {@link #main}. */
  protected RendererConnection connection;
  /** The renderer's main frame (Electron's {@code ipcRenderer}). */
  protected IpcRenderer ipc;
  /** Main's handle of the renderer (Electron's {@code webContents}). */
  protected Renderer renderer;

  // A class-level @Timeout bounds test methods only: set-up and teardown carry their own.
  @BeforeEach
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void startMainAndOneRenderer() {
    connector = transport.connector(this::closeAfterTest);
    main = startMain(IpcMainOptions.defaults());
    ConnectedRenderer first = startRenderer(main);
    connection = first.connection();
    ipc = first.ipc();
    renderer = first.renderer();
  }

  @AfterEach
  @Timeout(value = 10, threadMode = SEPARATE_THREAD)
  void closeEverything() {
    AssertionError failed = null;
    AutoCloseable resource;
    while ((resource = resources.pollFirst()) != null) {
      try {
        resource.close();
      } catch (Exception e) {
        if (failed == null) {
          failed = new AssertionError("closing what the test started failed");
        }
        failed.addSuppressed(e);
      }
    }
    if (failed != null) {
      throw failed;
    }
  }

  /** A new main side, closed after the test. */
  protected final IpcMain startMain(IpcMainOptions options) {
    return closeAfterTest(IpcMain.create(options));
  }

  /** A new renderer with default options, closed after the test (before its main). */
  protected final ConnectedRenderer startRenderer(IpcMain target) {
    return startRenderer(target, RendererOptions.defaults());
  }

  /** A new renderer, connected once {@code target} knows it and closed after the test. */
  protected final ConnectedRenderer startRenderer(IpcMain target, RendererOptions options) {
    ConnectedRenderer created = connector.connect(target, options);
    closeAfterTest(created.connection());
    return created;
  }

  /** Closes {@code resource} after the test, before everything started earlier. */
  protected final <T extends AutoCloseable> T closeAfterTest(T resource) {
    resources.addFirst(resource);
    return resource;
  }

  /** A single-thread executor whose daemon thread is named {@code name}, shut down after the test. */
  protected final ExecutorService startExecutor(String name) {
    ExecutorService executor = Executors.newSingleThreadExecutor(task -> daemon(task, name));
    closeAfterTest(executor::shutdownNow);
    return executor;
  }

  /** A fixed pool of {@code threads} daemon threads, shut down after the test. */
  protected final ExecutorService startPool(String name, int threads) {
    AtomicInteger count = new AtomicInteger();
    ExecutorService executor =
        Executors.newFixedThreadPool(threads, task -> daemon(task, name + "-" + count.incrementAndGet()));
    closeAfterTest(executor::shutdownNow);
    return executor;
  }

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }

  /** Opens a subframe of the test's renderer under {@code parent} and waits until main knows it. */
  protected final IpcRenderer openFrame(IpcRenderer parent) {
    return Waits.await(connection.whenKnownToMain(connection.openFrame(parent)));
  }

  /** Main's handle of {@code frame} of the test's renderer, waiting until main knows it. */
  protected final Frame frameOf(IpcRenderer frame) {
    eventually(() -> renderer.frame(frame.frameId()).isPresent(), "main knows frame " + frame.frameId());
    return renderer.frame(frame.frameId()).orElseThrow();
  }
}
