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
import org.typedipc.runtime.MessageChannelMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.TransportKind;
import org.typedipc.samples.typed.bench.TypedBenchmark;

/**
 * Cross-process invoke latency in both directions (renderer → main and main → renderer),
 * allocation and one-way throughput, each next to the raw Unix-socket ping-pong floor measured in
 * the same run, with both processes on one CPU ({@code same}) and on different CPUs ({@code split})
 * when {@code taskset} is available. Each main → renderer row also shows its p50 over the renderer
 * → main row's above it, and so does each port row: round trips between two renderer processes
 * through a {@code MessageChannelMain} pair, which main routes.
 *
 * <p>Run: {@code mvn -q -Psample -DskipTests package
 * -Dsample.main=org.typedipc.samples/org.typedipc.samples.bench.CrossProcessBenchmark}; add {@code
 * -Dsample.args=--unix-64} for only the 64 B Unix-socket invokes next to their floor, {@code
 * -Dsample.args=--streams} for only 64 B Unix-socket throughput: a stream main → renderer, one-way
 * sends renderer → main, and the raw batched floor (length-prefixed frames written through a 64 KiB
 * buffer), and {@code --jfr} to measure every invoke row again while a flight recording with
 * typed-ipc's events runs.
 */
public final class CrossProcessBenchmark {
  private static final String MODULE = "org.typedipc.samples";
  private static final String UNIX_64 = "--unix-64";
  private static final String STREAMS = "--streams";
  private static final int THROUGHPUT_MESSAGES = 2_000_000;
  private static final String JFR = "--jfr";

  private final int[] sizes;
  private final List<TransportKind> transports;
  private final boolean everything;
  private final boolean streamsOnly;
  private final boolean jfr;

  private CrossProcessBenchmark(boolean everything, boolean streamsOnly, boolean jfr) {
    this.everything = everything;
    this.streamsOnly = streamsOnly;
    this.jfr = jfr;
    this.sizes = everything ? new int[] {64, 1024, 1 << 20} : new int[] {64};
    this.transports = everything ? List.of(TransportKind.values()) : List.of(TransportKind.UNIX_SOCKET);
  }

  public static void main(String[] args) throws Exception {
    List<String> options = new ArrayList<>();
    for (String arg : args) {
      options.addAll(List.of(arg.trim().split("\\s+"))); // -Dsample.args passes them as one
    }
    options.removeIf(String::isEmpty);
    boolean streamsOnly = options.remove(STREAMS);
    boolean everything = !options.remove(UNIX_64) && !streamsOnly;
    boolean jfr = options.remove(JFR);
    if (!options.isEmpty()) {
      throw new IllegalArgumentException("Unknown options " + options + "; the options are " + UNIX_64
          + " (only the 64 B Unix-socket invokes next to their floor), " + STREAMS
          + " (only 64 B Unix-socket stream and one-way throughput next to the raw batched floor) and " + JFR
          + " (each invoke row again during a flight recording).");
    }
    new CrossProcessBenchmark(everything, streamsOnly, jfr).runAll();
  }

  private void runAll() throws Exception {
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
    if (everything) {
      System.out.println();
      System.out.println("== in-process ==");
      TypedBenchmark.main(new String[0]);
    }
  }

