package org.typedipc.runtime.internal.protocol;

import java.io.IOException;
import org.typedipc.runtime.ConnectionSettings;
import java.nio.ByteBuffer;
import java.nio.channels.GatheringByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcPacketTooLargeException;
import org.typedipc.runtime.spi.WireWriter;
import org.typedipc.runtime.internal.loop.Daemons;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * Writes packets without a writer thread on the request path. A packet someone waits for (a call,
 * a reply) is written by its caller at once, together with everything queued before it; packets
 * other threads queue while a write is in progress join the next write. One-way packets ({@code
 * send}, events) are only queued, and written in batches: by the next packet that is written at
 * once, when 16 KiB are queued, or by a pool thread woken for the purpose — a burst of sends thus
 * costs one system call per batch instead of one per message. Small packets are copied into a
 * reused buffer; large payloads are written from the caller's array without a copy. At most
 * {@code maxBufferedBytes} may wait at once; beyond that writers block (back-pressure).
 */
public final class PacketWriter {
  private static final int COPY_LIMIT = 32 * 1024;
  private static final int BUFFER_BYTES = 64 * 1024;
  private static final int BATCH_BYTES = 16 * 1024;

  private final WritableByteChannel out;
  private final int maxPacketBytes;
  private final long maxBufferedBytes;
  private final Object lock = new Object();
  private final Runnable deferredFlush = this::flushDeferred;
  /** Buffers waiting to be written, in order; the last one may still be filled. */
  private List<ByteBuffer> queued = new ArrayList<>();
  /** The list the writing thread drains; swapped with {@link #queued}. */
  private List<ByteBuffer> writing = new ArrayList<>();
  private ByteBuffer[] gather = new ByteBuffer[4];
  private ByteBuffer fill;
  /** The buffer small packets go to when it is not being written; others are allocated meanwhile. */
  private final ByteBuffer own = ByteBuffer.allocate(BUFFER_BYTES);
  private boolean ownInUse;
  private long queuedBytes;
  private boolean writeInProgress;
  private boolean flushScheduled;
  private IOException failure;
  private boolean closed;
  private volatile long lastWriteNanos = System.nanoTime();

  /** A writer to {@code out} with the packet and buffer limits of {@code settings}. */
  public static PacketWriter over(WritableByteChannel out, ConnectionSettings settings) {
    return new PacketWriter(out, settings.maxPacketBytes(), settings.maxBufferedBytes());
  }

  PacketWriter(WritableByteChannel out, int maxPacketBytes, long maxBufferedBytes) {
    this.out = out;
    this.maxPacketBytes = maxPacketBytes;
    this.maxBufferedBytes = maxBufferedBytes;
  }

  /** Writes the preamble; call before any packet. */
  void writePreamble() throws IOException {
    ByteBuffer preamble = ByteBuffer.allocate(Protocol.PREAMBLE_BYTES).putInt(Protocol.MAGIC).putShort((short) Protocol.VERSION).flip();
    synchronized (lock) {
      while (preamble.hasRemaining()) {
        out.write(preamble);
      }
    }
  }

  /** Writes one packet now, with everything queued before it. */
  void write(PacketType type, WireWriter header, byte[] payload) {
    write(type, header, payload, true);
  }

  /**
   * Queues one packet; writes it now if {@code now} or enough is queued, else soon.
   *
   * @throws IpcPacketTooLargeException if the packet exceeds the limit; nothing is written
   * @throws IpcDisconnectedException if the stream is closed or broke
   */
  void write(PacketType type, WireWriter header, byte[] payload, boolean now) {
    int headerLength = header == null ? 0 : header.size();
    int payloadLength = payload == null ? 0 : payload.length;
    long length = 3L + headerLength + payloadLength;
    if (length > maxPacketBytes) {
      throw new IpcPacketTooLargeException(ErrorMessages.packetTooLargeToSend(length, maxPacketBytes));
    }
    boolean copyPayload = payloadLength < COPY_LIMIT;
    synchronized (lock) {
      while (queuedBytes > 0 && queuedBytes + length > maxBufferedBytes && failure == null && !closed) {
        awaitQuietly();
      }
      checkOpen();
      int headBytes = 4 + 3 + headerLength + (copyPayload ? payloadLength : 0);
      if (fill == null || fill.remaining() < headBytes) {
        sealFill();
        if (headBytes <= BUFFER_BYTES && !ownInUse) {
          ownInUse = true;
          fill = own.clear();
        } else {
          fill = ByteBuffer.allocate(Math.max(headBytes, BUFFER_BYTES));
        }
        queued.add(fill);
      }
      fill.putInt((int) length).put((byte) type.code).putShort((short) headerLength);
      if (header != null) {
        header.writeTo(fill);
      }
      if (copyPayload) {
        if (payload != null) {
          fill.put(payload);
        }
      } else {
        sealFill();
        queued.add(ByteBuffer.wrap(payload));
      }
      queuedBytes += 4 + length;
      if (writeInProgress) {
        return;
      }
      if (!now && queuedBytes < BATCH_BYTES) {
        if (!flushScheduled && FLUSHED_BY_READER.get() != this) {
          flushScheduled = true;
          Daemons.deliveries().execute(deferredFlush);
        }
        return;
      }
      writeInProgress = true;
    }
    drain();
  }

