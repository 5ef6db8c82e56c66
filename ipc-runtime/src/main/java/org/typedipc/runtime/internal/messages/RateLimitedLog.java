package org.typedipc.runtime.internal.messages;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The log lines of one kind from one source (a peer, a listener): the first {@value #FIRST} are
 * written, then one at each doubling of the count, saying how many were left out since the last.
 * A peer that fails again and again costs a logarithmic number of lines, not one per failure: 200
 * refused connections write 10 lines. Counting, not timing, decides, so the log does not depend on
 * the machine's speed.
 */
public final class RateLimitedLog {
  /** How many lines are written before the doubling starts. */
  public static final int FIRST = 5;

  private static final System.Logger LOG = System.getLogger("org.typedipc.runtime");
  private final AtomicLong count = new AtomicLong();

  /** Counts one occurrence and writes {@code message} if this one is due. */
  public void log(System.Logger.Level level, Supplier<String> message) {
    long n = count.incrementAndGet();
    if (n <= FIRST) {
      LOG.log(level, message.get());
    } else if (n % FIRST == 0 && Long.bitCount(n / FIRST) == 1) {
      // The previous line was the (n / 2)-th: everything since was left out.
      LOG.log(level, ErrorMessages.withSuppressed(message.get(), n / 2 - 1));
    }
  }

  /** How many occurrences were counted. */
  public long count() {
    return count.get();
  }
}
