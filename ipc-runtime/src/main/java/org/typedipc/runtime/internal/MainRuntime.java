package org.typedipc.runtime.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.typedipc.runtime.ContractDescriptor;
import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcListener;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.wire.Launcher;
import org.typedipc.runtime.wire.SocketListener;

/** The main side: the global scope, main's loop, and the connected renderers. */
public final class MainRuntime extends MainScope implements IpcMain {
  private static final System.Logger LOG = System.getLogger("org.typedipc.runtime");

  final SerialLoop loop;
  private final IpcMainOptions options;
  private final Map<String, String> contractFingerprints;
  private final Map<TransportKind, SocketListener> launchListeners = new EnumMap<>(TransportKind.class);
  private final ConcurrentSkipListMap<Integer, RendererSession> renderers = new ConcurrentSkipListMap<>();
  private final CopyOnWriteArrayList<Consumer<Renderer>> createdListeners = new CopyOnWriteArrayList<>();
  private final AtomicInteger nextRendererId = new AtomicInteger(1);
  private volatile boolean closed;

  public MainRuntime(IpcMainOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.loop = new SerialLoop(options.executor());
    Map<String, String> fingerprints = new HashMap<>();
    for (ContractDescriptor contract : options.contracts()) {
      fingerprints.put(contract.name(), contract.fingerprint());
    }
    this.contractFingerprints = Map.copyOf(fingerprints);
  }

  /** The fingerprints of the contracts main declared, by contract name. */
  public Map<String, String> contractFingerprints() {
    return contractFingerprints;
  }

  @Override
  public IpcListener listen(TransportKind transport) {
    Objects.requireNonNull(transport, "transport");
    checkOpen();
    return SocketListener.open(this, transport, options.connectionSettings());
  }

  @Override
  public CompletableFuture<Renderer> launch(RendererLaunch launch) {
    Objects.requireNonNull(launch, "launch");
    checkOpen();
    return Launcher.launch(this, launch, options.connectionSettings(), this::launchListener);
  }

  private SocketListener launchListener(TransportKind transport) {
    synchronized (launchListeners) {
      checkOpen();
      return launchListeners.computeIfAbsent(transport, kind -> SocketListener.open(this, kind, options.connectionSettings()));
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("This IpcMain is closed; it accepts no new renderer.");
    }
  }

  @Override
  public EmbeddedRenderer embedRenderer() {
    return embedRenderer(RendererOptions.defaults());
  }

  @Override
  public EmbeddedRenderer embedRenderer(RendererOptions options) {
    Objects.requireNonNull(options, "options");
    EmbeddedConnection connection = new EmbeddedConnection(this, nextRendererId.getAndIncrement(), options);
    register(connection.session());
    return connection;
  }

  /**
   * Creates main's side of a renderer in another process, with its main frame open; {@code link}
   * reaches it. Call {@link #register} once the renderer knows its id.
   */
  public RendererSession newRemoteSession(long processId, RendererLink link) {
    RendererSession session = new RendererSession(this, nextRendererId.getAndIncrement(), processId, link);
    session.frameOpened(1, 0);
    return session;
  }

  /** Adds a connected renderer and tells the listeners of {@link #onRendererCreated}. */
  public void register(RendererSession session) {
    if (closed) {
      session.close();
      checkOpen();
    }
    renderers.put(session.id(), session);
    for (Consumer<Renderer> listener : createdListeners) {
      try {
        listener.accept(session);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, "Error occurred in an onRendererCreated listener:", e);
      }
    }
  }

  void removed(RendererSession session) {
    renderers.remove(session.id(), session);
  }

  @Override
  public List<Renderer> renderers() {
    return List.copyOf(renderers.values());
  }

  @Override
  public Optional<Renderer> renderer(int id) {
    return Optional.ofNullable(renderers.get(id));
  }

  @Override
  public Registration onRendererCreated(Consumer<Renderer> listener) {
    createdListeners.add(Channels.requireListener(listener, "listener"));
    return () -> createdListeners.remove(listener);
  }

  @Override
  public void close() {
    closed = true;
    synchronized (launchListeners) {
      launchListeners.values().forEach(SocketListener::close);
      launchListeners.clear();
    }
    for (RendererSession session : renderers.values()) {
      session.close();
    }
  }
}
