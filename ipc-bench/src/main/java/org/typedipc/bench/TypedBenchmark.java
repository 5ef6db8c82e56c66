package org.typedipc.bench;

import static org.typedipc.bench.Stats.printHeader;
import static org.typedipc.bench.Stats.report;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.typedipc.bench.typed.Echo;
import org.typedipc.bench.typed.EchoIpc;
import org.typedipc.bench.typed.Point;
import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;

/**
 * The typed path next to its floors, in one run: a generated codec against a hand-written one for
 * the same small record, and an invoke through the generated proxy against a direct interface call
 * and a single-thread executor round trip. Prints p50 and p99 of single operations (median of
 * several rounds) and the bytes allocated per operation on the calling thread.
 *
 * <p>Run: {@code mvn -q -pl ipc-bench -am -Pbench -DskipTests verify
 * -Dbench.main=org.typedipc.bench.TypedBenchmark}; it also
 * closes the output of {@link CrossProcessBenchmark}.
 */
public final class TypedBenchmark {
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
    printHeader();

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
      ipcMain.handle("bench:dynamic", (event, a) -> (Integer) a[0] + 1);
      report("typed invoke of an int through EchoIpc", i -> echo.next(i).join());
      report("typed invoke of a Point through EchoIpc", i -> echo.echo(points[i & 1023]).join().x());
      report("string-channel invoke of an int", i -> (Integer) renderer.ipcRenderer().invoke("bench:dynamic", i).join());
    }
  }

  /** Encodes into a reused writer and decodes a copy of the bytes, as a transport would. */
  private static int roundTrip(Codec<Point> codec, WireWriter writer, Point point) {
    writer.reset();
    codec.encode(writer, point);
    return codec.decode(new WireReader(writer.toByteArray())).x();
  }
}
