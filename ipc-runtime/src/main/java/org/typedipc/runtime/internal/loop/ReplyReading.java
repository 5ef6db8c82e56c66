package org.typedipc.runtime.internal.loop;

import java.util.concurrent.CompletableFuture;

/**
 * A connection that a thread waiting for a reply may read itself (leader/follower): the thread
 * reads for everybody until its own future completes, instead of being woken by the connection's
 * reader thread, which stands by meanwhile. See {@link HelpingFuture}.
 */
public interface ReplyReading {
  /**
   * Reads on the calling thread until {@code done} completes or {@code deadlineNanos} (a {@link
   * System#nanoTime()} value) passes; returns at once, leaving the waiting to the caller, when
   * another thread reads now or the packet that came must be handled by the reader thread.
   */
  void readUntil(CompletableFuture<?> done, long deadlineNanos);
}
