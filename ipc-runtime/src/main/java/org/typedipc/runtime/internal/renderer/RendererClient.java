package org.typedipc.runtime.internal.renderer;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcCall;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcOutcome;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.IpcRemoteException;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcStats;
import org.typedipc.runtime.MessageChannel;
import org.typedipc.runtime.MessagePort;
import org.typedipc.runtime.IpcTimeoutException;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.internal.loop.ByteBudget;
import org.typedipc.runtime.internal.dispatch.AccountedReply;
import org.typedipc.runtime.internal.dispatch.CallTracker;
import org.typedipc.runtime.internal.dispatch.Interception;
import org.typedipc.runtime.internal.dispatch.InvokeTarget;
import org.typedipc.runtime.internal.dispatch.MainLink;
import org.typedipc.runtime.internal.dispatch.OutgoingCall;
import org.typedipc.runtime.internal.dispatch.Payloads;
import org.typedipc.runtime.internal.dispatch.PendingCall;
import org.typedipc.runtime.internal.dispatch.PortEnd;
import org.typedipc.runtime.internal.dispatch.PortIds;
import org.typedipc.runtime.internal.dispatch.PortRoute;
import org.typedipc.runtime.internal.dispatch.PortTable;
import org.typedipc.runtime.internal.dispatch.PendingCalls;
import org.typedipc.runtime.internal.dispatch.RemoteError;
import org.typedipc.runtime.internal.dispatch.RendererLink;
import org.typedipc.runtime.internal.dispatch.ReplySink;
import org.typedipc.runtime.internal.dispatch.StreamCall;
import org.typedipc.runtime.internal.dispatch.StreamPublisher;
import org.typedipc.runtime.internal.dispatch.TrafficCounters;
import org.typedipc.runtime.internal.loop.ByteBudget;
import org.typedipc.runtime.internal.loop.Daemons;
import org.typedipc.runtime.internal.loop.ReaderHandoff;
import org.typedipc.runtime.internal.loop.SerialLoop;
import org.typedipc.runtime.internal.loop.Trampoline;
import org.typedipc.runtime.internal.messages.Checks;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.dispatch.Warnings;
import org.typedipc.runtime.internal.messages.Loggers;
import org.typedipc.runtime.internal.messages.RateLimitedLog;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.WireWriter;

/**
 * The renderer side of one connection: its frames, its loop for listeners, and the calls waiting
 * for main. It reaches main through a {@link MainLink} and is reached through {@link
 * RendererLink}.
 */
public class RendererClient implements RendererConnection, RendererLink, InvokeTarget {
  private static final System.Logger LOG = Loggers.RENDERER;
  /** A renderer's failed handlers and unserved invokes: its caller in main gets the error too. */
  static final Warnings WARNINGS = new Warnings(LOG, null);