  private void run(String placement, String mainCpu, String rendererCpu) throws Exception {
    if (mainCpu != null) {
      commandWorks("taskset", "-a", "-p", "-c", mainCpu, Long.toString(ProcessHandle.current().pid()));
    }
    String[] prefix = rendererCpu == null ? new String[0] : new String[] {"taskset", "-c", rendererCpu};
    System.out.printf(Locale.ROOT, "%n== placement %s (main on CPU %s, renderer on CPU %s) ==%n", placement,
        mainCpu == null ? "any" : mainCpu, rendererCpu == null ? "any" : rendererCpu);
    System.out.printf(Locale.ROOT, "%-40s %9s %9s %11s %11s %8s %12s %12s %8s%n", "case", "p50 µs", "p99 µs",
        "floor p50", "floor p99", "p50/flr", "R bytes/call", "M bytes/call", "M→R/R→M");
    if (everything || streamsOnly) {
      double frames = rawBatchedFloor(64, THROUGHPUT_MESSAGES, prefix);
      System.out.printf(Locale.ROOT, "%-40s %9s %9s %11s %11s %8s   %.2f M msg/s%n",
          "raw Unix socket batched one-way 64 B", "-", "-", "-", "-", "-", frames / 1e6);
    }
    double[][] floors = new double[sizes.length][];
    for (int s = 0; s < (streamsOnly ? 0 : sizes.length); s++) {
      floors[s] = rawFloor(sizes[s], calls(sizes[s]), prefix);
      System.out.printf(Locale.ROOT, "%-40s %9.2f %9.2f %11s %11s %8s %12s %12s %8s%n",
          "raw Unix socket ping-pong " + label(sizes[s]), floors[s][0], floors[s][1], "-", "-", "1.00", "-", "-", "-");
    }
    for (TransportKind transport : transports) {
      try (IpcMain main = IpcMain.create()) {
        AtomicLong oneWay = new AtomicLong();
        Typed.of(main).handle(ByteArrayCodec.ECHO, (event, bytes) -> bytes);
        Typed.of(main).on(ByteArrayCodec.ONE_WAY, (event, bytes) -> oneWay.incrementAndGet());
        main.handleStream("bench:stream", (event, a) -> new RepeatPublisher(new byte[(Integer) a[0]], (Integer) a[1]));
        Renderer renderer = launch(main, transport, prefix);
        pairWithEchoer(main, renderer, launch(main, transport, prefix));
        String name = transport.name().toLowerCase(Locale.ROOT);
        for (int s = 0; s < (streamsOnly ? 0 : sizes.length); s++) {
          int size = sizes[s];
          int calls = calls(size);
          for (boolean recording : jfr ? new boolean[] {false, true} : new boolean[] {false}) {
            try (FlightRecording flight = recording ? FlightRecording.start() : null) {
              String suffix = recording ? " JFR on" : "";
              Invokes toMain = measure(main, renderer, () -> ask(main, renderer, "invoke", size, calls), calls);
              printRow("invoke renderer→main " + name + " " + label(size) + suffix, toMain, floors[s], "-");
              byte[] payload = new byte[size];
              Invokes toRenderer = measure(main, renderer, () -> invokeRenderer(renderer, payload, calls), calls);
              printRow("invoke main→renderer " + name + " " + label(size) + suffix, toRenderer, floors[s],
                  String.format(Locale.ROOT, "%.2f", toRenderer.p50() / toMain.p50()));
              Invokes throughPort = measure(main, renderer, () -> ask(main, renderer, "port", size, calls), calls);
              printRow("port renderer↔renderer " + name + " " + label(size) + suffix, throughPort, floors[s],
                  String.format(Locale.ROOT, "%.2f", throughPort.p50() / toMain.p50()));
              if (flight != null) {
                System.out.printf(Locale.ROOT, "%-40s %d typed-ipc events recorded%n", "", flight.typedIpcEvents());
              }
            }
          }
        }
        if (everything || streamsOnly) {
          List<?> sends = ask(main, renderer, "one-way", 64, THROUGHPUT_MESSAGES);
          System.out.printf(Locale.ROOT, "%-40s %9s %9s %11s %11s %8s   %.2f M msg/s%n",
              "one-way send " + name + " 64 B", "-", "-", "-", "-", "-", ((Number) sends.get(0)).doubleValue() / 1e6);
          List<?> items = ask(main, renderer, "stream", 64, THROUGHPUT_MESSAGES);
          System.out.printf(Locale.ROOT, "%-40s %9s %9s %11s %11s %8s   %.2f M items/s%n",
              "stream main→renderer " + name + " 64 B", "-", "-", "-", "-", "-", ((Number) items.get(0)).doubleValue() / 1e6);
        }
        renderer.close();
      }
    }
  }

  /** Launches a bench renderer and waits until it is ready. */
  private static Renderer launch(IpcMain main, TransportKind transport, String[] prefix) throws Exception {
    CompletableFuture<Object> ready = new CompletableFuture<>();
    main.once("ready", (event, a) -> ready.complete(true));
    Renderer renderer = main.launch(RendererLaunch.module(MODULE, BenchRenderer.class.getName())
            .withTransport(transport).withCommandPrefix(prefix).withJvmOptions("-Xms256m", "-Xmx512m"))
        .get(30, TimeUnit.SECONDS);
    ready.get(30, TimeUnit.SECONDS);
    return renderer;
  }

  /**
   * Gives {@code pinger} and a second renderer, {@code echoer}, the two ends of a port pair: the
   * pinger measures round trips through it, renderer to renderer (through main, see PROTOCOL.md).
   */
  private static void pairWithEchoer(IpcMain main, Renderer pinger, Renderer echoer) throws Exception {
    MessageChannelMain channel = new MessageChannelMain();
    CompletableFuture<Object> pingerReady = new CompletableFuture<>();
    CompletableFuture<Object> echoerReady = new CompletableFuture<>();
    pinger.ipc().once("port-taken", (event, a) -> pingerReady.complete(true));
    echoer.ipc().once("port-taken", (event, a) -> echoerReady.complete(true));
    pinger.postMessage("port", "ping", List.of(channel.port1()));
    echoer.postMessage("port", "echo", List.of(channel.port2()));
    pingerReady.get(30, TimeUnit.SECONDS);
    echoerReady.get(30, TimeUnit.SECONDS);
  }

