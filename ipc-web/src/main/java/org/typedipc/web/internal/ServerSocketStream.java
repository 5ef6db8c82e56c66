package org.typedipc.web.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.CloseStatus;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.FrameHandler;
import org.eclipse.jetty.websocket.core.OpCode;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.transport.ByteStream;
import org.typedipc.runtime.transport.InboundBytes;

/**
 * One page's WebSocket as the byte stream the protocol runs on. Binary frames carry the protocol's
 * bytes in either direction (frame boundaries mean nothing); before main has answered the page's
 * HELLO at most {@link ConnectionSettings#MAX_HELLO_BYTES} may arrive. Main pings the page, and the
 * browser's network stack answers without running any JavaScript, so a page that its browser put
 * to sleep in a background tab stays connected: each pong becomes a HEARTBEAT packet for the
 * protocol's liveness check. Outbound bytes wait in Jetty's queue up to a budget; a writer beyond
 * it waits, and a page that takes nothing for the stall limit is disconnected.
 *
 * <p>Jetty reads every socket on its own few threads, so main needs no thread per new socket: the
 * stream is handed to main's acceptor only once its HELLO arrived whole ({@code onHello}). Ending
 * the output sends WebSocket's Close behind the bytes still queued, and the page's bytes are read
 * on until its Close answers: WebSocket's closing handshake is the half-close the protocol asks for.
 */
final class ServerSocketStream implements ByteStream, FrameHandler {
  private static final byte[] HEARTBEAT = {0, 0, 0, 3, 19, 0, 0};
  private static final int PREAMBLE = 6;
  private static final long INBOUND_HIGH_WATER = 1 << 20;
  private static final int MAX_FRAMES_PENDING = 4096;

  private final String description;
  private final Consumer<ServerSocketStream> onEnd;
  private final Consumer<ServerSocketStream> onHello;
  private boolean helloSeen;
  private final long outboundBudget;
  private final Duration stallLimit;
  private final InboundBytes inbound;
  private final PacketBoundaries boundaries = new PacketBoundaries();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Object outboundLock = new Object();
  private volatile CoreSession session;
  private long outboundPending;
  private int framesPending;
  private long written;
  /** Set once WebSocket's Close was sent: nothing more goes out, the page's bytes still come in. */
  private boolean outputEnded;

  ServerSocketStream(String description, long outboundBudget, Duration stallLimit, Consumer<ServerSocketStream> onHello,
      Consumer<ServerSocketStream> onEnd) {
    this.description = description;
    this.onHello = onHello;
    this.onEnd = onEnd;
    this.outboundBudget = outboundBudget;
    this.stallLimit = stallLimit;
    this.inbound = new InboundBytes(INBOUND_HIGH_WATER, () -> {
      CoreSession s = session;
      if (s != null) {
        s.demand();
      }
    });
  }

  @Override
  public void onOpen(CoreSession coreSession, Callback callback) {
    this.session = coreSession;
    callback.succeeded();
    coreSession.demand();
  }

  @Override
  public void onFrame(Frame frame, Callback callback) {
    switch (frame.getOpCode()) {
      case OpCode.BINARY, OpCode.CONTINUATION -> onBytes(frame.getPayload(), callback);
      case OpCode.TEXT -> {
        callback.succeeded();
        session.close(CloseStatus.BAD_DATA, WebMessages.textFrame(), Callback.NOOP);
      }
      case OpCode.PONG -> {
        synchronized (boundaries) {
          if (boundaries.betweenPackets()) {
            inbound.inject(HEARTBEAT);
          }
        }
        callback.succeeded();
        session.demand();
      }
      default -> {
        callback.succeeded();
        session.demand();
      }
    }
  }

  private void onBytes(ByteBuffer payload, Callback callback) {
    boolean tooEarly;
    boolean helloWhole = false;
    synchronized (boundaries) {
      boundaries.advance(payload);
      tooEarly = !handshakeAnswered() && boundaries.totalBytes() > ConnectionSettings.MAX_HELLO_BYTES + PREAMBLE;
      if (!tooEarly && !helloSeen && boundaries.firstPacketWhole()) {
        helloSeen = helloWhole = true;
      }
    }
    if (tooEarly) {
      callback.succeeded();
      session.close(CloseStatus.MESSAGE_TOO_LARGE, WebMessages.handshakeTooLarge(ConnectionSettings.MAX_HELLO_BYTES), Callback.NOOP);
      return;
    }
    inbound.add(payload);
    callback.succeeded();
    if (helloWhole) {
      onHello.accept(this);
    }
  }

  private boolean handshakeAnswered() {
    synchronized (outboundLock) {
      return written > PREAMBLE;
    }
  }

  /** Sends a ping; the browser answers it without JavaScript. */
  void ping() {
    CoreSession s = session;
    if (s != null && !closed.get() && !outputEnded()) {
      s.sendFrame(new Frame(OpCode.PING), Callback.NOOP, false);
    }
  }

  @Override
  public void onError(Throwable cause, Callback callback) {
    ended();
    callback.succeeded();
  }

  @Override
  public void onClosed(CloseStatus closeStatus, Callback callback) {
    ended();
    callback.succeeded();
  }

  private void ended() {
    closed.set(true);
    onEnd.accept(this);
    inbound.end();
    synchronized (outboundLock) {
      outboundLock.notifyAll();
    }
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
        ServerSocketStream.this.close();
      }
    };
  }

  private int send(ByteBuffer source) throws IOException {
    int n = source.remaining();
    ByteBuffer copy = ByteBuffer.allocate(n).put(source).flip();
    synchronized (outboundLock) {
      long deadline = System.nanoTime() + stallLimit.toNanos();
      while (outboundPending > 0 && (outboundPending + n > outboundBudget || framesPending >= MAX_FRAMES_PENDING) && !closed.get()
          && !outputEnded) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          String why = WebMessages.outboundStalled(outboundPending, stallLimit);
          // The reader must see why, not a clean end of stream, so that main reports the drop's reason.
          inbound.fail(why);
          session.close(CloseStatus.POLICY_VIOLATION, WebMessages.outboundStalledCloseReason(), Callback.NOOP);
          close();
          throw new IOException(why);
        }
        try {
          outboundLock.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ClosedChannelException();
        }
      }
      if (closed.get() || outputEnded) {
        throw new ClosedChannelException();
      }
      outboundPending += n;
      framesPending++;
      written += n;
    }
    session.sendFrame(new Frame(OpCode.BINARY, copy), Callback.from(() -> released(n), failure -> released(n)), false);
    return n;
  }

  private void released(int n) {
    synchronized (outboundLock) {
      outboundPending -= n;
      framesPending--;
      outboundLock.notifyAll();
    }
  }

  /** Sends WebSocket's Close behind what is queued; the page's bytes are read until its Close answers. */
  @Override
  public boolean shutdownOutput() {
    CoreSession s = session;
    synchronized (outboundLock) {
      if (s == null || closed.get() || outputEnded) {
        return false;
      }
      outputEnded = true;
      outboundLock.notifyAll();
    }
    s.close(CloseStatus.NORMAL, null, Callback.NOOP);
    return true;
  }

  private boolean outputEnded() {
    synchronized (outboundLock) {
      return outputEnded;
    }
  }

  @Override
  public String describe() {
    return description;
  }

  /** Closes now: after an ended output, a page that never answered with its Close is cut off. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      CoreSession s = session;
      if (s != null) {
        if (outputEnded()) {
          s.abort();
        } else {
          s.close(CloseStatus.NORMAL, null, Callback.NOOP);
        }
      }
    }
    ended();
  }
}
