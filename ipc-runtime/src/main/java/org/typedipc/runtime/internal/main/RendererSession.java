package org.typedipc.runtime.internal.main;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcCall;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcRemoteException;
import org.typedipc.runtime.IpcOutcome;
import org.typedipc.runtime.IpcStats;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcMainScope;
import org.typedipc.runtime.IpcMessageHook;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.MessagePort;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.internal.dispatch.AccountedReply;
import org.typedipc.runtime.internal.dispatch.CallTracker;
import org.typedipc.runtime.internal.dispatch.FlightEvents;
import org.typedipc.runtime.internal.dispatch.ListenerRegistry;
import org.typedipc.runtime.internal.dispatch.TrafficCounters;
import org.typedipc.runtime.internal.dispatch.InvokeTarget;
import org.typedipc.runtime.internal.dispatch.MainLink;
import org.typedipc.runtime.internal.dispatch.OutgoingCall;
import org.typedipc.runtime.internal.dispatch.Payloads;
import org.typedipc.runtime.internal.dispatch.PortEnd;
import org.typedipc.runtime.internal.dispatch.PendingCall;
import org.typedipc.runtime.internal.dispatch.PendingCalls;
import org.typedipc.runtime.internal.dispatch.RemoteError;
import org.typedipc.runtime.internal.dispatch.RendererLink;
import org.typedipc.runtime.internal.dispatch.ReplySink;
import org.typedipc.runtime.internal.dispatch.StreamCall;
import org.typedipc.runtime.internal.dispatch.StreamPublisher;
import org.typedipc.runtime.internal.loop.ReaderHandoff;
import org.typedipc.runtime.internal.loop.Trampoline;
import org.typedipc.runtime.internal.loop.TurnQueue;
import org.typedipc.runtime.internal.messages.Checks;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.messages.RateLimitedLog;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.TypedTarget;
import org.typedipc.runtime.spi.WireWriter;
import org.typedipc.runtime.transport.PeerIdentity;

/**
 * Main's side of one renderer: its scope, frames and catch-all hooks, and the entry point of
 * everything the renderer sends. Each message becomes one task in the renderer's {@link
 * TurnQueue}: renderers take turns on main's loop, and each may have only its inbound credit of
 * messages waiting.
 */
public final class RendererSession implements Renderer, TypedTarget, MainLink, InvokeTarget {
  private static final String HOOKS = "";

  final MainRuntime main;
  private final int id;
  private final long processId;
  private final Optional<PeerIdentity> peerIdentity;
  private final RendererLink link;
  final MainScope scope;
  final ListenerRegistry<IpcMessageHook> hooks = new ListenerRegistry<>();
  /** Main's invokes of this renderer waiting for their replies. */
  private final PendingCalls pending = new PendingCalls();
  /** This renderer's own invoke deadline; null for main's. */
  private volatile Duration invokeDeadline;
  private final ConcurrentSkipListMap<Integer, FrameHandle> frames = new ConcurrentSkipListMap<>();
  private final CompletableFuture<RendererGone> gone = new CompletableFuture<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile FrameHandle mainFrame;
  private final TurnQueue inbound;
  private final TrafficCounters traffic = new TrafficCounters();
  /** The log of this renderer's faults: one renderer cannot flood main's log. */
  final RateLimitedLog senderLog = new RateLimitedLog();

  RendererSession(MainRuntime main, int id, long processId, Optional<PeerIdentity> peerIdentity, RendererLink link) {
    this.main = main;
    this.scope = new MainScope(main.senderPolicies);
    this.id = id;
    this.processId = processId;
    this.peerIdentity = peerIdentity;
    this.link = link;
    this.inbound = new TurnQueue(main.loop, main.inboundCredit());
  }

  /** The main this renderer is connected to. */
  public MainRuntime runtime() {
    return main;
  }