  private final String label;
  private final RendererOptions options;
  private final MainLink main;
  final SerialLoop loop;
  private final ConcurrentHashMap<Integer, FrameState> frames = new ConcurrentHashMap<>();
  private final PendingCalls pending = new PendingCalls();
  /** Frame ids are unique in this process, across all its connections, so (process id, frame id) names one frame. */
  private static final AtomicInteger NEXT_FRAME_ID = new AtomicInteger(1);
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CompletableFuture<String> whenClosed = new CompletableFuture<>();
  /** True until ready: main's messages wait in the paused loop. */
  private final AtomicBoolean holding = new AtomicBoolean();
  private final AtomicLong heldBytes = new AtomicLong();
  private final ConcurrentHashMap<String, LongAdder> unheard = new ConcurrentHashMap<>();
  /** Main's messages read but not yet run; the reader waits for room (see {@link #awaitInboundRoom}). */
  private final ByteBudget.Account inbound;
  /** This renderer's interceptors. */
  final Interception interception;
  /** What this renderer and main sent each other: {@link #stats()}. */
  final TrafficCounters traffic = new TrafficCounters();
  private FrameEndpoint mainFrame;
  /** The ports main knows this renderer holds (it posted them here, or their pair's other end there), by id. */
  private final PortTable ports = new PortTable(this::portDropped);
  /**
   * Orders posting ports to main before sending back what came for them afterwards: main must
   * read the post first to know what to expect.
   */
  private final Object portPosting = new Object();
  /** How many pairs made here have gone to main: the next one's number (PortIds). Guarded by portPosting. */
  private int rendererPairs;
  /** Where this renderer's ports send: through main, which knows where each other end is. */
  private final PortRoute portRoute = new PortRoute() {
    @Override
    public void post(int portId, byte[] payload) {
      if (PortIds.isRendererMade(portId)) {
        synchronized (portPosting) { // after the POST that tells main of the pair
          main.portMessage(portId, payload);
        }
      } else {
        main.portMessage(portId, payload);
      }
    }

    @Override
    public void close(int portId) {
      synchronized (portPosting) {
        if (ports.remove(portId) != null && !closed.get()) {
          main.portClosed(portId);
        }
      }
    }

    @Override
    public void listenedTo(int portId) {
      ports.pin(portId);
    }
  };
  /** The log of main's faults on this connection, rate-limited. */
  final RateLimitedLog mainLog = new RateLimitedLog();

  /**
   * Creates the client; call {@link #openMainFrame()} once main can receive.
   *
   * @param label names the renderer in errors, e.g. {@code renderer #3}
   * @param connect creates the link to main, given this client as main's link back
   */
  public RendererClient(String label, RendererOptions options, Function<RendererLink, MainLink> connect) {
    this.label = label;
    this.options = options;
    this.loop = new SerialLoop(options.executor());
    ConnectionSettings settings = options.connectionSettings();
    this.inbound = new ByteBudget(settings.inboundCreditBytes()).account(settings.inboundCreditBytes());
    this.interception = new Interception(false, List.of(), options.interceptors());
    this.main = connect.apply(this);
  }

  protected MainLink mainLink() {
    return main;
  }

  /**
   * Holds main's messages until {@link #ready()}, so that what main sends while the renderer sets
   * itself up reaches the listeners it registers. An embedded client never holds.
   */
  public void holdEventsUntilReady() {
    if (holding.compareAndSet(false, true)) {
      loop.pause();
    }
  }

  @Override
  public void ready() {
    if (holding.compareAndSet(true, false)) {
      loop.resume();
    }
  }

  @Override
  public Map<String, Long> unheardMessages() {
    Map<String, Long> counts = new TreeMap<>();
    unheard.forEach((channel, count) -> counts.put(channel, count.sum()));
    return Collections.unmodifiableMap(counts);
  }

  /** This renderer's counters now, for all its frames; see {@link IpcRenderer#stats()}. */
  IpcStats stats() {
    return traffic.snapshot(pending.size(), inbound.used());
  }

  /** A message of main on {@code channel} found no listener: counted, and logged the first time. */
  void unheard(String channel) {
    LongAdder count = unheard.get(channel);
    if (count == null) {
      LongAdder first = new LongAdder();
      count = unheard.putIfAbsent(channel, first);
      if (count == null) {
        count = first;
        LOG.log(System.Logger.Level.WARNING, ErrorMessages.noRendererListenerLog(label, channel));
      }
    }
    count.increment();
  }

  /** Opens the main frame and tells main. */
  public void openMainFrame() {
    openMainFrame(reserveFrameId());
  }

  /** Opens the main frame with an id from {@link #reserveFrameId()} that main already knows. */
  public void openMainFrame(int frameId) {
    mainFrame = open(frameId, 0);
  }

  /** The decoded-size limit of each message from main. */
  long maxDecodedBytes() {
    return options.connectionSettings().maxDecodedBytes();
  }

