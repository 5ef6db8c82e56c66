package org.typedipc.runtime.internal.protocol;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.spi.WireWriter;
import org.typedipc.runtime.internal.loop.ByteBudget;
import org.typedipc.runtime.internal.loop.Daemons;
import org.typedipc.runtime.internal.loop.ReaderHandoff;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * One side of a connection after the handshake: a reader thread that hands each packet to {@link
 * #handle} and stops reading while the side has no inbound credit left, a {@link PacketWriter}
 * with its own writer thread, channel-name interning in each direction, and the heartbeat that
 * notices a peer that stalled (sends nothing) or stopped reading (takes nothing). The heartbeat
 * runs on the shared timer, so it never writes or waits itself: it queues, or hands the close to
 * the writer and a pool thread.
 */
public abstract class Connection {
  private static final System.Logger LOG = System.getLogger("org.typedipc.runtime");
  private static final int MAX_CHANNELS = 1 << 16;

  final PacketReader reader;
  final PacketWriter writer;
  private final Closeable resource;
  private final ConnectionSettings settings;
  private final ConcurrentHashMap<String, Integer> outboundChannels = new ConcurrentHashMap<>();
  private final List<String> inboundChannels = new ArrayList<>();
  private final AtomicBoolean ended = new AtomicBoolean();
  /** Set before {@link #ended} when the peer was dropped for not taking part. */
  private volatile boolean unresponsive;
  /** True while the reader thread runs deliveries: silence then is ours, not the peer's. */
  private volatile boolean dispatching;
  private volatile Thread readerThread;
  private ScheduledFuture<?> heartbeat;

  Connection(PacketReader reader, PacketWriter writer, Closeable resource, ConnectionSettings settings) {
    this.reader = reader;
    this.writer = writer;
    this.resource = resource;
    this.settings = settings;
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
   * Called on the reader thread after each handled message: returns once this side may take
   * another message (it has inbound credit) or the connection ended.
   */
  void awaitInboundRoom() {}

  /**
   * Reads and handles packets until the connection ends, or until this thread handed reading on
   * to another one because code it ran blocked (see {@link ReaderHandoff}).
   */
  private void readLoop() {
    Thread self = Thread.currentThread();
    readerThread = self;
    ReaderHandoff.install(this::handOffReading);
    String reason = ErrorMessages.peerClosed();
    boolean protocolError = false;
    try {
      Packet packet;
      while (!ended.get() && (packet = reader.read()) != null) {
        if (packet.type == PacketType.CLOSE) {
          reason = ErrorMessages.peerClosedSaying(packet.header.readString());
          break;
        }
        if (packet.type == PacketType.CHANNEL) {
          declareInboundChannel(packet);
        } else if (packet.type != PacketType.HEARTBEAT) {
          dispatching = true;
          try {
            handle(packet);
            if (readerThread == self) {
              awaitInboundRoom();
            }
          } finally {
            if (readerThread == self) {
              dispatching = false;
              reader.markProgress();
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
    } catch (RuntimeException e) {
      reason = ErrorMessages.connectionFailed(e);
      protocolError = true;
      LOG.log(System.Logger.Level.ERROR, ErrorMessages.readFailedLog(), e);
    } catch (Error e) {
      // Out of memory, say: end the connection cleanly rather than leave it half-open.
      reason = ErrorMessages.connectionFailed(e);
      LOG.log(System.Logger.Level.ERROR, ErrorMessages.readFailedLog(), e);
      end(reason, false, false);
      return;
    } finally {
      ReaderHandoff.clear();
    }
    end(reason, protocolError, !protocolError);
  }

  /** Runs on the reader thread when code it runs is about to block: a new thread reads on. */
  private void handOffReading() {
    Thread next = new Thread(this::readLoop, Thread.currentThread().getName());
    next.setDaemon(true);
    readerThread = next;
    next.start();
  }

  /** Handles one packet other than CLOSE, HEARTBEAT and CHANNEL; throws IpcProtocolException if it is malformed. */
  abstract void handle(Packet packet);

  /** Called once when the connection ends, after the stream is closed. */
  abstract void ended(String reason, boolean protocolError);

  /**
   * Ends the connection: tells the peer why (unless it already left), has the writer close the
   * stream once that is written, and calls {@link #ended}. Never blocks on the peer.
   */
  final void end(String reason, boolean protocolError, boolean peerLeft) {
    if (!ended.compareAndSet(false, true)) {
      return;
    }
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
      writer.closeAfterQueued(this::closeResource);
      // A peer that takes nothing would keep the writer (and the stream) forever.
      Daemons.timer().schedule(() -> {
        if (!writer.isFinished()) {
          writer.abort(this::closeResource);
        }
      }, settings.drainTimeout().toNanos(), TimeUnit.NANOSECONDS);
    }
    ended(reason, protocolError);
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
    stopHeartbeat();
    writer.abort(this::closeResource);
    ended(reason, false);
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
    try {
      resource.close();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, ErrorMessages.closingStreamFailedLog(e));
    }
  }

  /** Waits up to the drain timeout for what is queued, the close included, to be written. */
  final void awaitWritten() {
    writer.awaitFinished(settings.drainTimeout().toMillis());
  }

  final ConnectionSettings settings() {
    return settings;
  }

  boolean isEnded() {
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
   * Writes a call or reply someone waits for: on this thread if {@link #writesCallsInline()}, else
   * through the writer thread; see {@link #admission()} for what happens when the budget is full.
   */
  final void write(PacketType type, WireWriter header, byte[] payload) {
    write(type, header, payload, admission(), writesCallsInline());
  }

  /** Queues a one-way packet for the writer thread, which writes them in batches. */
  final void writeLater(PacketType type, WireWriter header, byte[] payload) {
    write(type, header, payload, admission(), false);
  }

  /** Queues a small control packet, whether or not the budget has room. */
  final void writeControl(PacketType type, WireWriter header, byte[] payload) {
    write(type, header, payload, PacketWriter.Admission.FORCE, false);
  }

  /** Whether the threads that make calls may write them themselves (they may block on the peer). */
  abstract boolean writesCallsInline();

  private void write(PacketType type, WireWriter header, byte[] payload, PacketWriter.Admission admission, boolean inline) {
    if (ended.get()) {
      throw new IpcDisconnectedException(ErrorMessages.connectionClosed());
    }
    if (!writer.write(type, header, payload, admission, inline)) {
      String reason = ErrorMessages.fellBehind(writer.queuedBytes(), settings.maxBufferedBytes());
      endUnresponsive(reason);
      throw new IpcDisconnectedException(reason);
    }
  }

  /** The id of an outbound channel name, declaring it to the peer on first use. */
  final int channelId(String name) {
    Integer id = outboundChannels.get(name);
    if (id != null) {
      return id;
    }
    synchronized (outboundChannels) {
      id = outboundChannels.get(name);
      if (id == null) {
        id = outboundChannels.size();
        WireWriter header = new WireWriter(16 + name.length() * 3);
        header.writeLength(id).writeString(name);
        writeControl(PacketType.CHANNEL, header, null);
        outboundChannels.put(name, id);
      }
      return id;
    }
  }

  /** Records a channel the peer declared; ids must come in order. */
  private void declareInboundChannel(Packet packet) {
    int id = packet.header.readLength();
    String name = packet.header.readString();
    packet.header.requireFullyRead();
    if (id != inboundChannels.size() || id >= MAX_CHANNELS || name.isEmpty()) {
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

  private synchronized void startHeartbeat() {
    long intervalNanos = settings.heartbeatInterval().toNanos();
    long livenessNanos = settings.livenessTimeout().toNanos();
    long drainNanos = settings.drainTimeout().toNanos();
    if (ended.get()) {
      return;
    }
    heartbeat = Daemons.timer().scheduleAtFixedRate(() -> {
      long now = System.nanoTime();
      if (writer.stalledNanos(now) > drainNanos) {
        endUnresponsive(ErrorMessages.drainTimeout(settings.drainTimeout(), writer.queuedBytes()));
        return;
      }
      if (!dispatching && now - reader.lastReadNanos() > livenessNanos) {
        endUnresponsive(ErrorMessages.heartbeatTimeout(settings.livenessTimeout()));
        return;
      }
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
