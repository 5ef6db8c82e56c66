package org.typedipc.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.typedipc.bench.Children.Invokes;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.MessageChannelMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.spi.Typed;

/**
 * Cross-process invoke latency in both directions (renderer → main and main → renderer),
 * allocation and one-way throughput, each next to the raw Unix-socket ping-pong floor measured in
 * the same run, with both processes on one CPU ({@code same}) and on different CPUs ({@code split})
 * when {@code taskset} is available. Each main → renderer row also shows its p50 over the renderer
 * → main row's above it, and so does each port row: round trips between two renderer processes
 * through a {@code MessageChannelMain} pair, which main routes.
 *
 * <p>Run: {@code mvn -q -pl ipc-bench -am -Pbench -DskipTests verify
 * -Dbench.main=org.typedipc.bench.CrossProcessBenchmark}; add {@code
 * -Dbench.args=--unix-64} for only the 64 B Unix-socket invokes next to their floor, {@code
 * -Dbench.args=--streams} for only 64 B Unix-socket throughput: a stream main → renderer, one-way
 * sends renderer → main, and the raw batched floor (length-prefixed frames written through a 64 KiB
 * buffer), {@code -Dbench.args=--bulk} for the 1 MiB Unix-socket invoke next to its floor and the
 * throughput rows of {@code --streams}, and {@code --jfr} to measure every invoke and port row again
 * in alternating rounds without a flight recording, with the JDK's default one, and with that and
 * typed-ipc's events (see {@link FlightRecordingCost}).
 */
public final class CrossProcessBenchmark {
  private static final String UNIX_64 = "--unix-64";
  private static final String STREAMS = "--streams";
  private static final String BULK = "--bulk";
  private static final int THROUGHPUT_MESSAGES = 2_000_000;
  private static final String JFR = "--jfr";

  private final int[] sizes;
  private final List<TransportKind> transports;
  private final boolean everything;
  private final boolean streamsOnly;
  private final boolean bulk;
  private final boolean jfr;

  private CrossProcessBenchmark(boolean everything, boolean streamsOnly, boolean bulk, boolean jfr) {
    this.everything = everything;
    this.streamsOnly = streamsOnly;
    this.bulk = bulk;
    this.jfr = jfr;
    this.sizes = everything ? new int[] {64, 1024, 1 << 20} : bulk ? new int[] {1 << 20} : new int[] {64};
    this.transports = everything ? List.of(TransportKind.values()) : List.of(TransportKind.UNIX_SOCKET);
  }

  public static void main(String[] args) throws Exception {
    List<String> options = new ArrayList<>();
    for (String arg : args) {
      options.addAll(List.of(arg.trim().split("\\s+"))); // a launcher may pass them as one
    }
    options.removeIf(String::isEmpty);
    boolean streamsOnly = options.remove(STREAMS);
    boolean bulk = options.remove(BULK);
    boolean everything = !options.remove(UNIX_64) && !streamsOnly && !bulk;
    boolean jfr = options.remove(JFR);
    if (!options.isEmpty()) {
      throw new IllegalArgumentException("Unknown options " + options + "; the options are " + UNIX_64
          + " (only the 64 B Unix-socket invokes next to their floor), " + STREAMS
          + " (only 64 B Unix-socket stream and one-way throughput next to the raw batched floor), " + BULK
          + " (the 1 MiB Unix-socket invoke next to its floor, and the throughput rows) and " + JFR
          + " (each invoke and port row again without a flight recording, with the JDK's default one, and with"
          + " typed-ipc's events too).");
    }
    new CrossProcessBenchmark(everything, streamsOnly, bulk, jfr).runAll();
  }