  /** A new frame id, unique in this process. */
  public static int reserveFrameId() {
    return NEXT_FRAME_ID.getAndIncrement();
  }

  @Override
  public IpcRenderer ipcRenderer() {
    return mainFrame;
  }

  @Override
  public IpcRenderer openFrame(IpcRenderer parent) {
    FrameState parentState = stateOf(parent, ErrorMessages.parentNotOfThisRenderer(parent));
    parentState.checkOpen();
    return open(reserveFrameId(), parentState.id);
  }

  @Override
  public CompletionStage<IpcRenderer> whenKnownToMain(IpcRenderer frame) {
    return stateOf(frame, ErrorMessages.frameNotOfThisRenderer(frame)).knownToMain.minimalCompletionStage();
  }

  private FrameState stateOf(IpcRenderer frame, String notOurs) {
    if (!(frame instanceof FrameEndpoint) || ((FrameEndpoint) frame).state.client != this) {
      throw new IllegalArgumentException(notOurs);
    }
    return ((FrameEndpoint) frame).state;
  }

  private FrameEndpoint open(int frameId, int parentId) {
    FrameState state = new FrameState(this, frameId, parentId, options.sendSyncDeadline());
    frames.put(state.id, state);
    main.frameOpened(state.id, parentId);
    return state.endpoint;
  }

  /** Closes a subframe and its descendants; main drops their scopes. */
  void closeFrame(FrameState frame) {
    for (FrameState child : new ArrayList<>(frames.values())) {
      if (child.parentId == frame.id) {
        closeFrame(child);
      }
    }
    if (frames.remove(frame.id) == null) {
      return;
    }
    frame.close();
    pending.abandonFrame(frame.id, call -> disconnected(call, frame.describe()));
    if (!closed.get()) {
      main.frameClosed(frame.id);
    }
  }

  @Override
  public boolean isClosed() {
    return closed.get() || main.isEnded();
  }

  @Override
  public CompletionStage<String> whenClosed() {
    return whenClosed.minimalCompletionStage();
  }

  @Override
  public void close() {
    closeTellingMain(ErrorMessages.closedByRenderer(), ErrorMessages.rendererClosedConnection());
  }

  String label() {
    return label;
  }

  // ---- RendererLink: what main sends ----

  @Override
  public void event(int frameId, String channel, byte[] payload) {
    FrameState frame = frames.get(frameId);
    if (frame != null && mayHold(payload.length)) {
      deliver(new EventDelivery(frame, channel, payload, List.of()));
    }
  }

  @Override
  public void invoke(int frameId, String channel, byte[] payload, Duration deadline, ReplySink reply) {
    FrameState frame = frames.get(frameId);
    if (frame == null) {
      frameGone(frameId, reply);
    } else if (mayHold(payload.length)) {
      deliver(new HandlerDelivery(frame, channel, payload, reply));
    }
  }

  @Override
  public void invoke(int frameId, String channel, byte[] args, int length, ReplySink reply) {
    FrameState frame = frames.get(frameId);
    if (frame == null) {
      frameGone(frameId, reply);
    } else if (mayHold(length)) {
      HandlerDelivery delivery = new HandlerDelivery(frame, channel, args, length, reply);
      try {
        deliver(delivery);
      } finally {
        delivery.endLoan();
      }
    }
  }

  @Override
  public boolean invokeLendingArray(int frameId, String channel, byte[] args, ReplySink reply) {
    FrameState frame = frames.get(frameId);
    if (frame == null) {
      frameGone(frameId, reply);
      return true;
    }
    if (!mayHold(args.length)) {
      return true; // closing: no delivery keeps it
    }
    HandlerDelivery delivery = new HandlerDelivery(frame, channel, args, args.length, reply);
    try {
      deliver(delivery);
    } catch (RuntimeException | Error e) {
      delivery.endLoanLeavingArray(); // the connection fails: its reader reuses nothing
      throw e;
    }
    return delivery.endLoanLeavingArray();
  }