  /**
   * Set on a connection's reader thread: one-way packets it queues while handling packets are
   * written by {@link #flush()} before it waits for more input, not by a pool thread.
   */
  static final ThreadLocal<PacketWriter> FLUSHED_BY_READER = new ThreadLocal<>();

  /** Writes what is queued now, if no write is in progress. */
  void flush() {
    synchronized (lock) {
      if (writeInProgress || queued.isEmpty() || failure != null || closed) {
        return;
      }
      writeInProgress = true;
    }
    drain();
  }

  private void flushDeferred() {
    synchronized (lock) {
      flushScheduled = false;
      if (writeInProgress || queued.isEmpty()) {
        return;
      }
      writeInProgress = true;
    }
    drain();
  }

  /** Writes what is queued until nothing is; only the thread that set {@link #writeInProgress} calls it. */
  private void drain() {
    while (true) {
      List<ByteBuffer> batch;
      long bytes;
      synchronized (lock) {
        if (queued.isEmpty() || failure != null || closed) {
          writeInProgress = false;
          if (failure != null || closed) {
            queued.clear();
            queuedBytes = 0;
          }
          lock.notifyAll();
          return;
        }
        sealFill();
        batch = queued;
        queued = writing;
        writing = batch;
        bytes = queuedBytes;
      }
      IOException error = null;
      // An interrupted caller must not close the channel (NIO closes it on interrupt) and lose the
      // renderer: the flag is set aside for the write and restored after it.
      boolean interrupted = Thread.interrupted();
      try {
        writeAll(batch);
      } catch (IOException e) {
        error = e;
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
      synchronized (lock) {
        if (error != null) {
          failure = error;
        }
        for (ByteBuffer written : batch) {
          if (written == own) {
            ownInUse = false;
          }
        }
        batch.clear();
        queuedBytes -= bytes;
        lock.notifyAll();
      }
      lastWriteNanos = System.nanoTime();
    }
  }

  private void writeAll(List<ByteBuffer> batch) throws IOException {
    int count = batch.size();
    if (gather.length < count) {
      gather = new ByteBuffer[Math.max(count, gather.length * 2)];
    }
    long remaining = 0;
    for (int i = 0; i < count; i++) {
      gather[i] = batch.get(i);
      remaining += gather[i].remaining();
    }
    if (out instanceof GatheringByteChannel) {
      GatheringByteChannel gathering = (GatheringByteChannel) out;
      while (remaining > 0) {
        remaining -= gathering.write(gather, 0, count);
      }
    } else {
      for (int i = 0; i < count; i++) {
        while (gather[i].hasRemaining()) {
          out.write(gather[i]);
        }
      }
    }
    java.util.Arrays.fill(gather, 0, count, null);
  }

  /** Ends filling the current buffer: from now on it is read from, to be written. */
  private void sealFill() {
    if (fill != null) {
      fill.flip();
      fill = null;
    }
  }

  /** Whether nothing is being written or waits to be. */
  boolean isIdle() {
    synchronized (lock) {
      return !writeInProgress && queuedBytes == 0;
    }
  }

  /** When bytes were last written, for the heartbeat. */
  long lastWriteNanos() {
    return lastWriteNanos;
  }

  /** Writes what is queued, then refuses further packets. */
  void close() {
    boolean drainHere;
    synchronized (lock) {
      drainHere = !writeInProgress && !queued.isEmpty() && failure == null && !closed;
      if (drainHere) {
        writeInProgress = true;
      }
    }
    if (drainHere) {
      drain();
    }
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
  }

  private void checkOpen() {
    if (failure != null) {
      throw new IpcDisconnectedException(ErrorMessages.brokeWhileWriting(failure.getMessage()));
    }
    if (closed) {
      throw new IpcDisconnectedException(ErrorMessages.connectionClosed());
    }
  }

  private void awaitQuietly() {
    try {
      lock.wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IpcDisconnectedException(ErrorMessages.interruptedWaitingForRoom());
    }
  }
}
