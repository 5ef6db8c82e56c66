package org.typedipc.runtime.transport;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.Optional;

/**
 * One connection's two directions of bytes. The protocol reads from {@link #in()} on one thread
 * and writes to {@link #out()} from others; {@link #close()} must wake a blocked reader.
 */
public interface ByteStream extends Closeable {
  /** {@return the channel of bytes from the peer} */
  ReadableByteChannel in();

  /** {@return the channel of bytes to the peer; every write must reach the peer without a separate flush} */
  WritableByteChannel out();

  /**
   * Writes what the transport takes at once from {@code sources}, without waiting for the peer.
   * A reply, or a message sent while nothing else is being written, then leaves on the thread that
   * made it instead of waking the connection's writer thread (one thread hand-off less per
   * message); the writer thread writes, through {@link #out()}, whatever this did not take. Only
   * one thread writes at a time, through this or {@link #out()}.
   *
   * @param sources the buffers to write from, in order; each one's position advances past what was written
   * @param offset the first buffer to write from
   * @param length how many buffers, from {@code offset}
   * @return the bytes written, 0 when the transport would wait; -1 (the default) when this stream
   *     cannot write without waiting, and every write goes through {@link #out()}
   * @throws IOException if the write failed
   */
  default long writeNow(ByteBuffer[] sources, int offset, int length) throws IOException {
    return -1;
  }

  /**
   * Whether the connection's reader thread may write, through {@link #out()}, the replies and lone
   * messages that the deliveries it runs make, once each delivery returned, waiting for the peer to
   * take them if it must, instead of handing them to the writer thread: one thread hand-off less
   * per reply on a stream that cannot {@link #writeNow}. Main's loop never waits on the peer this
   * way (the reader writes after the loop's turn), and a wait longer than a heartbeat interval hands
   * reading on to a new thread, as a long delivery does. Say true only for a stream whose write
   * waits for nothing but the peer's reading and whose {@link #in()} keeps receiving meanwhile, as
   * two pipes do; a stream that {@link #writeNow writes now} writes that way instead.
   *
   * @return false (the default) if the writer thread writes what cannot be written at once
   */
  default boolean readerMayWrite() {
    return false;
  }

  /**
   * Whether a thread that waits for its reply may read the connection itself, through {@link
   * #awaitReadable} and {@link #in()}, while the connection's reader thread stands by: a call then
   * costs one read and one write on each side, like a plain socket round trip, instead of a
   * hand-off from the reader thread to the caller. Threads take turns; one reads at a time.
   *
   * @return false (the default) if only the connection's reader thread reads
   */
  default boolean callersMayRead() {
    return false;
  }

  /**
   * Waits until bytes from the peer are ready to be read from {@link #in()}, at most {@code
   * timeoutNanos}; only asked of streams whose {@link #callersMayRead()}.
   *
   * @param timeoutNanos the longest wait, positive
   * @return true if bytes are ready, false if the wait timed out
   * @throws IOException if the stream failed or was closed
   */
  default boolean awaitReadable(long timeoutNanos) throws IOException {
    throw new UnsupportedOperationException(describe() + " is read by its connection's reader thread only");
  }

  /**
   * Checks, before anything is read, that the peer may connect at all, where the OS can tell (the
   * peer's user on a Unix socket). The handshake's secret is checked after this, always.
   *
   * @throws PeerRefusedException if the peer may not connect
   */
  default void checkPeer() throws IOException {}

  /**
   * Who the transport verified the peer to be, such as the subject of the certificate mutual TLS
   * checked; main's handlers see it as {@code Renderer.peerIdentity()}. Asked once, after {@link
   * #checkPeer()} and the handshake succeeded.
   *
   * @return the verified identity; empty (the default) where the transport verifies none
   */
  default Optional<PeerIdentity> peerIdentity() {
    return Optional.empty();
  }

  /**
   * Ends the bytes to the peer while its bytes can still be read, as a socket's half-close does:
   * after its CLOSE, a side reads on until the peer closes too, because closing with unread bytes
   * may reset the connection and cost the peer the CLOSE and its reason. Streams that cannot
   * half-close return false (the default) and are closed at once.
   *
   * @return whether the output was ended and the input is still open
   * @throws IOException if ending the output failed
   */
  default boolean shutdownOutput() throws IOException {
    return false;
  }

  /**
   * Whether the transport is riding out a network outage now: its link to the peer was cut and it
   * reconnects to carry on this same stream, within an allowance of its own after which it breaks
   * the stream. Meanwhile the connection does not hold the peer's silence or its unread bytes
   * against it: the liveness and drain timeouts of {@code ConnectionSettings} count again from the
   * outage's end, so the transport's allowance, not the heartbeat, decides when an outage is too
   * long. Asked by the heartbeat on every beat, so it must be cheap.
   *
   * @return whether an outage is underway; false (the default) for transports that end the stream on a cut
   */
  default boolean outageUnderway() {
    return false;
  }

  /** {@return a name for logs: the transport and, where there is one, the peer's address} */
  String describe();
}
