package org.typedipc.web.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayDeque;

/**
 * The bytes WebSocket frames brought, as the blocking channel the protocol reads. It asks the
 * socket for more ({@code demand}) only while fewer than {@code highWater} bytes wait, so a fast
 * page cannot fill main's memory faster than main dispatches.
 */
public final class InboundBytes implements ReadableByteChannel {
  private final Object lock = new Object();
  private final ArrayDeque<ByteBuffer> chunks = new ArrayDeque<>();
  private final long highWater;
  private final Runnable demand;
  private long queued;
  private boolean ended;
  private String failure;
  private boolean demandPending;

  public InboundBytes(long highWater, Runnable demand) {
    this.highWater = highWater;
    this.demand = demand;
  }

  /** Appends a copy of {@code payload}; asks for more at once unless the queue is full. */
  public void add(ByteBuffer payload) {
    byte[] copy = new byte[payload.remaining()];
    payload.get(copy);
    boolean more;
    synchronized (lock) {
      if (ended) {
        return;
      }
      chunks.add(ByteBuffer.wrap(copy));
      queued += copy.length;
      more = queued < highWater;
      demandPending = !more;
      lock.notifyAll();
    }
    if (more) {
      demand.run();
    }
  }

  /** Puts bytes in without asking the socket for more (a heartbeat the transport makes up). */
  public void inject(byte[] bytes) {
    synchronized (lock) {
      if (!ended) {
        chunks.add(ByteBuffer.wrap(bytes));
        queued += bytes.length;
        lock.notifyAll();
      }
    }
  }

  /** No more bytes come: a blocked reader gets end of stream once the queue is drained. */
  public void end() {
    synchronized (lock) {
      ended = true;
      lock.notifyAll();
    }
  }

  /** The transport dropped the connection: a reader gets {@code why} as an error, not a clean end. */
  public void fail(String why) {
    synchronized (lock) {
      failure = why;
      ended = true;
      chunks.clear();
      lock.notifyAll();
    }
  }

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

  @Override
  public void close() {
    synchronized (lock) {
      ended = true;
      chunks.clear();
      lock.notifyAll();
    }
  }
}
