package org.typedipc.runtime.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererOptions;

/** The main side: the global scope, main's loop, and the connected renderers. */
public final class MainRuntime extends MainScope implements IpcMain {
  private static final System.Logger LOG = System.getLogger("org.typedipc.runtime");

  final SerialLoop loop;
  private final ConcurrentSkipListMap<Integer, RendererSession> renderers = new ConcurrentSkipListMap<>();
  private final CopyOnWriteArrayList<Consumer<Renderer>> createdListeners = new CopyOnWriteArrayList<>();
  private final AtomicInteger nextRendererId = new AtomicInteger(1);
  private volatile boolean closed;

  public MainRuntime(IpcMainOptions options) {
    this.loop = new SerialLoop(options.executor());
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

  /** Adds a connected renderer and tells the listeners of {@link #onRendererCreated}. */
  void register(RendererSession session) {
    if (closed) {
      session.close();
      throw new IllegalStateException("This IpcMain is closed; it accepts no new renderer.");
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
    for (RendererSession session : renderers.values()) {
      session.close();
    }
  }
}
