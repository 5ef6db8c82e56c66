package org.typedipc.samples.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
import org.typedipc.runtime.Channel;
import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.codec.Codec;
import org.typedipc.runtime.codec.WireReader;
import org.typedipc.runtime.codec.WireWriter;

/**
 * In-process invoke latency and allocation next to its floors, measured in the same run: a direct
 * interface call and a round trip through a single-thread executor (one thread hand-off each way).
 *
 * <p>Run: {@code mvn -q -Psample -DskipTests package
 * -Dsample.main=org.typedipc.samples/org.typedipc.samples.bench.InProcessBenchmark}. Each case
 * prints p50 and p99 of single-call latencies over several rounds (the median round is shown) and
 * the bytes allocated per call on the calling thread.
 */
public final class InProcessBenchmark {
  private static final int CALLS_PER_ROUND = 200_000;
  private static final int ROUNDS = 5;

  /** A hand-written codec of one int: the floor a generated codec is compared with. */
  private static final Codec<Integer> INT = new Codec<>() {
    @Override
    public void encode(WireWriter out, Integer value) {
      out.writeInt(value);
    }

    @Override
    public Integer decode(WireReader in) {
      return in.readInt();
    }
  };

  private static final Channel<Integer, Integer> ECHO = Channel.invoke("bench:echo", INT, INT);

  private InProcessBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.out.printf(Locale.ROOT, "java %s, %d CPUs, %d calls x %d rounds per case%n%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), CALLS_PER_ROUND, ROUNDS);
    System.out.printf(Locale.ROOT, "%-44s %10s %10s %14s%n", "case", "p50 µs", "p99 µs", "bytes/call");

    IntUnaryOperator direct = new Doubler();
    report("floor: direct interface call", i -> direct.applyAsInt(i));

    ExecutorService executor = Executors.newSingleThreadExecutor();
    report("floor: single-thread executor round trip", i -> {
      try {
        return executor.submit(() -> i + 1).get();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    executor.shutdown();
    executor.awaitTermination(5, TimeUnit.SECONDS);

    try (IpcMain main = IpcMain.create()) {
      main.handle(ECHO, (event, value) -> value + 1);
      main.handle("bench:dynamic", (event, a) -> (Integer) a[0] + 1);
      EmbeddedRenderer renderer = main.embedRenderer();
      IpcRenderer ipc = renderer.ipcRenderer();
      report("typed invoke, in-process (hand codec)", i -> ipc.invoke(ECHO, i).join());
      report("string-channel invoke, in-process", i -> (Integer) ipc.invoke("bench:dynamic", i).join());
    }
  }

  /** Measures {@code call} in rounds and prints the median round's percentiles. */
  private static void report(String name, IntUnaryOperator call) {
    long[] latencies = new long[CALLS_PER_ROUND];
    double[] p50 = new double[ROUNDS];
    double[] p99 = new double[ROUNDS];
    double[] bytes = new double[ROUNDS];
    int sink = 0;
    for (int warmup = 0; warmup < 2; warmup++) {
      for (int i = 0; i < CALLS_PER_ROUND; i++) {
        sink += call.applyAsInt(i);
      }
    }
    for (int round = 0; round < ROUNDS; round++) {
      long allocatedBefore = allocatedBytes();
      for (int i = 0; i < CALLS_PER_ROUND; i++) {
        long start = System.nanoTime();
        sink += call.applyAsInt(i);
        latencies[i] = System.nanoTime() - start;
      }
      bytes[round] = (allocatedBytes() - allocatedBefore) / (double) CALLS_PER_ROUND;
      Arrays.sort(latencies);
      p50[round] = latencies[CALLS_PER_ROUND / 2] / 1000.0;
      p99[round] = latencies[CALLS_PER_ROUND * 99 / 100] / 1000.0;
    }
    System.out.printf(Locale.ROOT, "%-44s %10.3f %10.3f %14.0f%s%n",
        name, median(p50), median(p99), median(bytes), sink == 42 ? " " : "");
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }

  /** The direct-call floor; a class of its own so the call goes through an interface. */
  private static final class Doubler implements IntUnaryOperator {
    @Override
    public int applyAsInt(int operand) {
      return operand + 1;
    }
  }
}
