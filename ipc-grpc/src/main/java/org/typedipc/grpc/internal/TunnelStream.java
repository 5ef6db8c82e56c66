package org.typedipc.grpc.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.typedipc.runtime.transport.InboundBytes;
import org.typedipc.runtime.transport.PeerIdentity;
import org.typedipc.runtime.transport.ByteStream;

/**
 * One renderer's gRPC stream as the byte stream the protocol runs on, at either end. Writes become
 * gRPC messages of at most {@link TunnelMethod#MAX_CHUNK_BYTES}; a writer waits while gRPC says the
 * stream is not ready (its HTTP/2 window is spent), so a slow peer holds back the writer rather
 * than filling memory. gRPC's calls are not thread-safe: every use of the call takes one lock.
 */
public final class TunnelStream implements ByteStream {
  private static final long INBOUND_HIGH_WATER = 1 << 20;

  /** What the stream needs of a client or a server call. */
  interface Call {
    boolean isReady();

    void send(byte[] chunk);

    void request(int messages);

    /** Ends our side in good order. */
    void finish();

    /** Identity checks of the transport, before anything is read. */
    default void checkPeer() throws IOException {}

    /** Who the transport verified the peer to be. */
    default Optional<PeerIdentity> peerIdentity() {
      return Optional.empty();
    }
  }

  private final Object callLock = new Object();
  private final Object readyLock = new Object();
  private final AtomicBoolean closed = new AtomicBoolean();
  // The call is over (the peer closed it): nothing more can be written, though reading drains what came.
  private volatile boolean callOver;
  private final String description;
  private final InboundBytes inbound;
  private final Runnable onClose;
  private volatile Call call;

  TunnelStream(String description, Runnable onClose) {
    this.description = description;
    this.onClose = onClose;
    this.inbound = new InboundBytes(INBOUND_HIGH_WATER, () -> request(1));
  }

  void attach(Call attached) {
    this.call = attached;
  }

  void request(int messages) {
    synchronized (callLock) {
      if (!closed.get()) {
        call.request(messages);
      }
    }
  }

  /** gRPC: a message from the peer. */
  void received(byte[] chunk) {
    inbound.add(chunk);
  }

  /** gRPC: the stream can take more. */
  void ready() {
    synchronized (readyLock) {
      readyLock.notifyAll();
    }
  }

  /** gRPC: the peer finished its side. */
  void peerFinished() {
    inbound.end();
  }

  /** gRPC: the call ended in good order; the reader drains what came, and writers stop waiting. */
  void callEnded() {
    inbound.end();
    callOver = true;
    ready();
  }

  /** gRPC: the stream broke; the reader learns why at once, and writers stop waiting. */
  void broken(String why) {
    inbound.fail(why);
    closed.set(true);
    ready();
    onClose.run();
  }

  @Override
  public void checkPeer() throws IOException {
    call.checkPeer();
  }

  @Override
  public Optional<PeerIdentity> peerIdentity() {
    return call.peerIdentity();
  }

  @Override
  public ReadableByteChannel in() {
    return inbound;
  }

  @Override
  public WritableByteChannel out() {
    return new WritableByteChannel() {
      @Override
      public int write(ByteBuffer source) throws IOException {
        return send(source);
      }

      @Override
      public boolean isOpen() {
        return !closed.get();
      }

      @Override
      public void close() {
        TunnelStream.this.close();
      }
    };
  }

  private int send(ByteBuffer source) throws IOException {
    int total = source.remaining();
    while (source.hasRemaining()) {
      byte[] chunk = new byte[Math.min(source.remaining(), TunnelMethod.MAX_CHUNK_BYTES)];
      source.get(chunk);
      awaitReady();
      synchronized (callLock) {
        if (closed.get() || callOver) {
          throw new ClosedChannelException();
        }
        call.send(chunk);
      }
    }
    return total;
  }

  private void awaitReady() throws IOException {
    synchronized (readyLock) {
      while (!closed.get() && !callOver && !callReady()) {
        try {
          readyLock.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ClosedChannelException();
        }
      }
    }
    if (closed.get() || callOver) {
      throw new ClosedChannelException();
    }
  }

  private boolean callReady() {
    synchronized (callLock) {
      return call.isReady();
    }
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      synchronized (callLock) {
        call.finish();
      }
      inbound.end();
      ready();
      onClose.run();
    }
  }
}
