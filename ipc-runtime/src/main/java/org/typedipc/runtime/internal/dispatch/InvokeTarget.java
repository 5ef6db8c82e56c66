package org.typedipc.runtime.internal.dispatch;

import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * The side that runs the peer's invokes (main for a renderer's, a renderer for main's), as its
 * connection's reader hands them over: with arguments of their own, lent from the reader's scratch
 * array, or in the reader's own array of a large payload, which the reader reads into again once
 * no delivery needs it.
 */
public interface InvokeTarget {
  /** Runs the invoke of frame {@code frameId} with the arguments {@code payload}, an array of their own. */
  void invoke(int frameId, String channel, byte[] payload, Duration deadline, ReplySink reply);

  /**
   * As {@link #invoke(int, String, byte[], Duration, ReplySink)}, with the arguments in the first
   * {@code length} bytes of {@code args}, which the caller may overwrite once this returns: a
   * delivery that ran meanwhile on this thread (the loop was idle) decoded them where they are, one
   * that waits takes a copy.
   */
  void invoke(int frameId, String channel, byte[] args, int length, ReplySink reply);

  /**
   * As {@link #invoke(int, String, byte[], int, ReplySink)}, with a large payload's own array
   * {@code args}, which a delivery that waits keeps instead of a copy.
   *
   * @return whether the caller has {@code args} back, to read the next payload into
   */
  boolean invokeLendingArray(int frameId, String channel, byte[] args, ReplySink reply);

  /**
   * As {@link #invoke(int, String, byte[], int, ReplySink)}, with the arguments from the position
   * to the limit of {@code args} (a connection's direct buffer), which the caller may overwrite once
   * this returns and which nobody moves.
   */
  void invoke(int frameId, String channel, ByteBuffer args, ReplySink reply);
}