  @Override
  public void invoke(int frameId, String channel, ByteBuffer args, ReplySink reply) {
    FrameState frame = frames.get(frameId);
    if (frame == null) {
      frameGone(frameId, reply);
    } else if (mayHold(args.remaining())) {
      HandlerDelivery delivery = new HandlerDelivery(frame, channel, args, reply);
      try {
        deliver(delivery);
      } finally {
        delivery.endLoan();
      }
    }
  }

  /** Closed meanwhile: main fails the call when it learns so; this only answers it, for the record. */
  private void frameGone(int frameId, ReplySink reply) {
    reply.fail(RemoteError.gone(ErrorMessages.frameClosedBeforeCall("frame " + frameId + " of " + label)));
  }

  /** Whether a message of main may wait until ready; false, closing, if that holds too much. */
  private boolean mayHold(int payloadBytes) {
    if (holding.get()) {
      long held = heldBytes.addAndGet(payloadBytes);
      if (held > options.heldBytesLimit()) {
        failHolding(held);
        return false;
      }
    }
    return true;
  }

  /** Runs a message of main on the renderer's loop, counting it against the inbound credit until {@link #delivered}. */
  private void deliver(MainDelivery delivery) {
    inbound.force(creditBytes(delivery));
    loop.execute(delivery);
  }

  /** A message of main was delivered: its bytes of the inbound credit are free again. */
  void delivered(MainDelivery delivery) {
    inbound.release(creditBytes(delivery));
  }

  private static long creditBytes(MainDelivery delivery) {
    return delivery.payloadBytes() + (long) ConnectionSettings.MESSAGE_OVERHEAD_BYTES;
  }

