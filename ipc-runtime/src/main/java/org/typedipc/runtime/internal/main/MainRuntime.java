package org.typedipc.runtime.internal.main;

import java.time.Duration;
import org.typedipc.runtime.internal.messages.Checks;
import org.typedipc.runtime.internal.dispatch.RendererLink;
import org.typedipc.runtime.internal.loop.ByteBudget;
import org.typedipc.runtime.internal.loop.SerialLoop;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.typedipc.runtime.ContractDescriptor;
import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcStats;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.IpcWarning;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.internal.dispatch.FlightEvents;
import org.typedipc.runtime.internal.dispatch.Interception;
import org.typedipc.runtime.internal.dispatch.RendererLink;
import org.typedipc.runtime.internal.dispatch.TrafficCounters;
import org.typedipc.runtime.internal.dispatch.Warnings;
import org.typedipc.runtime.internal.loop.SerialLoop;
import org.typedipc.runtime.internal.messages.Checks;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.messages.Loggers;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.Typed;
import org.typedipc.runtime.transport.PeerIdentity;
import org.typedipc.runtime.transport.Transport;

/** The main side: the global scope, main's loop, and the connected renderers. */
public final class MainRuntime extends MainScope implements IpcMain {
  private static final System.Logger LOG = Loggers.MAIN;

  final SerialLoop loop;
  /** Where this main's warnings go: the user's consumer, or the main logger. */
  final Warnings warnings;
  private final IpcMainOptions options;
  /** What is queued for all renderer processes together. */
  private final ByteBudget outboundBudget;
  /** What all renderers sent that main's loop has not run yet. */
  private final ByteBudget inboundBudget;
  private final Map<String, String> contractFingerprints;
  private final RendererProcesses processes;
  private final ConcurrentSkipListMap<Integer, RendererSession> renderers = new ConcurrentSkipListMap<>();
  private final CopyOnWriteArrayList<Consumer<Renderer>> createdListeners = new CopyOnWriteArrayList<>();
  private final CopyOnWriteArrayList<BiConsumer<Renderer, RendererGone>> goneListeners = new CopyOnWriteArrayList<>();
  private final AtomicInteger nextRendererId = new AtomicInteger(1);
  private volatile boolean closed;
  /** Main's interceptors, its sender policies first. */
  final Interception interception;
  /** The traffic of all renderers, those gone included. */
  final TrafficCounters totals = new TrafficCounters();

  /** {@code processes} brings renderer processes to this main; it is created with it. */
  public MainRuntime(IpcMainOptions options, Function<MainRuntime, RendererProcesses> processes) {
    super(SenderPolicies.of(Objects.requireNonNull(options, "options")));
    this.options = Objects.requireNonNull(options, "options");
    this.loop = new SerialLoop(options.executor());
    this.warnings = new Warnings(LOG, options.warnings());
    this.outboundBudget = new ByteBudget(options.connectionSettings().totalBufferedBytes());
    this.inboundBudget = new ByteBudget(options.connectionSettings().totalInboundBytes());
    this.processes = processes.apply(this);
    Map<String, String> fingerprints = new HashMap<>();
    for (ContractDescriptor contract : options.contracts()) {
      fingerprints.put(contract.name(), contract.fingerprint());
    }
    this.contractFingerprints = Map.copyOf(fingerprints);
    this.interception = new Interception(true, List.of(senderPolicies), options.interceptors());
  }

  @Override
  public IpcStats stats() {
    long outboundPending = 0;
    for (RendererSession renderer : renderers.values()) {
      outboundPending += renderer.outboundPending();
    }
    return totals.snapshot(outboundPending, inboundBudget.used());
  }

  /** The outbound budget all renderer connections of this main share. */
  public ByteBudget outboundBudget() {
    return outboundBudget;
  }

  /** A new renderer's share of the inbound budget: its credit. */
  ByteBudget.Account inboundCredit() {
    return inboundBudget.account(options.connectionSettings().inboundCreditBytes());
  }

  /** The fingerprints of the contracts main declared, by contract name. */
  public Map<String, String> contractFingerprints() {
    return contractFingerprints;
  }

  /**
   * How many bytes of one renderer's messages main reads on past its credit while an invoke of
   * that renderer waits for its reply: main's total inbound budget.
   */
  long heldBytesLimit() {
    return options.connectionSettings().totalInboundBytes();
  }

