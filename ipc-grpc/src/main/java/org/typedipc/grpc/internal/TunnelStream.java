package org.typedipc.grpc.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.List;
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
 *
 * <p>A resumable stream outlives its call: after a cut it is {@link #suspend suspended} — writers
 * hand their bytes to the replay window (up to {@link #OUTAGE_BYTES}, then wait), the reader waits
 * — until the next call {@link #resume resumes} it, sending again what the peer missed, or it
 * {@link #expire expires}.
 */
public final class TunnelStream implements ByteStream {
  private static final long INBOUND_HIGH_WATER = 1 << 20;
  /** Far more than HTTP/2's window and two sockets' buffers hold in flight. */
  private static final long REPLAY_BYTES = 16L << 20;
  /**
   * What writers may hand over while the stream is suspended, kept in the replay window and sent
   * by the resume, so that a caller writing on its own thread returns rather than waiting out the
   * outage; past it they wait. Half the window leaves the other half for what was in flight at the cut.
   */
  private static final long OUTAGE_BYTES = REPLAY_BYTES / 2;

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
  /** What was sent, to send again after a cut; null unless resumable. Guarded by callLock. */
  private final ReplayWindow replay;
  /** Written under callLock (read without it by the heartbeat): no call carries the stream now. */
  private volatile boolean suspended;
  /** Guarded by callLock: counts the cuts. */
  private int cuts;
  /** Guarded by callLock: bytes written since the stream was suspended, not yet sent on any call. */
  private long heldDuringOutage;
  /** Bytes received over the stream's life, written by the one gRPC callback thread of the call. */
  private volatile long receivedBytes;

  TunnelStream(String description, Runnable onClose) {
    this(description, onClose, false);
  }

  TunnelStream(String description, Runnable onClose, boolean resumable) {
    this.description = description;
    this.onClose = onClose;
    this.inbound = new InboundBytes(INBOUND_HIGH_WATER, () -> request(1));
    this.replay = resumable ? new ReplayWindow(REPLAY_BYTES) : null;
  }

  void attach(Call attached) {
    this.call = attached;
  }

  void request(int messages) {
    synchronized (callLock) {
      if (!closed.get() && !suspended) {
        call.request(messages);
      }
    }
  }

  /** gRPC: a message from the peer, on {@code from}; one from a call the stream has left behind is ignored. */
  void received(Call from, byte[] chunk) {
    if (from != call) {
      return;
    }
    receivedBytes += chunk.length;
    inbound.add(chunk);
  }

  /** {@return the bytes received so far: where the peer resumes sending} */
  long receivedBytes() {
    return receivedBytes;
  }

  /** While suspended the outage allowance, not the connection's heartbeat, decides when the peer is gone. */
  @Override
  public boolean outageUnderway() {
    return suspended && !closed.get();
  }

  boolean isClosed() {
    return closed.get();
  }

  /**
   * The call {@code cutCall} was cut, but the stream may resume: the reader waits for the next
   * call, writers hand their bytes to the replay window. A cut of a call the stream has already
   * left behind changes nothing.
   *
   * @return this cut's number, for {@link #expire}; -1 if the stream is closed, suspended or on another call
   */
  int suspend(Call cutCall) {
    int cut;
    synchronized (callLock) {
      if (closed.get() || callOver || suspended || call != cutCall) {
        return -1;
      }
      suspended = true;
      cut = ++cuts;
    }
    ready(); // writers waiting for gRPC may now hand their bytes to the replay window
    return cut;
  }

  /**
   * The peer resumes on a new call before this end noticed the cut: the stream leaves its call
   * behind, as if it had been cut.
   */
  void supersede() {
    synchronized (callLock) {
      if (!closed.get() && !callOver && !suspended) {
        suspended = true;
        cuts++;
      }
    }
    ready();
  }

  /**
   * Carries the stream on {@code next}: first the bytes after the peer's {@code peerReceived}, then on.
   *
   * @return false if the stream is not suspended, or the peer is further behind than the replay window
   */
  boolean resume(Call next, long peerReceived) {
    synchronized (callLock) {
      List<byte[]> missed = suspended && !closed.get() ? replay.after(peerReceived) : null;
      if (missed == null) {
        return false;
      }
      for (byte[] chunk : missed) {
        next.send(chunk);
      }
      call = next;
      suspended = false;
      heldDuringOutage = 0;
      next.request(1);
    }
    ready();
    return true;
  }

  /** {@return whether {@code candidate} carries the stream now} */
  boolean carriedBy(Call candidate) {
    return call == candidate;
  }

  /** Breaks the stream with {@code why} if it is still suspended by cut number {@code cut}. */
  void expire(int cut, String why) {
    boolean expired;
    synchronized (callLock) {
      expired = suspended && cuts == cut && !closed.get();
    }
    if (expired) {
      broken(why);
    }
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
      boolean sent = false;
      while (!sent) {
        awaitReady();
        synchronized (callLock) {
          if (closed.get() || callOver) {
            throw new ClosedChannelException();
          }
          if (!suspended) {
            if (replay != null) {
              replay.sent(chunk);
            }
            call.send(chunk);
            sent = true;
          } else if (heldDuringOutage < OUTAGE_BYTES) {
            replay.sent(chunk); // the resume sends it
            heldDuringOutage += chunk.length;
            sent = true;
          }
        }
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
      return suspended ? heldDuringOutage < OUTAGE_BYTES : call.isReady();
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
        if (!suspended) {
          call.finish();
        }
      }
      inbound.end();
      ready();
      onClose.run();
    }
  }
}
