package org.typedipc.grpc.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayDeque;

/**
 * The chunks a gRPC stream brought, as the blocking channel the protocol reads. It asks gRPC for
 * the next message only while fewer than {@code highWater} bytes wait, so the HTTP/2 window — not
 * main's heap — holds back a peer that sends faster than it is read.
 */
final class TunnelInbound implements ReadableByteChannel {
  private final Object lock = new Object();
  private final ArrayDeque<ByteBuffer> chunks = new ArrayDeque<>();
  private final long highWater;
  private final Runnable requestOne;
  private long queued;
  private boolean ended;
  private boolean demandPending;
  private String failure;

  TunnelInbound(long highWater, Runnable requestOne) {
    this.highWater = highWater;
    this.requestOne = requestOne;
  }

  /** A message arrived (gRPC asked for it): queue it, and ask for the next one unless the queue is full. */
  void add(byte[] chunk) {
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
      requestOne.run();
    }
  }

  /** The peer finished: a reader gets end of stream once the queue is drained. */
  void end() {
    synchronized (lock) {
      ended = true;
      lock.notifyAll();
    }
  }

  /** The stream broke: a reader gets {@code why} as an error at once, not the bytes still queued. */
  void fail(String why) {
    synchronized (lock) {
      if (failure == null) {
        failure = why;
      }
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
        int limit = head.limit();
        head.limit(head.position() + n);
        target.put(head);
        head.limit(limit);
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
      requestOne.run();
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
    end();
  }
}
