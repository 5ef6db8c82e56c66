package org.typedipc.runtime.transport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * For transports whose engine pushes messages (gRPC, WebSocket): the chunks that arrived, as the
 * blocking channel {@link ByteStream#in()} must be. It asks the engine for the next chunk ({@code
 * demand}) only while fewer than {@code highWater} bytes wait, so the engine's own flow control —
 * an HTTP/2 window, a socket's demand — and not the reader's heap holds back a peer that sends
 * faster than the protocol reads.
 *
 * <pre>{@code
 * InboundBytes inbound = new InboundBytes(1 << 20, () -> call.request(1));
 * // engine callbacks:      inbound.add(message); inbound.end(); inbound.fail("reset by peer");
 * // ByteStream.in():       return inbound;
 * }</pre>
 *
 * <p>{@code demand} runs outside the lock, on the thread that added or read; it must not block.
 */
public final class InboundBytes implements ReadableByteChannel {
  private final Object lock = new Object();
  private final ArrayDeque<ByteBuffer> chunks = new ArrayDeque<>();
  private final long highWater;
  private final Runnable demand;
  private long queued;
  private boolean ended;
  private boolean demandPending;
  private String failure;

  /**
   * An empty queue. The engine's first request is the caller's: this asks only after a chunk came.
   *
   * @param highWater the queued bytes at which it stops asking for more; positive
   * @param demand asks the engine for one more chunk
   */
  public InboundBytes(long highWater, Runnable demand) {
    if (highWater <= 0) {
      throw new IllegalArgumentException("highWater must be positive, was " + highWater);
    }
    this.highWater = highWater;
    this.demand = Objects.requireNonNull(demand, "demand");
  }

  /**
   * A chunk arrived: queues it, taking the array over, and asks for the next unless the queue is full.
   *
   * @param chunk the bytes, no longer touched by the caller
   */
  public void add(byte[] chunk) {
    boolean more;
    synchronized (lock) {
      if (ended) {
        return;
      }
      chunks.add(ByteBuffer.wrap(chunk));
      queued += chunk.length;
      more = queued < highWater;
      demandPending = !more;
      lock.notifyAll();
    }
    if (more) {
      demand.run();
    }
  }

  /**
   * A chunk arrived in a buffer the engine reuses: queues a copy of its remaining bytes, as {@link
   * #add(byte[])} does.
   *
   * @param payload the bytes, consumed
   */
  public void add(ByteBuffer payload) {
    byte[] copy = new byte[payload.remaining()];
    payload.get(copy);
    add(copy);
  }

  /**
   * Queues bytes the transport makes up itself (a heartbeat standing in for the engine's own
   * ping), without asking the engine for more.
   *
   * @param bytes the bytes, no longer touched by the caller
   */
  public void inject(byte[] bytes) {
    synchronized (lock) {
      if (!ended) {
        chunks.add(ByteBuffer.wrap(bytes));
        queued += bytes.length;
        lock.notifyAll();
      }
    }
  }

  /** No more bytes come: a reader gets end of stream once the queue is drained. */
  public void end() {
    synchronized (lock) {
      ended = true;
      lock.notifyAll();
    }
  }

  /**
   * The connection broke: a reader gets an {@link IOException} with {@code why} at once, not the
   * bytes still queued. The first reason stays.
   *
   * @param why what broke, for the reader's error
   */
  public void fail(String why) {
    synchronized (lock) {
      if (failure == null) {
        failure = why;
      }
      ended = true;
      chunks.clear();
      lock.notifyAll();
    }
  }

  /**
   * Waits for bytes and moves as many as fit into {@code target}.
   *
   * @return the bytes read, or -1 once the stream ended and the queue is drained
   * @throws IOException with the reason of {@link #fail(String)}
   * @throws ClosedChannelException if the reading thread is interrupted
   */
  @Override
  public int read(ByteBuffer target) throws IOException {
    boolean askForMore = false;
    int read = 0;
    synchronized (lock) {
      while (chunks.isEmpty() && !ended) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ClosedChannelException();
        }
      }
      if (chunks.isEmpty()) {
        if (failure != null) {
          throw new IOException(failure);
        }
        return -1;
      }
      while (!chunks.isEmpty() && target.hasRemaining()) {
        ByteBuffer head = chunks.peek();
        int n = Math.min(head.remaining(), target.remaining());
        ByteBuffer slice = head.slice();
        slice.limit(n);
        target.put(slice);
        head.position(head.position() + n);
        if (!head.hasRemaining()) {
          chunks.poll();
        }
        read += n;
      }
      queued -= read;
      if (demandPending && queued < highWater) {
        demandPending = false;
        askForMore = true;
      }
    }
    if (askForMore) {
      demand.run();
    }
    return read;
  }

  @Override
  public boolean isOpen() {
    synchronized (lock) {
      return !ended || !chunks.isEmpty();
    }
  }

  /** Ends the stream and drops what is queued: a reader gets end of stream at once. */
  @Override
  public void close() {
    synchronized (lock) {
      ended = true;
      chunks.clear();
      lock.notifyAll();
    }
  }
}
