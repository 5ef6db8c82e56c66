package org.typedipc.runtime.internal.protocol;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.internal.dispatch.PortIds;
import org.typedipc.runtime.internal.dispatch.FlightEvents;
import org.typedipc.runtime.internal.dispatch.InvokeTarget;
import org.typedipc.runtime.internal.dispatch.RemoteError;
import org.typedipc.runtime.internal.dispatch.ReplySink;
import org.typedipc.runtime.internal.dispatch.RequestCanceller;
import org.typedipc.runtime.internal.dispatch.StreamSink;
import org.typedipc.runtime.internal.loop.ByteBudget;
import org.typedipc.runtime.internal.loop.Daemons;
import org.typedipc.runtime.internal.loop.ReaderHandoff;
import org.typedipc.runtime.internal.loop.ReplyReading;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.messages.Loggers;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;
import org.typedipc.runtime.transport.ByteStream;

/**
 * One side of a connection after the handshake: a reader thread that hands each packet to {@link
 * #handle} and stops reading while the side has no inbound credit left, a {@link PacketWriter}
 * with its own writer thread, channel-name interning in each direction, the heartbeat that notices
 * a peer that stalled (sends nothing) or stopped reading (takes nothing), and the calls in flight
 * in each direction (a renderer calls main with SYNC and INVOKE, main calls a renderer with INVOKE;
 * each side numbers its own calls). The heartbeat runs on the shared timer, so it never writes or
 * waits itself: it queues, or hands the close to the writer and a pool thread.
 */
public abstract class Connection implements ReplyReading {
  private static final System.Logger LOG = Loggers.WIRE;
  private static final RemoteError.Kind[] KINDS = RemoteError.Kind.values();

  final PacketReader reader;
  final PacketWriter writer;
  private final Closeable resource;
  private final ConnectionSettings settings;
  private final ConcurrentHashMap<String, OutboundChannel> outboundChannels = new ConcurrentHashMap<>();
  /** The outbound channel used last; its final fields make it safe to share without a lock. */
  private OutboundChannel lastOutbound;

  private record OutboundChannel(String name, int id) {}
  private final List<String> inboundChannels = new ArrayList<>();
  /** The wire bytes of the channel names the peer declared, capped by the settings. */
  private long inboundChannelBytes;
  private final AtomicBoolean ended = new AtomicBoolean();
  /** The abort of a close whose queue the peer does not take, due at the drain timeout. */
  private volatile ScheduledFuture<?> drainAbort;
  /** The close of a stream whose peer has not closed its end within {@link #LINGER} of our CLOSE. */
  private volatile ScheduledFuture<?> lingerClose;
  private final CountDownLatch streamClosed = new CountDownLatch(1);
  /** Set before {@link #ended} when the peer was dropped for not taking part. */
  private volatile boolean unresponsive;
  /** True while the reader thread runs a delivery; past a heartbeat interval another thread reads on. */
  private volatile boolean handling;
  /** True while the reader holds the peer's next message for want of inbound credit: its silence is ours. */
  private volatile boolean heldBack;
  /** Guards the hand-over of reading between {@link #readerThread}s. */
  private final Object readerLock = new Object();
  private volatile Thread readerThread;
  private volatile String readerName;
  private ScheduledFuture<?> heartbeat;
  /** When the heartbeat last saw the transport riding out an outage (see {@link ByteStream#outageUnderway()}). */
  private long outageSeenNanos;
  private boolean outageSeen;
  /** When the peer's process (if this side knows it) was last seen running; see {@link #checkPeerProcess}. */
  private volatile long peerSeenRunningNanos = System.nanoTime();
  private final AtomicBoolean checkingPeerProcess = new AtomicBoolean();
  /** This side's calls waiting for the peer's REPLY or REPLY_ERROR, by this side's request id. */
  private final RequestTable<ReplySink> outgoing = new RequestTable<>();
  /** The cancel of one of this side's calls, shared by all of them. */
  private final RequestCanceller cancelOutgoing = this::cancelOutgoing;
  private final AtomicLong nextRequestId = new AtomicLong(1);
  /** The peer's calls this side answers, by the peer's request id. */
  private final RequestTable<RemoteReply> incoming = new RequestTable<>();
  /** The stream, if callers waiting for a reply may read it themselves; else null. */
  private final ByteStream readableByCallers;
  /** Who reads now, when callers may read; see {@link #readUntil}. */
  private final ReadRole role = new ReadRole();
  /** The longest a reading caller waits for bytes before it checks whether its call ended otherwise. */
  private static final long LEAD_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  Connection(PacketReader reader, PacketWriter writer, Closeable resource, ConnectionSettings settings) {
    this.reader = reader;
    this.writer = writer;
    this.resource = resource;
    this.settings = settings;
    this.readableByCallers = resource instanceof ByteStream && ((ByteStream) resource).callersMayRead() ? (ByteStream) resource : null;
  }

  /** Reads packets on the calling thread until the connection ends. */
  public final void runReader() {
    writer.start("typed-ipc-writer-" + this, outboundBudget(),
        e -> end(ErrorMessages.connectionBroke(e.getMessage()), false, true));
    startHeartbeat();
    readLoop();
  }

