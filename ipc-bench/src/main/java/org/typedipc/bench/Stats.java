package org.typedipc.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntUnaryOperator;

/** Latency percentiles and allocation counts for the benchmarks. */
public final class Stats {
  private static final int OPERATIONS_PER_ROUND = 200_000;
  private static final int ROUNDS = 5;

  private Stats() {}

  /** Prints the header of {@link #report} lines. */
  public static void printHeader() {
    System.out.printf(Locale.ROOT, "java %s, %d CPUs, %d operations x %d rounds per case%n%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), OPERATIONS_PER_ROUND, ROUNDS);
    System.out.printf(Locale.ROOT, "%-48s %10s %10s %14s%n", "case", "p50 µs", "p99 µs", "bytes/op");
  }

  /**
   * Measures {@code operation} over several rounds of single timed calls, after warming it up, and
   * prints the median round's p50, p99 and bytes allocated per call on this thread.
   */
  public static void report(String name, IntUnaryOperator operation) {
    long[] latencies = new long[OPERATIONS_PER_ROUND];
    double[] p50 = new double[ROUNDS];
    double[] p99 = new double[ROUNDS];
    double[] bytes = new double[ROUNDS];
    int sink = 0;
    for (int warmup = 0; warmup < 2; warmup++) {
      for (int i = 0; i < OPERATIONS_PER_ROUND; i++) {
        sink += operation.applyAsInt(i);
      }
    }
    for (int round = 0; round < ROUNDS; round++) {
      long allocatedBefore = threadAllocatedBytes();
      for (int i = 0; i < OPERATIONS_PER_ROUND; i++) {
        long start = System.nanoTime();
        sink += operation.applyAsInt(i);
        latencies[i] = System.nanoTime() - start;
      }
      bytes[round] = (threadAllocatedBytes() - allocatedBefore) / (double) OPERATIONS_PER_ROUND;
      p50[round] = percentileMicros(latencies, OPERATIONS_PER_ROUND, 50);
      p99[round] = percentileMicros(latencies, OPERATIONS_PER_ROUND, 99);
    }
    // The sink keeps the JIT from removing the calls.
    System.out.printf(Locale.ROOT, "%-48s %10.3f %10.3f %14.0f%s%n", name, median(p50), median(p99), median(bytes), sink == 42 ? " " : "");
  }

  /** One call of a {@link #sequential} run. */
  @FunctionalInterface
  public interface Call {
    void run() throws Exception;
  }

  /**
   * The method of every latency figure: {@code warmup} calls, then {@code rounds} rounds of {@code
   * count} sequential timed calls; returns the medians of the rounds' p50 and p99, in µs.
   */
  public static double[] sequential(int warmup, int count, int rounds, Call call) throws Exception {
    for (int i = 0; i < warmup; i++) {
      call.run();
    }
    long[] nanos = new long[count];
    double[] p50 = new double[rounds];
    double[] p99 = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < count; i++) {
        long start = System.nanoTime();
        call.run();
        nanos[i] = System.nanoTime() - start;
      }
      p50[round] = percentileMicros(nanos, count, 50);
      p99[round] = percentileMicros(nanos, count, 99);
    }
    return new double[] {median(p50), median(p99)};
  }

  /** The median of {@code values}, the upper one of an even count. */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

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