  /** p50 and p99 in µs and bytes allocated per call in the renderer and in main (all threads). */
  private record Invokes(double p50, double p99, double rendererBytes, double mainBytes) {}

  /** What a run of calls returns: its p50 and p99 in µs. */
  private interface Calls {
    List<?> run() throws Exception;
  }

  /** Runs {@code calls} (after a fifth as many warm-up calls) and counts both processes' allocation. */
  private static Invokes measure(IpcMain main, Renderer renderer, Calls calls, int count) throws Exception {
    double rendererBefore = rendererAllocated(main, renderer);
    long mainBefore = Stats.processAllocatedBytes();
    List<?> latency = calls.run();
    long mainAfter = Stats.processAllocatedBytes();
    double rendererAfter = rendererAllocated(main, renderer);
    double callsMade = warmup(count) + count;
    return new Invokes(((Number) latency.get(0)).doubleValue(), ((Number) latency.get(1)).doubleValue(),
        (rendererAfter - rendererBefore) / callsMade, (mainAfter - mainBefore) / callsMade);
  }

  private static double rendererAllocated(IpcMain main, Renderer renderer) throws Exception {
    return ((Number) ask(main, renderer, "allocated", 0, 0).get(0)).doubleValue();
  }

  /** Sequential main → renderer invokes from this thread: p50 and p99 in µs. */
  private static List<Double> invokeRenderer(Renderer renderer, byte[] payload, int count) {
    for (int i = 0; i < warmup(count); i++) {
      Typed.of(renderer).invoke(ByteArrayCodec.ECHO, payload).join();
    }
    long[] nanos = new long[count];
    for (int i = 0; i < count; i++) {
      long start = System.nanoTime();
      Typed.of(renderer).invoke(ByteArrayCodec.ECHO, payload).join();
      nanos[i] = System.nanoTime() - start;
    }
    return List.of(Stats.percentileMicros(nanos, count, 50), Stats.percentileMicros(nanos, count, 99));
  }

  private static void printRow(String name, Invokes invokes, double[] floor, String ratio) {
    System.out.printf(Locale.ROOT, "%-40s %9.2f %9.2f %11.2f %11.2f %8.2f %12.0f %12.0f %8s%n", name, invokes.p50(),
        invokes.p99(), floor[0], floor[1], invokes.p50() / floor[0], invokes.rendererBytes(), invokes.mainBytes(), ratio);
  }

  /** Warm-up calls before {@code count} measured ones, the same in both processes. */
  static int warmup(int count) {
    return Math.max(2000, count / 5);
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
      // The figures are the child's last line: JVM options such as a flight recording may print first.
      List<String> lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).lines().toList();
      process.waitFor(60, TimeUnit.SECONDS);
      String[] parts = lines.get(lines.size() - 1).trim().split(" ");
      return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
    } finally {
      Files.deleteIfExists(socket);
      Files.deleteIfExists(directory);
    }
  }

  /** Runs the raw batched child against a counting server here; returns frames per second. */
  private static double rawBatchedFloor(int size, int count, String[] prefix) throws Exception {
    Path directory = Files.createTempDirectory("tipc-bench");
    Path socket = directory.resolve("batched.sock");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));
      Thread counter = new Thread(() -> countAndAck(server, (long) count * (4 + size)), "raw-counter");
      counter.setDaemon(true);
      counter.start();
      List<String> command = RendererLaunch.module(MODULE, BenchRenderer.class.getName())
          .withArgs("raw-batched", socket.toString(), Integer.toString(size), Integer.toString(count))
          .withCommandPrefix(prefix).withJvmOptions("-Xms256m", "-Xmx512m").command();
      Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      List<String> lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).lines().toList();
      process.waitFor(60, TimeUnit.SECONDS);
      return Double.parseDouble(lines.get(lines.size() - 1).trim());
    } finally {
      Files.deleteIfExists(socket);
      Files.deleteIfExists(directory);
    }
  }

  /** Reads {@code bytes} bytes, then writes one byte back. */
  private static void countAndAck(ServerSocketChannel server, long bytes) {
    try (SocketChannel channel = server.accept()) {
      ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
      long read = 0;
      while (read < bytes) {
        buffer.clear();
        int n = channel.read(buffer);
        if (n < 0) {
          return;
        }
        read += n;
      }
      channel.write(ByteBuffer.wrap(new byte[] {1}));
    } catch (IOException e) {
      // the child finished
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