  /** This side's share of the outbound budget. */
  abstract ByteBudget.Account outboundBudget();

  /** How a call, reply or message waits when the outbound budget is full. */
  abstract PacketWriter.Admission admission();

  /**
   * Called on the reader thread before it handles a message: returns once this side may take it
   * (it has inbound credit) or the connection ended.
   */
  void awaitInboundRoom() {}

  /**
   * The peer's process id when the peer runs on this host and this side knows it (a renderer main
   * launched; main, to a renderer on a local transport), else empty: only then is its pid checked.
   */
  OptionalLong peerPidOnThisHost() {
    return OptionalLong.empty();
  }

  /** Why the connection ends when the peer's process {@code pid} has been stopped for {@code liveness}. */
  String peerStopped(long pid, Duration liveness) {
    return ErrorMessages.peerProcessStopped(pid, liveness);
  }

  /** Whether a packet of this type becomes a delivery that takes inbound credit. */
  private static boolean takesCredit(PacketType type) {
    return type == PacketType.SEND || type == PacketType.SYNC || type == PacketType.INVOKE || type == PacketType.EVENT;
  }

  /**
   * Reads and handles packets until the connection ends, or until this thread handed reading on
   * to another one because code it ran blocked (see {@link ReaderHandoff}).
   */
  private void readLoop() {
    Thread self = Thread.currentThread();
    readerThread = self;
    if (readerName == null) {
      readerName = self.getName();
    }
    ReaderHandoff.install(this::handOffReading);
    String reason = ErrorMessages.peerClosed();
    boolean protocolError = false;
    try {
      Packet packet;
      while (!ended.get() && (packet = nextPacket(self)) != null) {
        if (packet.type == PacketType.CLOSE) {
          reason = ErrorMessages.peerClosedSaying(packet.header.readString());
          break;
        }
        if (packet.type == PacketType.CHANNEL) {
          declareInboundChannel(packet);
        } else if (packet.type != PacketType.HEARTBEAT) {
          if (takesCredit(packet.type)) {
            // The packet is read before the wait, so that the peer's silence is measured up to it.
            heldBack = true;
            try {
              awaitInboundRoom();
            } finally {
              heldBack = false;
              reader.markProgress();
            }
            if (ended.get()) {
              break;
            }
          }
          handling = true;
          if (!writesCallsInline()) {
            writer.deliveryStarts(); // main's reader writes its replies after the loop's turn where the stream lets it
          }
          try {
            dispatch(packet);
          } finally {
            writer.deliveryEnded();
            synchronized (readerLock) {
              if (readerThread == self) {
                handling = false;
              }
            }
          }
          if (readerThread != self) {
            return; // another thread reads now
          }
          // An interrupt left by a listener would close the channel on the next read.
          Thread.interrupted();
        }
      }
    } catch (IpcException e) {
      reason = e.getMessage();
      protocolError = !(e instanceof IpcDisconnectedException);
    } catch (IOException e) {
      reason = ErrorMessages.connectionBroke(e);
    } catch (RuntimeException | Error e) {
      // An Error too (out of memory, say) ends the connection: a reader that dies silently would
      // leave it half open, its peer waiting forever.
      reason = ErrorMessages.connectionFailed(e);
      protocolError = true;
      LOG.log(System.Logger.Level.ERROR, ErrorMessages.readFailedLog(), e);
    } finally {
      ReaderHandoff.clear();
    }
    if (protocolError) {
      FlightEvents.protocolError(toString(), reason);
    }
    end(reason, protocolError, !protocolError);
  }

  /**
   * The reader thread's next packet: read here once it is this thread's turn, or read by a caller
   * that handed it over (see {@link #readUntil}); null at the end of the stream.
   */
  private Packet nextPacket(Thread self) throws IOException {
    if (readableByCallers == null) {
      return reader.read();
    }
    Object turn = role.readerTurn(self);
    if (turn == null) {
      return reader.read();
    }
    if (turn == ReadRole.END_OF_STREAM) {
      return null;
    }
    if (turn instanceof Packet) {
      return (Packet) turn;
    }
    if (turn instanceof IOException) {
      throw (IOException) turn;
    }
    if (turn instanceof RuntimeException) {
      throw (RuntimeException) turn;
    }
    throw (Error) turn;
  }

