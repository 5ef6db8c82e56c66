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
import org.typedipc.runtime.internal.loop.Daemons;
import org.typedipc.runtime.internal.loop.ReaderHandoff;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * One side of a connection after the handshake: a reader thread that hands each packet to {@link
 * #handle}, a {@link PacketWriter}, channel-name interning in each direction, and the heartbeat
 * that notices a stalled peer.
 */
public abstract class Connection {
  private static final System.Logger LOG = System.getLogger("org.typedipc.runtime");

  final PacketReader reader;
  final PacketWriter writer;
  private final Closeable resource;
  private final ConnectionSettings settings;
  private final ConcurrentHashMap<String, Integer> outboundChannels = new ConcurrentHashMap<>();
  private final List<String> inboundChannels = new ArrayList<>();
  /** The wire bytes of the channel names the peer declared, capped by the settings. */
  private long inboundChannelBytes;
  private final AtomicBoolean ended = new AtomicBoolean();
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
    startHeartbeat();
    readLoop();
  }

  /**
   * Reads and handles packets until the connection ends, or until this thread handed reading on
   * to another one because code it ran blocked (see {@link ReaderHandoff}).
   */
  private void readLoop() {
    Thread self = Thread.currentThread();
    readerThread = self;
    ReaderHandoff.install(this::handOffReading);
    PacketWriter.FLUSHED_BY_READER.set(writer);
    String reason = ErrorMessages.peerClosed();
    boolean protocolError = false;
    try {
      Packet packet;
      while (!ended.get() && (packet = readFlushingFirst()) != null) {
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
    } finally {
      ReaderHandoff.clear();
      PacketWriter.FLUSHED_BY_READER.remove();
    }
    end(reason, protocolError, !protocolError);
  }

  /** Runs on the reader thread when code it runs is about to block: a new thread reads on. */
  private void handOffReading() {
    PacketWriter.FLUSHED_BY_READER.remove();
    writer.flush();
    Thread next = new Thread(this::readLoop, Thread.currentThread().getName());
    next.setDaemon(true);
    readerThread = next;
    next.start();
  }

  /** Before blocking for input, writes what handling the last packets queued. */
  private Packet readFlushingFirst() throws IOException {
    if (!reader.hasBuffered()) {
      writer.flush();
    }
    return reader.read();
  }

  /** Handles one packet other than CLOSE, HEARTBEAT and CHANNEL; throws IpcProtocolException if it is malformed. */
  abstract void handle(Packet packet);

  /** Called once when the connection ends, after the stream is closed. */
  abstract void ended(String reason, boolean protocolError);

  /**
   * Ends the connection: tells the peer why (unless it already left), closes the stream and calls
   * {@link #ended}.
   */
  final void end(String reason, boolean protocolError, boolean peerLeft) {
    if (!ended.compareAndSet(false, true)) {
      return;
    }
    if (heartbeat != null) {
      heartbeat.cancel(false);
    }
    if (!peerLeft) {
      try {
        WireWriter header = new WireWriter(64);
        header.writeString(reason.length() > 1000 ? reason.substring(0, 1000) : reason);
        writer.write(PacketType.CLOSE, header, null);
      } catch (IpcException e) {
        LOG.log(System.Logger.Level.DEBUG, ErrorMessages.closeNotSentLog(e.getMessage()));
      }
    }
    writer.close();
    try {
      resource.close();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, ErrorMessages.closingStreamFailedLog(e));
    }
    ended(reason, protocolError);
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

  /** Writes a packet that someone waits for now, with everything queued before it. */
  final void write(PacketType type, WireWriter header, byte[] payload) {
    write(type, header, payload, true);
  }

  /** Queues a one-way packet, written with the next batch. */
  final void writeLater(PacketType type, WireWriter header, byte[] payload) {
    write(type, header, payload, false);
  }

  private void write(PacketType type, WireWriter header, byte[] payload, boolean now) {
    if (ended.get()) {
      throw new IpcDisconnectedException(ErrorMessages.connectionClosed());
    }
    writer.write(type, header, payload, now);
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
        writeLater(PacketType.CHANNEL, header, null);
        outboundChannels.put(name, id);
      }
      return id;
    }
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

  private void startHeartbeat() {
    long intervalNanos = settings.heartbeatInterval().toNanos();
    long livenessNanos = settings.livenessTimeout().toNanos();
    heartbeat = Daemons.timer().scheduleAtFixedRate(() -> {
      long now = System.nanoTime();
      if (!dispatching && now - reader.lastReadNanos() > livenessNanos) {
        end(ErrorMessages.heartbeatTimeout(settings.livenessTimeout()), false, false);
        return;
      }
      if (now - writer.lastWriteNanos() >= intervalNanos && writer.isIdle()) {
        // Written from the pool: a stalled peer may block the write, and must not block the timer.
        Daemons.deliveries().execute(() -> {
          try {
            writer.write(PacketType.HEARTBEAT, null, null);
          } catch (IpcException e) {
            end(ErrorMessages.connectionBroke(e.getMessage()), false, true);
          }
        });
      }
    }, intervalNanos, intervalNanos, TimeUnit.NANOSECONDS);
  }
}
