package org.typedipc.samples.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/** Latency percentiles and allocation counts for the benchmarks. */
final class Stats {
  private Stats() {}

  /** The percentile {@code p} (0–100) of {@code nanos}, in microseconds; sorts the array. */
  static double percentileMicros(long[] nanos, int count, double p) {
    Arrays.sort(nanos, 0, count);
    int index = (int) Math.min(count - 1, Math.round(p / 100.0 * (count - 1)));
    return nanos[index] / 1000.0;
  }

  /** Bytes the calling thread allocated so far. */
  static long threadAllocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }

  /** Bytes all live threads of this JVM allocated so far (threads that ended are not counted). */
  static long processAllocatedBytes() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long total = 0;
    for (long allocated : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      total += Math.max(0, allocated);
    }
    return total;
  }
}