  /**
   * Reads on the calling thread, which waits for {@code done}, while no other thread reads: a
   * reply (to anybody's call) is completed here, heartbeats and channel names taken in; any other
   * packet is handed to the reader thread, which runs what it delivers, in order, as always.
   */
  @Override
  public final void readUntil(CompletableFuture<?> done, long deadlineNanos) {
    ByteStream stream = readableByCallers;
    if (stream == null) {
      return;
    }
    Thread self = Thread.currentThread();
    while (!done.isDone() && !ended.get() && nanosLeft(deadlineNanos) > 0 && role.tryLead(self)) {
      Packet packet;
      try {
        packet = readForCaller(stream, done, deadlineNanos);
        if (packet == null) {
          role.release(self, !outgoing.isEmpty());
          return;
        }
        if (packet == END) {
          role.hand(self, ReadRole.END_OF_STREAM);
          return;
        }
        switch (packet.type) {
          case REPLY: {
            long requestId = packet.header.readLong();
            packet.header.requireFullyRead();
            ReplySink sink = outgoing.remove(requestId);
            // The next reader reads into the packet's buffer: a small reply moves to this thread's own first.
            int length = packet.payloadLength();
            ByteBuffer direct = packet.takeDirect();
            if (direct != null) {
              role.release(self, !outgoing.isEmpty());
              if (sink != null) {
                sink.succeed(direct);
              }
              reader.reuse(direct); // a sink reads the bytes during the call only
              break;
            }
            byte[] payload = length <= REPLY_SCRATCH_BYTES ? replyScratch(packet) : packet.payload();
            role.release(self, !outgoing.isEmpty());
            if (sink != null) {
              sink.succeed(payload, 0, length);
            }
            if (length > REPLY_SCRATCH_BYTES) {
              reader.reuse(payload); // a sink reads the bytes during the call only; this thread holds the only other reference
            }
            break;
          }
          case REPLY_ERROR: {
            long requestId = packet.header.readLong();
            RemoteError error = remoteError(packet);
            ReplySink sink = outgoing.remove(requestId);
            role.release(self, !outgoing.isEmpty());
            if (sink != null) {
              sink.fail(error);
            }
            break;
          }
          default:
            role.hand(self, packet);
            return;
        }
      } catch (IOException | RuntimeException | Error e) {
        role.hand(self, e);
        return;
      }
    }
  }

  /** What is left until {@code deadlineNanos}; {@link Long#MAX_VALUE} means none. */
  private static long nanosLeft(long deadlineNanos) {
    return deadlineNanos == Long.MAX_VALUE ? Long.MAX_VALUE : deadlineNanos - System.nanoTime();
  }

  /** The largest reply a reading caller takes into its thread's scratch array rather than an array of its own. */
  private static final int REPLY_SCRATCH_BYTES = 4 * 1024;
  private static final ThreadLocal<byte[]> REPLY_SCRATCH = ThreadLocal.withInitial(() -> new byte[REPLY_SCRATCH_BYTES]);

  /** This thread's scratch array with the payload of {@code packet} copied to its start; valid until the thread reads again. */
  private static byte[] replyScratch(Packet packet) {
    byte[] scratch = REPLY_SCRATCH.get();
    System.arraycopy(packet.payloadArray(), packet.payloadOffset(), scratch, 0, packet.payloadLength());
    return scratch;
  }

  /**
   * The largest arguments of an invoke that the reader thread lends from its scratch array to the
   * delivery, rather than copying them to an array of their own: the delivery runs on this thread
   * while the loop is idle and decodes them in place; one that must wait copies them.
   */
  private static final int ARGS_SCRATCH_BYTES = 4 * 1024;
  private static final ThreadLocal<byte[]> ARGS_SCRATCH = ThreadLocal.withInitial(() -> new byte[ARGS_SCRATCH_BYTES]);

  /**
   * This thread's scratch array with the arguments of {@code packet} copied to its start, at most
   * {@link #ARGS_SCRATCH_BYTES}. Copied there, not lent from the reader's buffer: a heartbeat may
   * hand reading to a new thread, which refills the buffer, while the handler still runs here.
   */
  private static byte[] argsScratch(Packet packet) {
    byte[] scratch = ARGS_SCRATCH.get();
    System.arraycopy(packet.payloadArray(), packet.payloadOffset(), scratch, 0, packet.payloadLength());
    return scratch;
  }

  /**
   * Hands the peer's invoke (or stream) in {@code packet} to {@code target}, lending it the
   * arguments where it can: small ones from this thread's scratch array, a large payload's own
   * array, which the reader reads the next payload of its size into once no delivery keeps it.
   */
  final void invoke(InvokeTarget target, int frameId, RemoteReply call, Packet packet) {
    ByteBuffer direct = packet.takeDirect();
    if (direct != null) {
      try {
        target.invoke(frameId, call.channel, direct, call);
      } finally {
        reader.reuse(direct); // a delivery that waits copied the arguments out
      }
    } else if (packet.payloadLength() <= ARGS_SCRATCH_BYTES) {
      target.invoke(frameId, call.channel, argsScratch(packet), packet.payloadLength(), call);
    } else if (packet.unclaimedArray() == null) {
      target.invoke(frameId, call.channel, packet.payload(), call.deadline, call);
    } else {
      byte[] own = packet.unclaimedArray();
      if (target.invokeLendingArray(frameId, call.channel, own, call)) {
        reader.reuse(own);
      }
    }
  }

  /** Marks the end of the stream, read by a caller. */
  private static final Packet END = new Packet();