  /** The decoded-size limit of each message from a renderer. */
  long maxDecodedBytes() {
    return options.connectionSettings().maxDecodedBytes();
  }

  @Override
  public RendererAcceptor listen(Transport transport) {
    Objects.requireNonNull(transport, "transport");
    checkOpen();
    return processes.listen(transport);
  }

  @Override
  public CompletableFuture<Renderer> launch(RendererLaunch launch) {
    Objects.requireNonNull(launch, "launch");
    if (closed) {
      return CompletableFuture.failedFuture(new IllegalStateException(ErrorMessages.mainClosed()));
    }
    return processes.launch(launch);
  }

  /** The deadline of main's invoke on {@code channel} of a renderer whose own deadline is {@code rendererDeadline} (or null). */
  Duration rendererInvokeDeadline(String channel, Duration rendererDeadline) {
    Optional<Duration> ofChannel = options.rendererInvokeDeadline(channel);
    if (ofChannel.isPresent()) {
      return ofChannel.get();
    }
    return rendererDeadline != null ? rendererDeadline : options.rendererInvokeDeadline();
  }

  /** Whether this main is closed. */
  public boolean isClosed() {
    return closed;
  }

  /** Throws if this main is closed. */
  public void checkOpen() {
    if (closed) {
      throw new IllegalStateException(ErrorMessages.mainClosed());
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
   * reaches it; {@code peerIdentity} is who its transport verified it to be. Call {@link #register} once the renderer knows its id.
   */
  public RendererSession newRemoteSession(long processId, int mainFrameId, Optional<PeerIdentity> peerIdentity, RendererLink link) {
    RendererSession session = new RendererSession(this, nextRendererId.getAndIncrement(), processId, peerIdentity, link);
    session.frameOpened(mainFrameId, 0);
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
        LOG.log(System.Logger.Level.ERROR, ErrorMessages.rendererCreatedListenerFailedLog(), e);
      }
    }
  }

  /** Drops a renderer that is gone and tells the listeners of {@link #onRendererGone}. */
  void removed(RendererSession session, RendererGone why) {
    renderers.remove(session.id(), session);
    FlightEvents.rendererGone(session.id(), why.reason().name(), why.exitCode().orElse(-1), why.detail());
    if (why.reason() != RendererGone.Reason.CLOSED && why.reason() != RendererGone.Reason.CLEAN_EXIT) {
      warnings.expected(why.reason() == RendererGone.Reason.PROTOCOL_ERROR ? System.Logger.Level.WARNING : System.Logger.Level.INFO,
          new IpcWarning(IpcWarning.Kind.RENDERER_GONE, null, session.id(),
              ErrorMessages.rendererGoneLog(session.id(), why.reason().name(), why.detail()), null));
    }
    for (BiConsumer<Renderer, RendererGone> listener : goneListeners) {
      try {
        listener.accept(session, why);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, ErrorMessages.rendererGoneListenerFailedLog(), e);
      }
    }
  }

  @Override
  public void sendToAll(String channel, Object... args) {
    sendToAll(renderer -> true, channel, args);
  }

  @Override
  public void sendToAll(Predicate<? super Renderer> which, String channel, Object... args) {
    Typed.toAll(this, which).send(Channel.dynamic(channel), args);
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
  public Optional<Frame> frame(long processId, int frameId) {
    for (RendererSession session : renderers.values()) {
      if (session.processId() == processId) {
        Optional<Frame> frame = session.frame(frameId);
        if (frame.isPresent()) {
          return frame;
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public Registration onRendererCreated(Consumer<Renderer> listener) {
    createdListeners.add(Checks.requireListener(listener, "listener"));
    return () -> createdListeners.remove(listener);
  }

  @Override
  public Registration onRendererGone(BiConsumer<Renderer, RendererGone> listener) {
    goneListeners.add(Checks.requireListener(listener, "listener"));
    return () -> goneListeners.remove(listener);
  }

  @Override
  public void close() {
    closed = true;
    // Closing a launched renderer's connection asks it to exit; the processes then get their grace time.
    for (RendererSession session : renderers.values()) {
      session.close();
    }
    processes.close();
  }
}