  /**
   * Returns once this renderer may send main more: its messages waiting for main's loop are
   * within its credit (and all renderers' within main's total), or it is closed. Its connection's
   * reader calls this, so a renderer that sends faster than main's listeners take is slowed down
   * through its socket instead of filling main's heap. While an invoke of main waits for this
   * renderer's reply, which may come after its messages (a listener may be waiting for it, holding
   * main's loop), main reads on past the credit, as a renderer does, up to its held-bytes limit
   * (main's total inbound budget); past it main drops the renderer, saying why.
   */
  public void awaitInboundRoom() {
    try {
      boolean room = inbound.awaitRoom(0);
      if (room) {
        return;
      }
      Object blocked = FlightEvents.backPressureStarted();
      try {
        while (!room && !closed.get()) {
          if (!pending.isEmpty()) {
            long held = inbound.used();
            if (held > main.heldBytesLimit()) {
              dropForHolding(held);
            }
            return;
          }
          room = inbound.awaitRoom(CREDIT_POLL_NANOS);
        }
      } finally {
        FlightEvents.backPressureDone(blocked, "renderer #" + id);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * For an embedded renderer, whose threads call this session where a socket renderer's writes
   * would block: waits as its reader would (see {@link #awaitInboundRoom}), unless the calling
   * thread runs main's loop or reads a connection, which would wait for itself.
   */
  void awaitRoomAsSender() {
    if (Trampoline.isIdle() && !ReaderHandoff.isReader()) {
      awaitInboundRoom();
    }
  }

  private void dropForHolding(long held) {
    String reason = ErrorMessages.mainHeldWhileWaiting(id, held, main.heldBytesLimit());
    if (closeLocally(new RendererGone(RendererGone.Reason.DISCONNECTED, OptionalInt.empty(), reason))) {
      link.disconnect(reason);
    }
  }

  private static final long CREDIT_POLL_NANOS = 100_000_000L;

  /** Counts the items of this renderer's streams from main's handlers: one object for all of them. */
  final IntConsumer invokeStreamItems = bytes -> streamItem(IpcCall.Type.INVOKE, bytes);

  private void deliver(Runnable delivery, byte[] payload) {
    deliver(delivery, payload.length);
  }

  private void deliver(Runnable delivery, int payloadBytes) {
    inbound.execute(delivery, payloadBytes + (long) ConnectionSettings.MESSAGE_OVERHEAD_BYTES);
  }

  @Override
  public int id() {
    return id;
  }

  @Override
  public long processId() {
    return processId;
  }

  @Override
  public Optional<PeerIdentity> peerIdentity() {
    return peerIdentity;
  }

  @Override
  public Frame mainFrame() {
    return mainFrame;
  }

  @Override
  public List<Frame> frames() {
    return List.copyOf(frames.values());
  }

  @Override
  public Optional<Frame> frame(int frameId) {
    return Optional.ofNullable(frames.get(frameId));
  }

  @Override
  public void send(String channel, Object... args) {
    sendEvent(mainFrame, Channel.dynamic(channel), args);
  }

  @Override
  public <A> void send(Channel<A, ?> channel, A args) {
    sendEvent(mainFrame, channel, args);
  }

  @Override
  public CompletableFuture<Object> invoke(String channel, Object... args) {
    return invoke(mainFrame, Channel.dynamic(channel), args, null);
  }

  @Override
  public CompletableFuture<Object> invoke(Duration deadline, String channel, Object... args) {
    return invoke(mainFrame, Channel.dynamic(channel), args, Checks.requirePositive(deadline));
  }

  @Override
  public <A, R> CompletableFuture<R> invoke(Channel<A, R> channel, A args) {
    return invoke(mainFrame, channel, args, null);
  }

  @Override
  public TypedTarget withDeadline(Duration deadline) {
    return new DeadlineTarget(() -> mainFrame, Checks.requirePositive(deadline));
  }

  /**
   * Calls the handler of {@code frame}; {@code callDeadline} overrides the configured deadlines
   * when not null.
   */
  /** Counts the reply of each invoke of this renderer: one object for all of them. */
  private final PendingCall.Ending replyCounter = call -> replied(IpcCall.Type.RENDERER_INVOKE, call.replyBytes());

  <A, R> CompletableFuture<R> invoke(FrameHandle frame, Channel<A, R> channel, A args, Duration callDeadline) {
    // The arguments stay in this thread's encoder unless interceptors see them: the writer copies only what it queues.
    WireWriter encoded = lendArgs(channel, args);
    try {
      boolean intercepted = main.interception.follows(IpcCall.Type.RENDERER_INVOKE);
      byte[] payload = intercepted ? Payloads.bytes(encoded) : null;
      return invoke(frame, channel, encoded, payload, callDeadline);
    } finally {
      Payloads.giveBack(encoded);
    }
  }

  /** Makes the call with its arguments in {@code payload}, or if null still in {@code encoded}. */
  private <A, R> CompletableFuture<R> invoke(FrameHandle frame, Channel<A, R> channel, WireWriter encoded, byte[] payload,
      Duration callDeadline) {
    Duration deadline = callDeadline != null ? callDeadline : main.rendererInvokeDeadline(channel.name(), invokeDeadline);
    PendingCall<R> call = new PendingCall<>(pending, frame.id(), channel, false, main.maxDecodedBytes());
    CallTracker tracker;
    try {
      tracker = payload == null ? null : enter(IpcCall.Type.RENDERER_INVOKE, frame, channel.name(), payload);
    } catch (RuntimeException refused) {
      call.abandon(refused instanceof IpcException known ? known : new IpcRemoteException(channel.name(), refused.getClass().getName(), refused.getMessage()));
      return call.future();
    }
    counted(IpcCall.Type.RENDERER_INVOKE, payload != null ? payload.length : encoded.size());
    call.onEnd(replyCounter, tracker);
    if (frame.isDetached()) {
      call.abandon(disconnected(call, frame.describe()));
    } else if (pending.track(call)) {
      call.expireAfter(deadline, frame.invokeTimeout);
      try {
        if (payload != null) {
          link.invoke(frame.id(), channel.name(), payload, deadline, call);
        } else {
          link.invoke(frame.id(), channel.name(), encoded, deadline, call);
        }
      } catch (IpcDisconnectedException e) {
        call.abandon(disconnected(call, frame.describe()));
      }
    }
    return call.future();
  }

  /** A stream from the handler of {@code frame}; {@code idle}, if not null, bounds its silences. */
  <A, T> Flow.Publisher<T> stream(FrameHandle frame, Channel<A, T> channel, A args, Duration idle) {
    byte[] payload = encode(channel, args);
    return new StreamPublisher<>(subscriber -> {
      StreamCall<T> stream = new StreamCall<>(pending, frame.id(), channel, idle, main.maxDecodedBytes(), subscriber, main.warnings, id);
      stream.subscribe();
      if (stream.isCancelledBySubscriber()) {
        return;
      }
      if (frame.isDetached()) {
        stream.call().abandon(disconnected(stream.call(), frame.describe()));
      } else if (pending.track(stream.call())) {
        streamOpened(IpcCall.Type.RENDERER_INVOKE, payload.length);
        try {
          link.stream(frame.id(), channel.name(), payload,
              AccountedReply.counted(stream, bytes -> streamItem(IpcCall.Type.RENDERER_INVOKE, bytes)));
        } catch (IpcDisconnectedException e) {
          stream.call().abandon(disconnected(stream.call(), frame.describe()));
        }
      }
    });
  }

  @Override
  public Flow.Publisher<Object> stream(String channel, Object... args) {
    return stream(mainFrame, Channel.dynamic(channel), args, null);
  }

  @Override
  public Flow.Publisher<Object> stream(Duration idleDeadline, String channel, Object... args) {
    return stream(mainFrame, Channel.dynamic(channel), args, Checks.requirePositive(idleDeadline));
  }

  @Override
  public <A, T> Flow.Publisher<T> stream(Channel<A, T> channel, A args) {
    return stream(mainFrame, channel, args, null);
  }

  private static IpcDisconnectedException disconnected(PendingCall<?> call, String who) {
    return new IpcDisconnectedException(ErrorMessages.invokeDisconnected(call.channel, who));
  }

  @Override
  public boolean sendToFrame(int frameId, String channel, Object... args) {
    return sendToFrame(frameId, Channel.dynamic(channel), args);
  }

  private <A> boolean sendToFrame(int frameId, Channel<A, ?> channel, A args) {
    Checks.requireListener(channel, "channel");
    FrameHandle frame = frames.get(frameId);
    if (frame == null) {
      return false;
    }
    sendEvent(frame, channel, args);
    return true;
  }

  /**
   * Runs main's interceptors for the call main makes to {@code frame}; builds the call they see
   * only if anything follows it.
   */
  private CallTracker enter(IpcCall.Type type, FrameHandle frame, String channel, byte[] payload) {
    if (!main.interception.follows(type)) {
      return null;
    }
    return main.interception.enter(new OutgoingCall(type, frame, frame.id(), channel, payload, frame.maxDecodedBytes(), frame.session().senderLog, "main"));
  }

  /** Encodes and sends a message to one frame; nothing is sent if encoding fails. */
  <A> void sendEvent(FrameHandle frame, Channel<A, ?> channel, A args) {
    if (frame.isDetached()) {
      throw new IpcDisconnectedException(ErrorMessages.sendToClosed(channel.name(), frame.describe()));
    }
    byte[] payload = encode(channel, args);
    CallTracker tracker = enter(IpcCall.Type.EVENT, frame, channel.name(), payload);
    link.event(frame.id(), channel.name(), payload);
    sent(tracker, payload.length);
  }

  /** Counts a message main sent or posted to this renderer and ends its interceptors' watch. */
  private void sent(CallTracker tracker, int payloadBytes) {
    counted(IpcCall.Type.EVENT, payloadBytes);
    if (tracker != null) {
      tracker.finish(IpcOutcome.Status.SUCCEEDED, 0);
    }
  }

  private static <A> byte[] encode(Channel<A, ?> channel, A args) {
    WireWriter lent = lendArgs(channel, args);
    try {
      return Payloads.bytes(lent);
    } finally {
      Payloads.giveBack(lent);
    }
  }

  /** The encoded arguments in this thread's encoder, lent until {@link Payloads#giveBack}. */
  private static <A> WireWriter lendArgs(Channel<A, ?> channel, A args) {
    Checks.requireListener(channel, "channel");
    try {
      return Payloads.lend(channel.argsCodec(), args);
    } catch (IpcValueException e) {
      throw new IpcValueException(ErrorMessages.cannotSend(channel.name(), e.getMessage()));
    }
  }

  @Override
  public void postMessage(String channel, Object message, List<MessagePort> ports) {
    postTo(mainFrame, channel, message, ports);
  }

  /** Posts a message with main's ports to one frame: the ports are the renderer's from now on. */
  void postTo(FrameHandle frame, String channel, Object message, List<MessagePort> ports) {
    Channel<Object[], Object> dynamic = Channel.dynamic(Checks.requireListener(channel, "channel"));
    if (frame.isDetached()) {
      throw new IpcDisconnectedException(ErrorMessages.sendToClosed(channel, frame.describe()));
    }
    byte[] payload = encode(dynamic, new Object[] {message});
    PortEnd.checkTransfer(ports, PortHub.INSTANCE); // interceptors see only a post that can go; moving checks again
    CallTracker tracker = enter(IpcCall.Type.EVENT, frame, channel, payload);
    try {
      PortHub.INSTANCE.transfer(ports, this, portIds -> link.post(frame.id(), channel, payload, portIds));
    } catch (RuntimeException | Error e) {
      if (tracker != null) {
        tracker.finish(IpcOutcome.Status.FAILED, 0);
      }
      throw e;
    }
    sent(tracker, payload.length);
  }

  /** The pairs this renderer made itself that main learned of; guarded by the port hub's lock. */
  final RendererMadePorts madePorts = new RendererMadePorts();

  /** A message for a port this renderer holds (by the id it knows); dropped if the renderer is gone. */
  void deliverPortMessage(int portId, byte[] payload) {
    try {
      link.portMessage(portId, payload);
    } catch (IpcDisconnectedException e) {
      // it is gone: its ports close when its session does
    }
  }

  /** The other end of a port this renderer holds went away. */
  void deliverPortClosed(int portId) {
    link.portClosed(portId);
  }

  @Override
  public void setInvokeDeadline(Duration deadline) {
    invokeDeadline = Checks.requirePositive(deadline);
  }

  @Override
  public IpcMainScope ipc() {
    return scope;
  }

  @Override
  public IpcStats stats() {
    return traffic.snapshot(pending.size(), inbound.queuedBytes());
  }

  /** Main's invokes of this renderer waiting for replies now. */
  long outboundPending() {
    return pending.size();
  }

  /** One call to or from this renderer, counted for it and for main. */
  void counted(IpcCall.Type type, int payloadBytes) {
    traffic.count(type, payloadBytes);
    main.totals.count(type, payloadBytes);
  }

  /** The answer to one call of {@code type}, to or from this renderer, took {@code payloadBytes}. */
  void replied(IpcCall.Type type, int payloadBytes) {
    traffic.replied(type, payloadBytes);
    main.totals.replied(type, payloadBytes);
  }

  /** A stream to or from this renderer opened as a call of {@code openedAs}, counted for it and for main. */
  void streamOpened(IpcCall.Type openedAs, int payloadBytes) {
    traffic.streamOpened(openedAs, payloadBytes);
    main.totals.streamOpened(openedAs, payloadBytes);
  }

  /** One item of a stream to or from this renderer opened as a call of {@code openedAs}. */
  void streamItem(IpcCall.Type openedAs, int payloadBytes) {
    traffic.streamItem(openedAs, payloadBytes);
    main.totals.streamItem(openedAs, payloadBytes);
  }

  /** A call from this renderer was refused before anything ran. */
  void denied() {
    traffic.denied();
    main.totals.denied();
  }

  /** A call from this renderer waits for main's answer ({@code +1}) or has it ({@code -1}). */
  void inboundPending(int delta) {
    traffic.inboundPending(delta);
    main.totals.inboundPending(delta);
  }

  /** Main's listeners or handler ran for {@code nanos} on a call from this renderer. */
  void handled(long nanos) {
    traffic.handlerTime(nanos);
    main.totals.handlerTime(nanos);
  }

  @Override
  public Registration onIpcMessage(IpcMessageHook hook) {
    return hooks.add(HOOKS, Checks.requireListener(hook, "hook"), hook, false);
  }

  ListenerRegistry.Entry<IpcMessageHook>[] hooks() {
    return hooks.get(HOOKS);
  }

  @Override
  public boolean isClosed() {
    return closed.get();
  }

  /** Never: in-process, main drops the calls of a closed renderer instead of refusing them. */
  @Override
  public boolean isEnded() {
    return false;
  }

  @Override
  public CompletionStage<RendererGone> whenGone() {
    return gone.minimalCompletionStage();
  }

  @Override
  public void close() {
    if (closeLocally(new RendererGone(RendererGone.Reason.CLOSED, OptionalInt.empty(), ErrorMessages.closedByMain()))) {
      link.disconnect(ErrorMessages.closedByMain());
    }
  }

  // ---- MainLink: what the renderer sends ----

  @Override
  public void frameOpened(int frameId, int parentFrameId) {
    FrameHandle parent = parentFrameId == 0 ? null : frames.get(parentFrameId);
    FrameHandle frame = new FrameHandle(this, frameId, parent);
    if (parentFrameId == 0) {
      mainFrame = frame;
    }
    frames.put(frameId, frame);
    if (closed.get() || (parentFrameId != 0 && parent == null)) {
      frameClosed(frameId); // its renderer or its parent is already gone
    } else if (parentFrameId != 0) {
      link.frameKnown(frameId); // the main frame is known from the handshake on
    }
  }

  @Override
  public void frameClosed(int frameId) {
    FrameHandle frame = frames.get(frameId);
    if (frame != null) {
      frame.detach();
      frames.remove(frameId, frame);
      pending.abandonFrame(frameId, call -> disconnected(call, frame.describe()));
    }
  }

  /**
   * The frame a message came from, or null if main no longer knows it: as {@code frames.get}, but
   * the main frame, which sends most, without a map lookup per message.
   */
  private FrameHandle sendingFrame(int frameId) {
    FrameHandle main = mainFrame;
    if (main != null && main.id() == frameId && !main.isDetached()) {
      return main;
    }
    return frames.get(frameId);
  }

  @Override
  public void send(int frameId, String channel, byte[] payload) {
    FrameHandle frame = sendingFrame(frameId);
    if (frame != null) {
      deliver(new MessageDelivery(frame, channel, payload, null, List.of()), payload);
    }
  }

  @Override
  public void sendSync(int frameId, String channel, byte[] payload, Duration deadline, ReplySink reply) {
    FrameHandle frame = sendingFrame(frameId);
    if (frame != null) {
      deliver(new MessageDelivery(frame, channel, payload, reply, List.of()), payload);
    } else {
      frameGone(frameId, channel, reply);
    }
  }

  @Override
  public void invoke(int frameId, String channel, byte[] payload, Duration deadline, ReplySink reply) {
    FrameHandle frame = frames.get(frameId);
    if (frame != null) {
      deliver(new InvokeDelivery(frame, channel, payload, reply), payload);
    } else {
      frameGone(frameId, channel, reply);
    }
  }

  @Override
  public void invoke(int frameId, String channel, byte[] args, int length, ReplySink reply) {
    FrameHandle frame = frames.get(frameId);
    if (frame == null) {
      frameGone(frameId, channel, reply);
      return;
    }
    InvokeDelivery delivery = new InvokeDelivery(frame, channel, args, length, reply);
    try {
      deliver(delivery, length);
    } finally {
      delivery.endLoan();
    }
  }

  @Override
  public boolean invokeLendingArray(int frameId, String channel, byte[] args, ReplySink reply) {
    FrameHandle frame = frames.get(frameId);
    if (frame == null) {
      frameGone(frameId, channel, reply);
      return true;
    }
    InvokeDelivery delivery = new InvokeDelivery(frame, channel, args, args.length, reply);
    try {
      deliver(delivery, args.length);
    } catch (RuntimeException | Error e) {
      delivery.endLoanLeavingArray(); // the connection fails: its reader reuses nothing
      throw e;
    }
    return delivery.endLoanLeavingArray();
  }

  @Override
  public void invoke(int frameId, String channel, ByteBuffer args, ReplySink reply) {
    FrameHandle frame = frames.get(frameId);
    if (frame == null) {
      frameGone(frameId, channel, reply);
      return;
    }
    InvokeDelivery delivery = new InvokeDelivery(frame, channel, args, reply);
    try {
      deliver(delivery, args.remaining());
    } finally {
      delivery.endLoan();
    }
  }

  /** A call from a frame main already closed is answered at once, so that its caller never hangs. */
  private void frameGone(int frameId, String channel, ReplySink reply) {
    if (closed.get()) {
      return; // the connection is ending, and fails every pending call with a disconnect
    }
    reply.fail(RemoteError.of(new IpcDisconnectedException(ErrorMessages.callFromClosedFrame(channel, frameId, id))));
  }

  @Override
  public void post(int frameId, String channel, byte[] payload, int[] portIds, long[] delivered) {
    List<MessagePort> ports = PortHub.INSTANCE.adopt(portIds, delivered, this);
    FrameHandle frame = sendingFrame(frameId);
    if (frame == null) {
      ports.forEach(MessagePort::close); // from a frame main closed: no listener will take them
    } else {
      deliver(new MessageDelivery(frame, channel, payload, null, ports), payload);
    }
  }

  @Override
  public void portMessage(int portId, byte[] payload) {
    PortHub.INSTANCE.postFrom(this, portId, payload);
  }

  @Override
  public void portReturned(int portId, byte[] payload) {
    PortHub.INSTANCE.returnedFrom(this, portId, payload);
  }

  @Override
  public void portClosed(int portId) {
    PortHub.INSTANCE.closeFrom(this, portId);
  }

  /**
   * The renderer sent arguments that do not decode: it broke the protocol, so main drops it, with
   * one warning (that it is gone) however many such messages were already queued.
   */
  void malformedPayload(String channel, IpcProtocolException malformed) {
    String reason = ErrorMessages.malformedPayload(channel, malformed.getMessage());
    if (closeLocally(new RendererGone(RendererGone.Reason.PROTOCOL_ERROR, OptionalInt.empty(), reason))) {
      FlightEvents.protocolError("renderer #" + id, reason);
      link.disconnect(reason);
    }
  }

  @Override
  public void disconnect(RendererGone why) {
    closeLocally(why);
  }

  // A message from a frame main no longer knows is dropped: that frame closed, and closing it
  // already failed the calls it had pending.

  private boolean closeLocally(RendererGone why) {
    if (!closed.compareAndSet(false, true)) {
      return false;
    }
    String owner = "renderer #" + id;
    scope.close(owner);
    hooks.close(owner);
    for (FrameHandle frame : new ArrayList<>(frames.values())) {
      frame.detach();
    }
    frames.clear();
    pending.close(call -> disconnected(call, "renderer #" + id));
    inbound.close();
    PortHub.INSTANCE.sessionGone(this);
    main.removed(this, why);
    gone.complete(why);
    return true;
  }

  @Override
  public String toString() {
    return "Renderer[#" + id + (closed.get() ? ", closed]" : "]");
  }
}