  /**
   * The next reply, or packet for the reader thread, that a reading caller reads ({@link #END} at
   * the end of the stream); heartbeats and channel names are taken in on the way. Null when {@code
   * done} completed otherwise (a cancel, a deadline), the deadline passed, the connection ended or
   * the thread was interrupted.
   */
  private Packet readForCaller(ByteStream stream, CompletableFuture<?> done, long deadlineNanos) throws IOException {
    while (true) {
      if (!reader.hasBuffered()) {
        long left = nanosLeft(deadlineNanos);
        // Interrupted meanwhile, the thread's waits for bytes would end at once: it stops reading.
        if (done.isDone() || ended.get() || left <= 0 || Thread.currentThread().isInterrupted()) {
          return null;
        }
        if (!stream.awaitReadable(Math.min(left, LEAD_SLICE_NANOS))) {
          continue; // timed out: see whether the call ended otherwise
        }
      }
      Packet packet = reader.read();
      if (packet == null) {
        return END;
      }
      if (packet.type == PacketType.CHANNEL) {
        declareInboundChannel(packet);
      } else if (packet.type != PacketType.HEARTBEAT) {
        return packet;
      }
    }
  }

  /**
   * Runs on the reader thread when code it runs is about to block, or on the timer when a delivery
   * has held the reader for a heartbeat interval: a new thread reads on, so that the peer's packets
   * (its heartbeats, the reply that code waits for) are still read.
   */
  private void handOffReading() {
    synchronized (readerLock) {
      if (readerThread == Thread.currentThread()) {
        startNextReader();
      }
    }
  }

  /** The heartbeat's hand-over: only while the reader still runs a delivery, never while it reads. */
  private void handOffIfStillHandling() {
    synchronized (readerLock) {
      if (handling && !ended.get()) {
        startNextReader();
      }
    }
  }

  private void startNextReader() {
    Thread next = new Thread(this::readLoop, readerName);
    next.setDaemon(true);
    role.transfer(readerThread, next);
    readerThread = next;
    handling = false;
    next.start();
  }

  /**
   * Handles the packets both sides treat alike (answers to this side's calls, stream items and
   * credit, the peer's cancels) and passes the others to {@link #handle}.
   */
  private void dispatch(Packet packet) {
    switch (packet.type) {
      case REPLY:
        replied(packet);
        return;
      case REPLY_ERROR:
        repliedWithError(packet);
        return;
      case STREAM_ITEM:
        streamItem(packet);
        return;
      case STREAM_CREDIT:
        streamCredit(packet.header);
        return;
      case CANCEL:
        cancelled(packet.header);
        return;
      default:
        handle(packet);
    }
  }

  /**
   * Handles one packet only this side's peer sends (not CLOSE, HEARTBEAT, CHANNEL, nor the
   * packets both sides treat alike); throws IpcProtocolException if it is malformed.
   */
  abstract void handle(Packet packet);

  /**
   * Called once when the connection ends, after the stream is closed and the peer's calls were
   * cancelled; this side's own calls are still waiting (see {@link #dropOutgoing()}).
   */
  abstract void ended(String reason, boolean protocolError);

  /**
   * Ends the connection: tells the peer why (unless it already left), has the writer close the
   * stream once that is written, and calls {@link #ended}. Never blocks on the peer.
   */
  final void end(String reason, boolean protocolError, boolean peerLeft) {
    if (!ended.compareAndSet(false, true)) {
      return;
    }
    role.close();
    stopHeartbeat();
    if (peerLeft) {
      writer.abort(this::closeResource);
    } else {
      try {
        WireWriter header = new WireWriter(64);
        header.writeString(reason.length() > 1000 ? reason.substring(0, 1000) : reason);
        writer.write(PacketType.CLOSE, header, null, PacketWriter.Admission.FORCE);
      } catch (IpcException e) {
        LOG.log(System.Logger.Level.DEBUG, ErrorMessages.closeNotSentLog(e.getMessage()));
      }
      // A peer that takes nothing would keep the writer (and the stream) forever.
      drainAbort = Daemons.timer().schedule(() -> {
        if (!writer.isFinished()) {
          writer.abort(this::closeResource);
        }
      }, settings.drainTimeout().toNanos(), TimeUnit.NANOSECONDS);
      writer.closeAfterQueued(this::closeAfterLinger);
    }
    endCalls(reason, protocolError);
  }

  /**
   * Drops a peer that stopped taking part: what is queued for it is dropped, the stream closed on
   * a pool thread, and {@link #ended} called at once. Safe on the timer thread.
   */
  final void endUnresponsive(String reason) {
    if (!ended.compareAndSet(false, true)) {
      return;
    }
    unresponsive = true;
    role.close();
    stopHeartbeat();
    writer.abort(this::closeResource);
    endCalls(reason, false);
  }

  /** Cancels the peer's calls still running here, then lets the side fail its own and clean up. */
  private void endCalls(String reason, boolean protocolError) {
    for (RemoteReply reply : incoming.removeAll()) {
      reply.cancel();
    }
    ended(reason, protocolError);
  }

  /** Whether the peer was dropped for not taking part (see {@link #endUnresponsive}). */
  final boolean isUnresponsive() {
    return unresponsive;
  }

