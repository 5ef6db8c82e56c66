package org.typedipc.samples.typed.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.codec.Codec;
import org.typedipc.runtime.codec.WireReader;
import org.typedipc.runtime.codec.WireWriter;

/**
 * The typed path next to its floors, in one run: a generated codec against a hand-written one for
 * the same small record, and an invoke through the generated proxy against a direct interface call
 * and a single-thread executor round trip. Prints p50 and p99 of single operations (median of
 * several rounds) and the bytes allocated per operation on the calling thread.
 *
 * <p>Run: {@code mvn -q -Psample -DskipTests package
 * -Dsample.main=org.typedipc.samples/org.typedipc.samples.typed.bench.TypedBenchmark}.
 */
public final class TypedBenchmark {
  private static final int OPERATIONS_PER_ROUND = 200_000;
  private static final int ROUNDS = 5;

  /** What a careful person writes by hand for {@link Point}: the floor of the generated codec. */
  private static final Codec<Point> HAND_WRITTEN = new Codec<>() {
    @Override
    public void encode(WireWriter out, Point value) {
      out.writeInt(value.x());
      out.writeInt(value.y());
      out.writeString(value.label());
    }

    @Override
    public Point decode(WireReader in) {
      return new Point(in.readInt(), in.readInt(), in.readString());
    }
  };

  private TypedBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.out.printf(Locale.ROOT, "java %s, %d CPUs, %d operations x %d rounds per case%n%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), OPERATIONS_PER_ROUND, ROUNDS);
    System.out.printf(Locale.ROOT, "%-48s %10s %10s %14s%n", "case", "p50 µs", "p99 µs", "bytes/op");

    Point[] points = new Point[1024];
    for (int i = 0; i < points.length; i++) {
      points[i] = new Point(i, -i, "point " + i);
    }
    Codec<Point> generated = EchoIpc.ECHO_CHANNEL.argsCodec();
    WireWriter writer = new WireWriter(256);
    report("codec: hand-written encode+decode of Point", i -> roundTrip(HAND_WRITTEN, writer, points[i & 1023]));
    report("codec: generated encode+decode of Point", i -> roundTrip(generated, writer, points[i & 1023]));

    Echo direct = new Echo() {
      @Override
      public CompletableFuture<Point> echo(Point point) {
        return CompletableFuture.completedFuture(point);
      }

      @Override
      public CompletableFuture<Integer> next(int value) {
        return CompletableFuture.completedFuture(value + 1);
      }
    };
    report("floor: direct interface call", i -> direct.echo(points[i & 1023]).join().x());

    ExecutorService executor = Executors.newSingleThreadExecutor();
    report("floor: single-thread executor round trip", i -> {
      try {
        return executor.submit(() -> points[i & 1023]).get().x();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    executor.shutdown();
    executor.awaitTermination(5, TimeUnit.SECONDS);

    try (IpcMain ipcMain = IpcMain.create()) {
      EchoIpc.main(ipcMain).handleEcho((event, point) -> point);
      EchoIpc.main(ipcMain).handleNext((event, value) -> value + 1);
      EmbeddedRenderer renderer = ipcMain.embedRenderer();
      Echo echo = EchoIpc.renderer(renderer.ipcRenderer());
      report("typed invoke of an int through EchoIpc", i -> echo.next(i).join());
      report("typed invoke of a Point through EchoIpc", i -> echo.echo(points[i & 1023]).join().x());
    }
  }

  /** Encodes into a reused writer and decodes a copy of the bytes, as a transport would. */
  private static int roundTrip(Codec<Point> codec, WireWriter writer, Point point) {
    writer.reset();
    codec.encode(writer, point);
    return codec.decode(new WireReader(writer.toByteArray())).x();
  }

  /** Measures {@code operation} in rounds and prints the median round's percentiles. */
  private static void report(String name, IntUnaryOperator operation) {
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
      long allocatedBefore = allocatedBytes();
      for (int i = 0; i < OPERATIONS_PER_ROUND; i++) {
        long start = System.nanoTime();
        sink += operation.applyAsInt(i);
        latencies[i] = System.nanoTime() - start;
      }
      bytes[round] = (allocatedBytes() - allocatedBefore) / (double) OPERATIONS_PER_ROUND;
      Arrays.sort(latencies);
      p50[round] = latencies[OPERATIONS_PER_ROUND / 2] / 1000.0;
      p99[round] = latencies[OPERATIONS_PER_ROUND * 99 / 100] / 1000.0;
    }
    System.out.printf(Locale.ROOT, "%-48s %10.3f %10.3f %14.0f%s%n",
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
}