  /**
   * Called by the connection's reader after each message: returns once this renderer may take
   * more of main's messages, so that main's writes block instead of this heap filling up. While a
   * call waits for its reply, or deliveries are held back ({@code sendSync}, before {@code
   * ready()}), the reply may come after the messages: the reader reads on, and closes the
   * connection once more than the held-bytes limit waits.
   */
  public void awaitInboundRoom() {
    try {
      while (!closed.get() && !inbound.hasRoom()) {
        if (loop.isPaused() || !pending.isEmpty()) {
          long held = inbound.used();
          if (held > options.heldBytesLimit()) {
            failWhileWaiting(held);
          }
          return;
        }
        inbound.awaitRoom(CREDIT_POLL_NANOS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final long CREDIT_POLL_NANOS = 100_000_000L;

  /**
   * For an embedded renderer, where main's sending thread takes the place of the socket: an
   * application thread waits while this renderer has its credit of main's messages waiting; main's
   * loop and readers never wait, and past the outbound bound (what a socket would have queued) the
   * renderer is closed as fallen behind, as a socket renderer would be dropped.
   */
  protected final void admitFromMain() {
    if (Trampoline.isIdle() && !ReaderHandoff.isReader()) {
      try {
        while (!closed.get() && !inbound.hasRoom()) {
          inbound.awaitRoom(CREDIT_POLL_NANOS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IpcDisconnectedException(ErrorMessages.connectionClosed());
      }
    } else if (inbound.used() > options.connectionSettings().maxBufferedBytes()) {
      String reason = ErrorMessages.fellBehind(inbound.used(), options.connectionSettings().maxBufferedBytes());
      closeTellingMain(reason, reason);
      throw new IpcDisconnectedException(reason);
    }
  }

  private void failWhileWaiting(long held) {
    String reason = ErrorMessages.heldWhileWaiting(label, held, options.heldBytesLimit());
    closeTellingMain(reason, reason);
  }

  /** Too much came before ready: close, telling main why, rather than hold more. */
  private void failHolding(long held) {
    String reason = ErrorMessages.heldBytesExceeded(label, held, options.heldBytesLimit());
    closeTellingMain(reason, reason);
  }

  /**
   * Main sent arguments that do not decode: it broke the protocol, so this renderer closes its
   * connection, telling main why, with one line in the log however many such messages were queued.
   */
  void malformedPayload(String channel, IpcProtocolException malformed) {
    String reason = ErrorMessages.malformedPayloadFromMain(label, channel, malformed.getMessage());
    if (!closed.get()) {
      mainLog.log(System.Logger.Level.WARNING, () -> reason);
      closeTellingMain(reason, reason);
    }
  }

  @Override
  public void post(int frameId, String channel, byte[] payload, int[] portIds) {
    List<MessagePort> received = new ArrayList<>(portIds.length);
    for (int portId : portIds) {
      PortEnd port = new PortEnd(portId, portRoute, loop::execute, maxDecodedBytes());
      ports.put(port);
      received.add(port);
    }
    FrameState frame = frames.get(frameId);
    if (frame == null) {
      received.forEach(MessagePort::close); // the frame closed meanwhile: the other ends hear so
    } else if (mayHold(payload.length)) {
      deliver(new EventDelivery(frame, channel, payload, List.copyOf(received)));
    }
  }

  @Override
  public void portMessage(int portId, byte[] payload) {
    PortEnd port = ports.get(portId);
    if (port == null || !port.receive(payload)) {
      // Posted on meanwhile (main routed by where it was), closed or dropped: main knows which.
      synchronized (portPosting) {
        returnToMain(portId, payload);
      }
    }
  }

  private void returnToMain(int portId, byte[] payload) {
    try {
      main.portReturned(portId, payload);
    } catch (IpcDisconnectedException e) {
      // main is gone, and the port's messages with it
    }
  }

  /** A port nobody could reach was collected: as if closed, its other end goes away. */
  private void portDropped(int portId) {
    synchronized (portPosting) {
      if (!closed.get()) {
        try {
          main.portClosed(portId);
        } catch (IpcDisconnectedException e) {
          // main closes every port of this renderer on its own
        }
      }
    }
  }

  /** {@code ipcRenderer.createMessageChannel()}: a pair held here, numbered once it goes to main. */
  MessageChannel createMessageChannel() {
    PortEnd[] pair = PortEnd.localPair(portRoute, loop::execute, maxDecodedBytes());
    return new MessageChannel(pair[0], pair[1]);
  }

  /** Numbers the next {@code count} pairs made here that go to main, or none; guarded by portPosting. */
  private int reserveRendererPairs(int count) {
    if (count > PortIds.MAX_PAIRS - rendererPairs) {
      throw new IllegalStateException(ErrorMessages.rendererPortIdsExhausted(PortIds.MAX_PAIRS));
    }
    int first = PortIds.rendererPair(rendererPairs);
    rendererPairs += count;
    return first;
  }

  @Override
  public void portClosed(int portId) {
    PortEnd port = ports.remove(portId);
    if (port != null) {
      port.peerClosed();
    }
  }

  @Override
  public void frameKnown(int frameId) {
    FrameState frame = frames.get(frameId);
    if (frame != null) {
      frame.knownToMain.complete(frame.endpoint);
    }
  }

  @Override
  public void disconnect(String reason) {
    closeLocally(reason);
  }

  /**
   * Closes this renderer on its own initiative: main is told ({@code toMain} says why) before
   * anyone sees the renderer closed, so that a process that exits once it is closed does not exit
   * before its close reached main.
   */
  private void closeTellingMain(String reason, String toMain) {
    if (closed.compareAndSet(false, true)) {
      try {
        main.disconnect(new RendererGone(RendererGone.Reason.CLOSED, OptionalInt.empty(), toMain));
      } finally {
        finishClose(reason);
      }
    }
  }

  /** Fails every pending call and closes every frame; false if already closed. */
  protected boolean closeLocally(String reason) {
    if (!closed.compareAndSet(false, true)) {
      return false;
    }
    finishClose(reason);
    return true;
  }

  private void finishClose(String reason) {
    for (FrameState frame : frames.values()) {
      frame.close();
    }
    frames.clear();
    for (PortEnd port : ports.removeAll()) {
      port.peerClosed(); // main closes their other ends when it hears of this
    }
    inbound.close();
    // Closed first, so that a caller whose call fails below already sees why.
    whenClosed.complete(reason);
    pending.close(call -> disconnected(call, label));
  }

  private static IpcDisconnectedException disconnected(PendingCall<?> call, String who) {
    return new IpcDisconnectedException(
        call.sync
            ? ErrorMessages.pendingCallDisconnected("sendSync", call.channel, who)
            : ErrorMessages.invokeDisconnected(call.channel, who));
  }

  // ---- calls from frames ----

  /**
   * Runs this renderer's interceptors for the call {@code frame} makes to main; builds the call they
   * see only if anything follows it.
   */
  private CallTracker enter(IpcCall.Type type, FrameState frame, String channel, byte[] payload) {
    if (!interception.follows(type)) {
      return null;
    }
    return interception.enter(new OutgoingCall(type, null, frame.id, channel, payload, frame.client.maxDecodedBytes(), frame.client.mainLog, "renderer"));
  }

  <A> void send(FrameState frame, Channel<A, ?> channel, A args) {
    byte[] payload = encodeArgs(frame, channel, args);
    CallTracker tracker = enter(IpcCall.Type.SEND, frame, channel.name(), payload);
    try {
      main.send(frame.id, channel.name(), payload);
    } catch (IpcDisconnectedException e) {
      finish(tracker, IpcOutcome.Status.FAILED);
      throw released(frame, e);
    }
    traffic.count(IpcCall.Type.SEND, payload.length);
    finish(tracker, IpcOutcome.Status.SUCCEEDED);
  }

  private static void finish(CallTracker tracker, IpcOutcome.Status status) {
    if (tracker != null) {
      tracker.finish(status, 0);
    }
  }

  /** Counts a call to main and, once main answered it, its reply's size; then ends the interceptors' watch. */
  private void counted(IpcCall.Type type, int payloadBytes, PendingCall<?> call, CallTracker tracker) {
    traffic.count(type, payloadBytes);
    call.onEnd(replyCounter, tracker);
  }

  /** Counts the items of streams from this renderer's handlers: one object for all of them. */
  final IntConsumer rendererInvokeStreamItems = bytes -> traffic.streamItem(IpcCall.Type.RENDERER_INVOKE, bytes);

  /** Counts the reply of each call to main: one object for all of them. */
  private final PendingCall.Ending replyCounter =
      call -> traffic.replied(call.sync ? IpcCall.Type.SEND_SYNC : IpcCall.Type.INVOKE, call.replyBytes());

  /**
   * A sendSync for callers that do not expect the channel's declared exceptions: one that arrives
   * is reported as Electron reports every remote failure, an {@link IpcRemoteException}.
   */
  <A, R> R sendSync(FrameState frame, Channel<A, R> channel, A args, Duration deadline) {
    try {
      return sendSyncDeclaring(frame, channel, args, deadline);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception declared) {
      throw new IpcRemoteException(channel.name(), declared.getClass().getName(), declared.getMessage());
    }
  }

  /** A sendSync that throws the exception the channel declares, if main's listener failed with one. */
  <A, R> R sendSyncDeclaring(FrameState frame, Channel<A, R> channel, A args, Duration deadline) throws Exception {
    Checks.requireListener(channel, "channel");
    if (Trampoline.inListener()) {
      throw new IllegalStateException(ErrorMessages.syncInsideListener(channel.name()));
    }
    byte[] payload = encodeArgs(frame, channel, args);
    CallTracker tracker = enter(IpcCall.Type.SEND_SYNC, frame, channel.name(), payload);
    PendingCall<R> call = track(frame, new PendingCall<>(pending, frame.id, channel, true, maxDecodedBytes()));
    counted(IpcCall.Type.SEND_SYNC, payload.length, call, tracker);
    // Events for this renderer that arrive while it waits are delivered after the call returns.
    loop.pause();
    try {
      try {
        main.sendSync(frame.id, channel.name(), payload, deadline, call);
      } catch (IpcDisconnectedException e) {
        throw released(frame, e, call);
      }
      Trampoline.runPendingNow();
      if (!call.future().isDone()) {
        ReaderHandoff.beforeBlocking();
      }
      return await(call, channel.name(), deadline);
    } finally {
      loop.resume();
    }
  }

  private static <R> R await(PendingCall<R> call, String channel, Duration deadline) throws Exception {
    try {
      return call.future().get(deadline.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      IpcTimeoutException timeout = new IpcTimeoutException(ErrorMessages.syncTimeout(channel, deadline));
      call.abandon(timeout);
      throw timeout;
    } catch (ExecutionException e) {
      throw (Exception) e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      IpcException interrupted = new IpcException(ErrorMessages.syncInterrupted(channel));
      call.abandon(interrupted);
      throw interrupted;
    }
  }

  /** {@code ipcRenderer.postMessage}: the ports go to main, which holds them from now on. */
  void postMessage(FrameState frame, String channel, Object message, List<MessagePort> transfer) {
    Checks.requireListener(channel, "channel");
    List<PortEnd> ends = PortEnd.checkTransfer(transfer, portRoute);
    byte[] payload = encodeArgs(frame, Channel.dynamic(channel), new Object[] {message});
    // Before the ports move: a refused post leaves them where they are.
    CallTracker tracker = enter(IpcCall.Type.SEND, frame, channel, payload);
    int[] portIds = new int[ends.size()];
    long[] delivered = new long[ends.size()];
    synchronized (portPosting) {
      List<PortEnd.Neutered> left;
      try {
        // All at once or none; a pair made here is numbered now: main learns it from this post.
        left = PortEnd.neuterAll(ends, this::reserveRendererPairs, numbered -> {
          ports.put(numbered[0]);
          ports.put(numbered[1]);
        });
      } catch (RuntimeException e) {
        finish(tracker, IpcOutcome.Status.FAILED);
        throw e;
      }
      for (int i = 0; i < portIds.length; i++) {
        ports.remove(ends.get(i).id());
        portIds[i] = ends.get(i).id();
        delivered[i] = left.get(i).delivered();
      }
      try {
        main.post(frame.id, channel, payload, portIds, delivered);
      } catch (IpcDisconnectedException e) {
        finish(tracker, IpcOutcome.Status.FAILED);
        throw released(frame, e);
      }
      // What no listener here had yet goes with the ports, through main, oldest first.
      for (int i = 0; i < portIds.length; i++) {
        for (byte[] waiting : left.get(i).undelivered()) {
          returnToMain(portIds[i], waiting);
        }
      }
    }
    traffic.count(IpcCall.Type.SEND, payload.length);
    finish(tracker, IpcOutcome.Status.SUCCEEDED);
  }

  private static IpcException invokeTimedOut(String channel, Duration deadline) {
    return new IpcTimeoutException(ErrorMessages.invokeTimeout(channel, deadline));
  }

  /** {@code deadline} overrides the options' deadlines when not null. */
  <A, R> CompletableFuture<R> invoke(FrameState frame, Channel<A, R> channel, A args, Duration callDeadline) {
    Duration deadline = callDeadline != null ? callDeadline : options.invokeDeadline(channel.name());
    // The arguments stay in this thread's encoder unless interceptors see them: the writer copies only what it queues.
    WireWriter encoded = lendArgs(frame, channel, args);
    try {
      boolean intercepted = interception.follows(IpcCall.Type.INVOKE);
      byte[] payload = intercepted ? Payloads.bytes(encoded) : null;
      CallTracker tracker;
      try {
        tracker = intercepted ? enter(IpcCall.Type.INVOKE, frame, channel.name(), payload) : null;
      } catch (RuntimeException refused) {
        return CompletableFuture.failedFuture(refused);
      }
      PendingCall<R> call = track(frame, new PendingCall<>(pending, frame.id, channel, false, maxDecodedBytes()));
      counted(IpcCall.Type.INVOKE, payload != null ? payload.length : encoded.size(), call, tracker);
      if (deadline != null) {
        call.expireAfter(deadline, RendererClient::invokeTimedOut);
      }
      try {
        if (payload != null) {
          main.invoke(frame.id, channel.name(), payload, deadline, call);
        } else {
          main.invoke(frame.id, channel.name(), encoded, deadline, call);
        }
      } catch (IpcDisconnectedException e) {
        throw released(frame, e, call);
      }
      return call.future();
    } finally {
      Payloads.giveBack(encoded);
    }
  }

  /**
   * A stream from main's handler of {@code channel}: each subscriber opens one, which fails like
   * an invoke if the frame is closed; {@code idle}, if not null, bounds its silences.
   */
  <A, T> Flow.Publisher<T> stream(FrameState frame, Channel<A, T> channel, A args, Duration idle) {
    byte[] payload = encodeArgs(frame, channel, args);
    return new StreamPublisher<>(subscriber -> {
      StreamCall<T> stream = new StreamCall<>(pending, frame.id, channel, idle, maxDecodedBytes(), subscriber, WARNINGS, 0);
      stream.subscribe();
      if (stream.isCancelledBySubscriber() || !pending.track(stream.call())) {
        return;
      }
      traffic.streamOpened(IpcCall.Type.INVOKE, payload.length);
      try {
        main.stream(frame.id, channel.name(), payload, AccountedReply.counted(stream, bytes -> traffic.streamItem(IpcCall.Type.INVOKE, bytes)));
      } catch (IpcDisconnectedException e) {
        stream.call().abandon(released(frame, e));
      }
    });
  }

  private <A> byte[] encodeArgs(FrameState frame, Channel<A, ?> channel, A args) {
    WireWriter lent = lendArgs(frame, channel, args);
    try {
      return Payloads.bytes(lent);
    } finally {
      Payloads.giveBack(lent);
    }
  }

  /** The encoded arguments in this thread's encoder, lent until {@link Payloads#giveBack}. */
  private <A> WireWriter lendArgs(FrameState frame, Channel<A, ?> channel, A args) {
    Checks.requireListener(channel, "channel");
    frame.checkOpen();
    try {
      return Payloads.lend(channel.argsCodec(), args);
    } catch (IpcValueException e) {
      throw new IpcValueException(ErrorMessages.cannotSend(channel.name(), e.getMessage()));
    }
  }

  /** Records a call about to be made; throws if the connection closed since the frame was checked. */
  private <R> PendingCall<R> track(FrameState frame, PendingCall<R> call) {
    if (!pending.track(call)) {
      throw released(frame, null);
    }
    return call;
  }

  /**
   * The failure of a call the connection refused because it closed after the frame was checked:
   * the same {@code context was released} as a call made later, whatever the timing.
   */
  private static IpcDisconnectedException released(FrameState frame, IpcDisconnectedException refused) {
    IpcDisconnectedException released = new IpcDisconnectedException(ErrorMessages.contextReleased(frame.describe()));
    if (refused != null) {
      released.addSuppressed(refused);
    }
    return released;
  }

  /** As above, for a tracked call, which ends with the same failure. */
  private static IpcDisconnectedException released(FrameState frame, IpcDisconnectedException refused, PendingCall<?> call) {
    IpcDisconnectedException released = released(frame, refused);
    call.abandon(released);
    return released;
  }
}