  private synchronized void stopHeartbeat() {
    if (heartbeat != null) {
      heartbeat.cancel(false);
    }
  }

  private void closeResource() {
    for (ScheduledFuture<?> timer : new ScheduledFuture<?>[] {drainAbort, lingerClose}) {
      if (timer != null) {
        timer.cancel(false); // else the timer holds this connection until it is due
      }
    }
    try {
      resource.close();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, ErrorMessages.closingStreamFailedLog(e));
    }
    streamClosed.countDown();
  }

  /** How long a side that sent CLOSE reads on, waiting for the peer to close its end. */
  static final Duration LINGER = Duration.ofSeconds(2);

  /**
   * Runs once this side's CLOSE is written: ends the output and drops what the peer still sends
   * until it closes its end, at most for {@link #LINGER}; then closes. Closing at once, with the
   * peer's bytes unread, would reset the connection, and the peer could lose the CLOSE and its
   * reason with the bytes it had not read yet.
   */
  private void closeAfterLinger() {
    boolean halfClosed = false;
    try {
      halfClosed = resource instanceof ByteStream && ((ByteStream) resource).shutdownOutput();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, ErrorMessages.closingStreamFailedLog(e));
    }
    if (!halfClosed) {
      closeResource();
      return;
    }
    lingerClose = Daemons.timer().schedule(this::closeResource, Math.min(LINGER.toNanos(), settings.drainTimeout().toNanos()),
        TimeUnit.NANOSECONDS);
    Thread discard = new Thread(() -> {
      reader.discardUntilEnd();
      closeResource();
    }, "typed-ipc-linger");
    discard.setDaemon(true);
    discard.start();
  }

  /**
   * Waits a little for what is queued, the close included, to be written, and for the peer to
   * close its end (see {@link #closeAfterLinger}), so that a process may exit then: at most twice
   * the linger, or the drain timeout if shorter. A close never waits longer on a peer that stalls;
   * the writer and the timers finish the close without the caller.
   */
  final void awaitWritten() {
    long waitNanos = Math.min(settings.drainTimeout().toNanos(), 2 * LINGER.toNanos());
    long deadline = System.nanoTime() + waitNanos;
    writer.awaitFinished(TimeUnit.NANOSECONDS.toMillis(waitNanos));
    try {
      streamClosed.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  final ConnectionSettings settings() {
    return settings;
  }

  public boolean isEnded() {
    return ended.get();
  }

  private static final ThreadLocal<WireWriter> HEADER = ThreadLocal.withInitial(() -> new WireWriter(64));

  /**
   * This thread's header buffer, emptied. The packet must be written before the thread builds
   * another header; {@link #channelId} therefore comes first.
   */
  static WireWriter header() {
    WireWriter header = HEADER.get();
    header.reset();
    return header;
  }

  /**
   * Writes a call or reply someone waits for: on this thread, waiting on the peer if {@link
   * #writesCallsInline()}, else as far as the transport takes it at once, the writer thread doing
   * the rest; see {@link #admission()} for what happens when the budget is full.
   */
  final void write(PacketType type, WireWriter header, byte[] payload) {
    write(type, header, payload, null, admission(), callDispatch());
  }

  /** Who writes a call or reply if no write is in progress; see {@link #write(PacketType, WireWriter, byte[])}. */
  private PacketWriter.Dispatch callDispatch() {
    return writesCallsInline() ? PacketWriter.Dispatch.BLOCKING : PacketWriter.Dispatch.NOW;
  }

  /** Writes a one-way packet: at once if it comes alone, else batched by the writer thread with the others. */
  final void writeLater(PacketType type, WireWriter header, byte[] payload) {
    write(type, header, payload, null, admission(), PacketWriter.Dispatch.SOON);
  }

  /** Queues a small control packet for the writer thread, whether or not the budget has room. */
  final void writeControl(PacketType type, WireWriter header, byte[] payload) {
    write(type, header, payload, null, PacketWriter.Admission.FORCE, PacketWriter.Dispatch.QUEUED);
  }

  /** Whether the threads that make calls may write them themselves (they may block on the peer). */
  abstract boolean writesCallsInline();

  /** Writes a packet whose payload is {@code payload}, or what {@code encoded} holds (copied before this returns) if that is not null. */
  private void write(PacketType type, WireWriter header, byte[] payload, WireWriter encoded, PacketWriter.Admission admission,
      PacketWriter.Dispatch dispatch) {
    if (ended.get()) {
      throw new IpcDisconnectedException(ErrorMessages.connectionClosed());
    }
    boolean written;
    try {
      written = encoded == null
          ? writer.write(type, header, payload, admission, dispatch)
          : writer.write(type, header, encoded, admission, dispatch);
    } catch (IpcDisconnectedException e) {
      if (writer.isBroken()) {
        // The writer thread may not have reported its failure yet: end now, so that once one call
        // was refused, every later one is too.
        end(ErrorMessages.connectionBroke(e.getMessage()), false, true);
      }
      throw e;
    }
    if (!written) {
      String reason = ErrorMessages.fellBehind(writer.queuedBytes(), settings.maxBufferedBytes());
      endUnresponsive(reason);
      throw new IpcDisconnectedException(reason);
    }
  }

  /** The id of an outbound channel name, declaring it to the peer on first use. */
  final int channelId(String name) {
    OutboundChannel last = lastOutbound;
    if (last != null && last.name == name) {
      return last.id; // the same name as the last call's, as a sender in a loop uses: no map look-up
    }
    OutboundChannel known = outboundChannels.get(name);
    if (known == null) {
      synchronized (outboundChannels) {
        known = outboundChannels.get(name);
        if (known == null) {
          int id = outboundChannels.size();
          WireWriter header = new WireWriter(16 + name.length() * 3);
          header.writeLength(id).writeString(name);
          writeControl(PacketType.CHANNEL, header, null);
          known = new OutboundChannel(name, id);
          outboundChannels.put(name, known);
        }
      }
    }
    lastOutbound = known;
    return known.id;
  }

  /**
   * Records a channel the peer declared; ids must come in order. The caps on channels and name bytes
   * are checked before the name is read, so a peer past them costs nothing more.
   */
  private void declareInboundChannel(Packet packet) {
    int id = packet.header.readLength();
    if (id >= settings.maxChannels()) {
      throw new IpcProtocolException(ErrorMessages.tooManyChannels(settings.maxChannels()));
    }
    inboundChannelBytes += packet.header.remaining();
    if (inboundChannelBytes > settings.maxChannelNameBytes()) {
      throw new IpcProtocolException(ErrorMessages.channelNamesTooLong(settings.maxChannelNameBytes()));
    }
    String name = packet.header.readString();
    packet.header.requireFullyRead();
    if (id != inboundChannels.size() || name.isEmpty()) {
      throw new IpcProtocolException(ErrorMessages.malformedChannelDeclaration(id, name, inboundChannels.size()));
    }
    inboundChannels.add(name);
  }

  /** The name of an inbound channel id. */
  final String inboundChannel(int id) {
    if (id < 0 || id >= inboundChannels.size()) {
      throw new IpcProtocolException(ErrorMessages.undeclaredChannel(id));
    }
    return inboundChannels.get(id);
  }

  // ---- calls ----

  /** Sends a SYNC, INVOKE or STREAM; {@code reply} gets the peer's answer, and a cancel of it becomes CANCEL. */
  final long call(PacketType type, int frameId, String channel, byte[] payload, Duration deadline, ReplySink reply) {
    return call(type, frameId, channel, payload, null, deadline, reply);
  }

  /** As {@link #call(PacketType, int, String, byte[], Duration, ReplySink)}, with the payload that {@code encoded} holds (copied before this returns). */
  final long call(PacketType type, int frameId, String channel, WireWriter encoded, Duration deadline, ReplySink reply) {
    return call(type, frameId, channel, null, encoded, deadline, reply);
  }

  private long call(PacketType type, int frameId, String channel, byte[] payload, WireWriter encoded, Duration deadline, ReplySink reply) {
    long requestId = nextRequestId.getAndIncrement();
    int channelId = channelId(channel);
    outgoing.put(requestId, reply);
    reply.onCancel(cancelOutgoing, requestId);
    if (readableByCallers != null) {
      reply.readBy(this);
    }
    WireWriter header = header();
    header.writeLength(frameId).writeLong(requestId).writeLength(channelId).writeLong(deadline == null ? 0 : Math.max(1, deadline.toMillis()));
    try {
      write(type, header, payload, encoded, admission(), callDispatch());
    } catch (IpcException e) {
      outgoing.remove(requestId);
      throw e;
    }
    return requestId;
  }

  /**
   * Sends a STREAM: a call whose items arrive as STREAM_ITEM into {@code sink}, and whose grants
   * of credit become STREAM_CREDIT.
   */
  final void openStream(int frameId, String channel, byte[] payload, StreamSink sink) {
    long requestId = call(PacketType.STREAM, frameId, channel, payload, null, sink);
    sink.onCredit(n -> grantCredit(requestId, n));
  }

  private void grantCredit(long requestId, long n) {
    if (isEnded()) {
      return; // the stream fails with the connection
    }
    WireWriter header = header();
    header.writeLong(requestId).writeLong(n);
    try {
      writeControl(PacketType.STREAM_CREDIT, header, null);
    } catch (IpcException e) {
      // The connection is going away; the stream fails with it.
    }
  }

  /** The peer's STREAM_ITEM of one of this side's streams; one the consumer cancelled is dropped. */
  private void streamItem(Packet packet) {
    long requestId = packet.header.readLong();
    packet.header.requireFullyRead();
    ReplySink sink = outgoing.get(requestId);
    if (sink instanceof StreamSink) {
      ((StreamSink) sink).item(packet.payload());
    }
  }

  /** The peer's STREAM_CREDIT for one of its streams that this side produces. */
  private void streamCredit(WireReader header) {
    long requestId = header.readLong();
    long n = header.readLong();
    header.requireFullyRead();
    if (n <= 0) {
      throw new IpcProtocolException(ErrorMessages.nonPositiveCredit(n));
    }
    RemoteReply reply = incoming.get(requestId);
    if (reply instanceof RemoteStream) {
      ((RemoteStream) reply).grant(n);
    }
  }

  private void cancelOutgoing(long requestId) {
    if (outgoing.remove(requestId) == null || isEnded()) {
      return;
    }
    WireWriter header = header();
    header.writeLong(requestId);
    try {
      writeControl(PacketType.CANCEL, header, null); // may run on the timer: never waits
    } catch (IpcException e) {
      // The connection is going away; the peer cancels everything of this connection then.
    }
  }

  /** Removes and returns this side's calls still waiting for an answer. */
  final List<ReplySink> dropOutgoing() {
    return outgoing.removeAll();
  }

  /**
   * Reads the rest of a SYNC, INVOKE or STREAM header after its frame id and tracks the call; an
   * INVOKE with a deadline is cancelled when it passes. The reply carries the call's channel and
   * deadline (no object of their own per call).
   */
  final RemoteReply accept(PacketType type, WireReader header) {
    long requestId = header.readLong();
    String channel = inboundChannel(header.readLength());
    long deadlineMillis = header.readLong();
    header.requireFullyRead();
    // A stream has no deadline: it lasts until it completes or its consumer cancels it.
    Duration deadline = deadlineMillis > 0 && type != PacketType.STREAM ? deadline(deadlineMillis) : null;
    RemoteReply reply = type == PacketType.STREAM ? new RemoteStream(this, requestId, channel) : new RemoteReply(this, requestId, channel, deadline);
    if (requestId <= 0 || !incoming.put(requestId, reply)) {
      throw new IpcProtocolException(ErrorMessages.requestIdInUse(requestId));
    }
    if (deadline != null && type == PacketType.INVOKE) {
      // The caller sends CANCEL at its deadline too; this also covers a caller that hangs.
      reply.expireAfter(deadlineMillis);
    }
    return reply;
  }

  /** The last deadline a call of the peer carried: its next calls nearly always carry the same. */
  private Duration lastDeadline = Duration.ZERO;

  private Duration deadline(long millis) {
    Duration last = lastDeadline; // immutable: a stale read only misses
    if (last.toMillis() != millis) {
      last = Duration.ofMillis(millis);
      lastDeadline = last;
    }
    return last;
  }

  /** The peer's CANCEL of one of its calls. */
  private void cancelled(WireReader header) {
    long requestId = header.readLong();
    header.requireFullyRead();
    RemoteReply reply = incoming.get(requestId);
    if (reply != null) {
      reply.cancel();
    }
  }

  /** The peer's REPLY to one of this side's calls. */
  private void replied(Packet packet) {
    long requestId = packet.header.readLong();
    packet.header.requireFullyRead();
    ReplySink reply = outgoing.remove(requestId);
    if (reply != null) {
      // Taken first: a handler that blocks past a heartbeat lets another thread read into the packet.
      ByteBuffer direct = packet.takeDirect();
      if (direct != null) {
        reply.succeed(direct);
        reader.reuse(direct); // a sink reads the bytes during the call only
        return;
      }
      byte[] own = packet.unclaimedArray();
      reply.succeed(packet.payloadArray(), packet.payloadOffset(), packet.payloadLength());
      if (own != null) {
        reader.reuse(own); // a sink reads the bytes during the call only
      }
    }
  }

  /** The peer's REPLY_ERROR to one of this side's calls. */
  private void repliedWithError(Packet packet) {
    long requestId = packet.header.readLong();
    RemoteError error = remoteError(packet);
    ReplySink reply = outgoing.remove(requestId);
    if (reply != null) {
      reply.fail(error);
    }
  }

  /** The error of a REPLY_ERROR, read after its request id. */
  private static RemoteError remoteError(Packet packet) {
    WireReader header = packet.header;
    int kind = header.readByte();
    if (kind < 0 || kind >= KINDS.length) {
      throw new IpcProtocolException(ErrorMessages.unknownErrorKind(kind));
    }
    if (KINDS[kind] == RemoteError.Kind.DECLARED) {
      int index = header.readLength();
      header.requireFullyRead();
      return new RemoteError(RemoteError.Kind.DECLARED, null, null, index, packet.payload());
    }
    String className = readNullable(header);
    String message = readNullable(header);
    header.requireFullyRead();
    return new RemoteError(KINDS[kind], className, message);
  }

  // ---- message ports ----

  /**
   * Writes a POST: a message on a channel with the ports it carries, each with how many of the
   * messages the peer sent for it were delivered here (main sends 0).
   */
  final void writePost(int frameId, String channel, byte[] payload, int[] portIds, long[] delivered) {
    int channelId = channelId(channel);
    WireWriter header = header();
    header.writeLength(frameId).writeLength(channelId).writeLength(portIds.length);
    for (int i = 0; i < portIds.length; i++) {
      header.writeLength(portIds[i]).writeLong(delivered[i]);
    }
    writeLater(PacketType.POST, header, payload);
  }

  /** A POST read after its frame id: the channel, the port ids and their delivered counts. */
  record Post(String channel, int[] portIds, long[] delivered) {}

  final Post readPost(WireReader header) {
    String channel = inboundChannel(header.readLength());
    int count = header.readLength();
    if (count > Protocol.MAX_PORTS_PER_POST) {
      throw new IpcProtocolException(ErrorMessages.tooManyPorts(count, Protocol.MAX_PORTS_PER_POST));
    }
    int[] portIds = new int[count];
    long[] delivered = new long[count];
    for (int i = 0; i < count; i++) {
      portIds[i] = header.readLength();
      delivered[i] = header.readLong();
      if (delivered[i] < 0 && !PortIds.isRendererMade(portIds[i])) {
        throw new IpcProtocolException(ErrorMessages.negativeDeliveredCount(portIds[i], delivered[i]));
      }
    }
    header.requireFullyRead();
    return new Post(channel, portIds, delivered);
  }

  final void writePortMessage(int portId, byte[] payload) {
    writePortPayload(PacketType.PORT_MESSAGE, portId, payload);
  }

  final void writePortPayload(PacketType type, int portId, byte[] payload) {
    WireWriter header = header();
    header.writeLength(portId);
    writeLater(type, header, payload);
  }

  final void writePortClosed(int portId) {
    WireWriter header = header();
    header.writeLength(portId);
    try {
      writeControl(PacketType.PORT_CLOSED, header, null);
    } catch (IpcException e) {
      // the connection is ending: the peer closes every port it holds
    }
  }

  /** The port id of a PORT_MESSAGE or PORT_CLOSED. */
  static int readPortId(WireReader header) {
    int portId = header.readLength();
    header.requireFullyRead();
    return portId;
  }

  private static String readNullable(WireReader header) {
    return header.readBoolean() ? header.readString() : null;
  }

  void forget(RemoteReply reply) {
    incoming.remove(reply.requestId, reply);
  }

  void writeReply(PacketType type, WireWriter header, byte[] payload) {
    write(type, header, payload);
  }

  /** Writes a reply whose payload {@code encoded} holds, as {@link #write(PacketType, WireWriter, byte[])}; its bytes are copied before this returns. */
  void writeReply(PacketType type, WireWriter header, WireWriter encoded) {
    write(type, header, null, encoded, admission(), callDispatch());
  }

  /**
   * Drops a peer on this host whose process has been stopped for the liveness timeout. The wire cannot
   * tell: while this side holds the peer's next message for want of credit its silence does not
   * count, and once credit comes the bytes it sent before it stopped read as progress. The process
   * is looked up on a pool thread, since the timer does no I/O.
   */
  private void checkPeerProcess(long livenessNanos) {
    OptionalLong peerPid = peerPidOnThisHost();
    if (peerPid.isEmpty() || !checkingPeerProcess.compareAndSet(false, true)) {
      return;
    }
    long pid = peerPid.getAsLong();
    Daemons.deliveries().execute(() -> {
      try {
        long now = System.nanoTime();
        if (!StoppedProcesses.isStopped(pid)) {
          peerSeenRunningNanos = now;
        } else if (now - peerSeenRunningNanos > livenessNanos) {
          endUnresponsive(peerStopped(pid, settings.livenessTimeout()));
        }
      } finally {
        checkingPeerProcess.set(false);
      }
    });
  }

  private synchronized void startHeartbeat() {
    long intervalNanos = settings.heartbeatInterval().toNanos();
    long livenessNanos = settings.livenessTimeout().toNanos();
    long drainNanos = settings.drainTimeout().toNanos();
    if (ended.get()) {
      return;
    }
    heartbeat = Daemons.timer().scheduleAtFixedRate(() -> {
      long now = System.nanoTime();
      if (resource instanceof ByteStream stream && stream.outageUnderway()) {
        // The transport's outage allowance decides; a heartbeat would only queue behind the outage.
        outageSeenNanos = now;
        outageSeen = true;
        return;
      }
      long sinceOutage = outageSeen ? now - outageSeenNanos : Long.MAX_VALUE;
      if (Math.min(writer.stalledNanos(now), sinceOutage) > drainNanos) {
        endUnresponsive(ErrorMessages.drainTimeout(settings.drainTimeout(), writer.queuedBytes()));
        return;
      }
      long silentNanos = Math.min(now - reader.lastReadNanos(), sinceOutage);
      if (handling && silentNanos > intervalNanos) {
        handOffIfStillHandling(); // a long delivery must not keep the peer's packets unread
      } else if (!heldBack && silentNanos > livenessNanos) {
        endUnresponsive(ErrorMessages.heartbeatTimeout(settings.livenessTimeout()));
        return;
      }
      checkPeerProcess(livenessNanos);
      if (now - writer.lastWriteNanos() >= intervalNanos && writer.isIdle()) {
        try {
          writeControl(PacketType.HEARTBEAT, null, null);
        } catch (IpcException e) {
          // The connection is ending; its reader or writer reports why.
        }
      }
    }, intervalNanos, intervalNanos, TimeUnit.NANOSECONDS);
  }
}