  private void runAll() throws Exception {
    boolean pinning = Children.commandWorks("taskset", "-c", "0", "true");
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
      Children.commandWorks("taskset", "-a", "-p", "-c", mainCpu, Long.toString(ProcessHandle.current().pid()));
    }
    String[] prefix = rendererCpu == null ? new String[0] : new String[] {"taskset", "-c", rendererCpu};
    Children children = new Children(prefix, null);
    RawFloors raw = new RawFloors(children);
    System.out.printf(Locale.ROOT, "%n== placement %s (main on CPU %s, renderer on CPU %s) ==%n", placement,
        mainCpu == null ? "any" : mainCpu, rendererCpu == null ? "any" : rendererCpu);
    System.out.printf(Locale.ROOT, "%-40s %9s %9s %11s %11s %8s %12s %12s %8s%n", "case", "p50 µs", "p99 µs",
        "floor p50", "floor p99", "p50/flr", "R bytes/call", "M bytes/call", "M→R/R→M");
    if (everything || streamsOnly || bulk) {
      double frames = raw.batched(new Workload(64, 0, THROUGHPUT_MESSAGES, 1));
      System.out.printf(Locale.ROOT, "%-40s %9s %9s %11s %11s %8s   %.2f M msg/s%n",
          "raw Unix socket batched one-way 64 B", "-", "-", "-", "-", "-", frames / 1e6);
    }
    double[][] floors = new double[sizes.length][];
    for (int s = 0; s < (streamsOnly ? 0 : sizes.length); s++) {
      floors[s] = raw.unixSocket(Workload.single(sizes[s], calls(sizes[s])));
      System.out.printf(Locale.ROOT, "%-40s %9.2f %9.2f %11s %11s %8s %12s %12s %8s%n",
          "raw Unix socket ping-pong " + label(sizes[s]), floors[s][0], floors[s][1], "-", "-", "1.00", "-", "-", "-");
    }
    for (TransportKind transport : transports) {
      try (IpcMain main = IpcMain.create()) {
        AtomicLong oneWay = new AtomicLong();
        Typed.of(main).handle(ByteArrayCodec.ECHO, (event, bytes) -> bytes);
        Typed.of(main).on(ByteArrayCodec.ONE_WAY, (event, bytes) -> oneWay.incrementAndGet());
        main.handleStream("bench:stream", (event, a) -> new RepeatPublisher(new byte[(Integer) a[0]], (Integer) a[1]));
        Renderer renderer = children.launchRenderer(main, transport);
        Renderer echoer = children.launchRenderer(main, transport);
        pairWithEchoer(main, renderer, echoer);
        String name = transport.name().toLowerCase(Locale.ROOT);
        for (int s = 0; s < (streamsOnly ? 0 : sizes.length); s++) {
          int size = sizes[s];
          Workload workload = Workload.single(size, calls(size));
          Invokes toMain = Children.measure(main, renderer, workload, () -> Children.ask(main, renderer, workload.command("invoke")));
          printRow("invoke renderer→main " + name + " " + label(size), toMain, floors[s], "-");
          Invokes toRenderer = Children.measure(main, renderer, workload, () -> invokeRenderer(renderer, workload));
          printRow("invoke main→renderer " + name + " " + label(size), toRenderer, floors[s],
              String.format(Locale.ROOT, "%.2f", toRenderer.p50() / toMain.p50()));
          Invokes throughPort = Children.measure(main, renderer, workload, () -> Children.ask(main, renderer, workload.command("port")));
          printRow("port renderer↔renderer " + name + " " + label(size), throughPort, floors[s],
              String.format(Locale.ROOT, "%.2f", throughPort.p50() / toMain.p50()));
        }
        if (jfr) {
          for (int size : sizes) {
            new FlightRecordingCost(main, renderer, echoer).measureAndPrint(name, size);
          }
        }
        if (everything || streamsOnly || bulk) {
          Workload messages = new Workload(64, THROUGHPUT_MESSAGES / 10, THROUGHPUT_MESSAGES, 1);
          List<?> sends = Children.ask(main, renderer, messages.command("one-way"));
          System.out.printf(Locale.ROOT, "%-40s %9s %9s %11s %11s %8s   %.2f M msg/s%n",
              "one-way send " + name + " 64 B", "-", "-", "-", "-", "-", ((Number) sends.get(0)).doubleValue() / 1e6);
          List<?> items = Children.ask(main, renderer, messages.command("stream"));
          System.out.printf(Locale.ROOT, "%-40s %9s %9s %11s %11s %8s   %.2f M items/s%n",
              "stream main→renderer " + name + " 64 B", "-", "-", "-", "-", "-", ((Number) items.get(0)).doubleValue() / 1e6);
        }
        renderer.close();
      }
    }
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

  /** Sequential main → renderer invokes from this thread: p50 and p99 in µs. */
  static List<Double> invokeRenderer(Renderer renderer, Workload workload) throws Exception {
    byte[] payload = new byte[workload.size()];
    double[] latency = Stats.sequential(workload.warmup(), workload.count(), workload.rounds(),
        () -> Typed.of(renderer).invoke(ByteArrayCodec.ECHO, payload).join());
    return List.of(latency[0], latency[1]);
  }

  private static void printRow(String name, Invokes invokes, double[] floor, String ratio) {
    System.out.printf(Locale.ROOT, "%-40s %9.2f %9.2f %11.2f %11.2f %8.2f %12.0f %12.0f %8s%n", name, invokes.p50(),
        invokes.p99(), floor[0], floor[1], invokes.p50() / floor[0], invokes.rendererBytes(), invokes.mainBytes(), ratio);
  }

  static int calls(int size) {
    return size >= (1 << 20) ? 300 : 20_000;
  }

  static String label(int size) {
    return size >= (1 << 20) ? (size >> 20) + " MiB" : size >= 1024 ? (size >> 10) + " KiB" : size + " B";
  }
}
