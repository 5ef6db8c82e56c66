package org.typedipc.samples.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.typedipc.runtime.spi.Typed;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.TransportKind;
import org.typedipc.samples.typed.bench.TypedBenchmark;

/**
 * Cross-process invoke latency, allocation and one-way throughput, each next to the raw
 * Unix-socket ping-pong floor measured in the same run, with both processes on one CPU ({@code
 * same}) and on different CPUs ({@code split}) when {@code taskset} is available.
 *
 * <p>Run: {@code mvn -q -Psample -DskipTests package
 * -Dsample.main=org.typedipc.samples/org.typedipc.samples.bench.CrossProcessBenchmark}.
 */
public final class CrossProcessBenchmark {
  private static final int[] SIZES = {64, 1024, 1 << 20};
  private static final String MODULE = "org.typedipc.samples";

  private CrossProcessBenchmark() {}

  public static void main(String[] args) throws Exception {
    boolean pinning = commandWorks("taskset", "-c", "0", "true");
    System.out.printf(Locale.ROOT, "java %s, %d CPUs, taskset %s%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), pinning ? "available" : "not available: unpinned only");
    List<String[]> placements = new ArrayList<>();
    if (pinning && Runtime.getRuntime().availableProcessors() > 1) {
      placements.add(new String[] {"same", "0", "0"});
      placements.add(new String[] {"split", "0", "1"});
    } else {
      placements.add(new String[] {"unpinned", null, null});
    }
    for (String[] placement : placements) {
      run(placement[0], placement[1], placement[2]);
    }
    System.out.println();
    System.out.println("== in-process ==");
    TypedBenchmark.main(new String[0]);
  }

  private static void run(String placement, String mainCpu, String rendererCpu) throws Exception {
    if (mainCpu != null) {
      commandWorks("taskset", "-a", "-p", "-c", mainCpu, Long.toString(ProcessHandle.current().pid()));
    }
    String[] prefix = rendererCpu == null ? new String[0] : new String[] {"taskset", "-c", rendererCpu};
    System.out.printf(Locale.ROOT, "%n== placement %s (main on CPU %s, renderer on CPU %s) ==%n", placement,
        mainCpu == null ? "any" : mainCpu, rendererCpu == null ? "any" : rendererCpu);
    System.out.printf(Locale.ROOT, "%-34s %9s %9s %11s %11s %8s %12s %12s%n",
        "case", "p50 µs", "p99 µs", "floor p50", "floor p99", "p50/flr", "R bytes/call", "M bytes/call");
    double[][] floors = new double[SIZES.length][];
    for (int s = 0; s < SIZES.length; s++) {
      floors[s] = rawFloor(SIZES[s], calls(SIZES[s]), prefix);
      System.out.printf(Locale.ROOT, "%-34s %9.2f %9.2f %11s %11s %8s %12s %12s%n",
          "raw Unix socket ping-pong " + label(SIZES[s]), floors[s][0], floors[s][1], "-", "-", "1.00", "-", "-");
    }
    for (TransportKind transport : TransportKind.values()) {
      try (IpcMain main = IpcMain.create()) {
        AtomicLong oneWay = new AtomicLong();
        Typed.of(main).handle(ByteArrayCodec.ECHO, (event, bytes) -> bytes);
        Typed.of(main).on(ByteArrayCodec.ONE_WAY, (event, bytes) -> oneWay.incrementAndGet());
        CompletableFuture<Object> ready = new CompletableFuture<>();
        main.once("ready", (event, a) -> ready.complete(true));
        Renderer renderer = main.launch(RendererLaunch.module(MODULE, BenchRenderer.class.getName())
                .withTransport(transport).withCommandPrefix(prefix).withJvmOptions("-Xms256m", "-Xmx512m"))
            .get(30, TimeUnit.SECONDS);
        ready.get(30, TimeUnit.SECONDS);
        for (int s = 0; s < SIZES.length; s++) {
          long mainAllocated = Stats.processAllocatedBytes();
          List<?> result = ask(main, renderer, "invoke", SIZES[s], calls(SIZES[s]));
          double mainPerCall = (Stats.processAllocatedBytes() - mainAllocated) / (double) (calls(SIZES[s]) * 6 / 5);
          double p50 = ((Number) result.get(0)).doubleValue();
          System.out.printf(Locale.ROOT, "%-34s %9.2f %9.2f %11.2f %11.2f %8.2f %12.0f %12.0f%n",
              "invoke " + transport.name().toLowerCase(Locale.ROOT) + " " + label(SIZES[s]), p50,
              ((Number) result.get(1)).doubleValue(), floors[s][0], floors[s][1], p50 / floors[s][0],
              ((Number) result.get(2)).doubleValue(), mainPerCall);
        }
        List<?> sends = ask(main, renderer, "one-way", 64, 2_000_000);
        System.out.printf(Locale.ROOT, "%-34s %9s %9s %11s %11s %8s   %.2f M msg/s%n",
            "one-way send " + transport.name().toLowerCase(Locale.ROOT) + " 64 B", "-", "-", "-", "-", "-",
            ((Number) sends.get(0)).doubleValue() / 1e6);
        renderer.close();
      }
    }
  }

  private static int calls(int size) {
    return size >= (1 << 20) ? 300 : 20_000;
  }

  private static List<?> ask(IpcMain main, Renderer renderer, String what, int size, int count) throws Exception {
    CompletableFuture<List<?>> result = new CompletableFuture<>();
    main.once("result", (event, a) -> result.complete((List<?>) a[0]));
    renderer.send("bench", List.of(what, size, count));
    return result.get(300, TimeUnit.SECONDS);
  }

  /** Runs the raw ping-pong child against an echo server here; returns p50 and p99 in µs. */
  private static double[] rawFloor(int size, int count, String[] prefix) throws Exception {
    Path directory = Files.createTempDirectory("tipc-bench");
    Path socket = directory.resolve("raw.sock");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));
      Thread echo = new Thread(() -> echo(server, size), "raw-echo");
      echo.setDaemon(true);
      echo.start();
      List<String> command = RendererLaunch.module(MODULE, BenchRenderer.class.getName())
          .withArgs("raw", socket.toString(), Integer.toString(size), Integer.toString(count))
          .withCommandPrefix(prefix).withJvmOptions("-Xms256m", "-Xmx512m").command();
      Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
      process.waitFor(60, TimeUnit.SECONDS);
      String[] parts = line.trim().split(" ");
      return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
    } finally {
      Files.deleteIfExists(socket);
      Files.deleteIfExists(directory);
    }
  }

  private static void echo(ServerSocketChannel server, int size) {
    try (SocketChannel channel = server.accept()) {
      ByteBuffer buffer = ByteBuffer.allocate(size);
      while (true) {
        buffer.clear();
        while (buffer.hasRemaining()) {
          if (channel.read(buffer) < 0) {
            return;
          }
        }
        buffer.flip();
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
    } catch (IOException e) {
      // the child finished
    }
  }

  private static String label(int size) {
    return size >= (1 << 20) ? (size >> 20) + " MiB" : size >= 1024 ? (size >> 10) + " KiB" : size + " B";
  }

  private static boolean commandWorks(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
