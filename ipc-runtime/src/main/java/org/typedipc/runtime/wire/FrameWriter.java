package org.typedipc.runtime.wire;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.GatheringByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcFrameTooLargeException;
import org.typedipc.runtime.codec.WireWriter;

/**
 * Writes frames with no writer thread: the caller that finds the stream idle writes, and frames
 * other threads queue meanwhile are coalesced into its next write. Small frames are copied into
 * one buffer; large payloads are written from the caller's array without a copy. At most {@code
 * maxBufferedBytes} wait at once; beyond that writers block (back-pressure).
 */
final class FrameWriter {
  private static final int COPY_LIMIT = 32 * 1024;

  private final WritableByteChannel out;
  private final int maxFrameBytes;
  private final long maxBufferedBytes;
  private final Object lock = new Object();
  private List<ByteBuffer> queued = new ArrayList<>();
  private List<ByteBuffer> spare = new ArrayList<>();
  private ByteBuffer tail;
  private long queuedBytes;
  private boolean writing;
  private IOException failure;
  private boolean closed;
  private volatile long lastWriteNanos = System.nanoTime();

  FrameWriter(WritableByteChannel out, int maxFrameBytes, long maxBufferedBytes) {
    this.out = out;
    this.maxFrameBytes = maxFrameBytes;
    this.maxBufferedBytes = maxBufferedBytes;
  }

  /** Writes the preamble; call before any frame. */
  void writePreamble() throws IOException {
    ByteBuffer preamble = ByteBuffer.allocate(Protocol.PREAMBLE_BYTES).putInt(Protocol.MAGIC).putShort((short) Protocol.VERSION).flip();
    synchronized (lock) {
      while (preamble.hasRemaining()) {
        out.write(preamble);
      }
    }
  }

  /**
   * Writes one frame.
   *
   * @throws IpcFrameTooLargeException if the frame exceeds the limit; nothing is written
   * @throws IpcDisconnectedException if the stream is closed or broke
   */
  void write(FrameType type, WireWriter header, byte[] payload) {
    int headerLength = header == null ? 0 : header.size();
    int payloadLength = payload == null ? 0 : payload.length;
    long length = 3L + headerLength + payloadLength;
    if (length > maxFrameBytes) {
      throw new IpcFrameTooLargeException(
          "A frame of " + length + " bytes exceeds the limit of " + maxFrameBytes + " bytes; nothing was sent."
              + " Send large data in parts.");
    }
    synchronized (lock) {
      while (queuedBytes > 0 && queuedBytes + length > maxBufferedBytes && !closed && failure == null) {
        awaitQuietly();
      }
      checkOpen();
      appendHead(type, header, (int) length, payloadLength < COPY_LIMIT ? payload : null);
      if (payloadLength >= COPY_LIMIT) {
        finishTail();
        queued.add(ByteBuffer.wrap(payload));
      }
      queuedBytes += 4 + length;
      if (writing) {
        return;
      }
      writing = true;
    }
    drain();
  }

  private void appendHead(FrameType type, WireWriter header, int length, byte[] smallPayload) {
    int needed = 4 + 3 + (header == null ? 0 : header.size()) + (smallPayload == null ? 0 : smallPayload.length);
    if (tail == null || tail.remaining() < needed) {
      finishTail();
      tail = ByteBuffer.allocate(Math.max(needed, 8 * 1024));
      queued.add(tail);
    }
    tail.putInt(length).put((byte) type.code).putShort((short) (header == null ? 0 : header.size()));
    if (header != null) {
      header.writeTo(tail);
    }
    if (smallPayload != null) {
      tail.put(smallPayload);
    }
  }

  /** Turns the buffer being filled into one ready to be written. */
  private void finishTail() {
    if (tail != null) {
      tail.flip();
      tail = null;
    }
  }

  /** Writes what is queued until nothing is; only the thread that set {@link #writing} calls it. */
  private void drain() {
    while (true) {
      List<ByteBuffer> batch;
      long bytes;
      synchronized (lock) {
        if (queued.isEmpty() || failure != null || closed) {
          writing = false;
          lock.notifyAll();
          if (failure != null || closed) {
            queued.clear();
            queuedBytes = 0;
          }
          return;
        }
        finishTail();
        batch = queued;
        queued = spare;
        spare = batch;
        bytes = queuedBytes;
      }
      try {
        writeAll(batch);
      } catch (IOException e) {
        synchronized (lock) {
          failure = e;
        }
      }
      batch.clear();
      synchronized (lock) {
        queuedBytes -= bytes;
        lock.notifyAll();
      }
      lastWriteNanos = System.nanoTime();
    }
  }

  private void writeAll(List<ByteBuffer> batch) throws IOException {
    ByteBuffer[] buffers = batch.toArray(new ByteBuffer[0]);
    if (out instanceof GatheringByteChannel) {
      GatheringByteChannel gathering = (GatheringByteChannel) out;
      long remaining = 0;
      for (ByteBuffer b : buffers) {
        remaining += b.remaining();
      }
      while (remaining > 0) {
        remaining -= gathering.write(buffers);
      }
    } else {
      for (ByteBuffer b : buffers) {
        while (b.hasRemaining()) {
          out.write(b);
        }
      }
    }
  }

  /** Whether nothing is being written or waits to be. */
  boolean isIdle() {
    synchronized (lock) {
      return !writing && queuedBytes == 0;
    }
  }

  /** When bytes were last written, for the heartbeat. */
  long lastWriteNanos() {
    return lastWriteNanos;
  }

  /** Refuses further frames; frames still queued are dropped. */
  void close() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
  }

  private void checkOpen() {
    if (failure != null) {
      throw new IpcDisconnectedException("The connection broke while writing: " + failure.getMessage());
    }
    if (closed) {
      throw new IpcDisconnectedException("The connection is closed.");
    }
  }

  private void awaitQuietly() {
    try {
      lock.wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IpcDisconnectedException("Interrupted while waiting for room to write a frame.");
    }
  }
}
