package org.typedipc.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.typedipc.bench.Children.Invokes;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.spi.Typed;

/**
 * One table, one run, one method: typed-ipc's cross-process rows next to their raw floors and to
 * gRPC-java and Java RMI doing the same echo, each row with the performance issue's target beside
 * it. Every latency row is sequential echoes from one process to another (after a warm-up, p50 and
 * p99 per round, medians over the rounds); every peer, raw client and renderer is a separate JVM,
 * and with {@code taskset} all of them and this process share CPU 0.
 *
 * <p>Run: {@code mvn -q -pl ipc-bench -am -Pbench -DskipTests verify}; {@code -Dbench.args=--quick}
 * runs a few hundred calls of each row only, to see that every row works (its figures mean
 * nothing), and {@code --unpinned} leaves the processes wherever the scheduler puts them.
 */
public final class ComparisonTable {
  private static final int KIB = 1024;
  private static final int MIB = 1 << 20;

  /** How much each row runs. */
  record Effort(int calls, int largeCalls, int messages, int rounds) {
    static final Effort FULL = new Effort(20_000, 300, 2_000_000, 5);
    static final Effort QUICK = new Effort(200, 10, 20_000, 1);

    /** Sequential calls of {@code size} bytes: a fifth as many warm-up calls as measured ones, at least 2,000 (or all, for quick runs). */
    Workload calls(int size) {
      int count = size >= MIB ? largeCalls : calls;
      int warmup = this == QUICK ? count : Math.max(size >= MIB ? count : 2000, count / 5);
      return new Workload(size, warmup, count, rounds);
    }

    /** One-way messages of {@code size} bytes, after a tenth as many. */
    Workload messages(int size) {
      return new Workload(size, messages / 10, messages, rounds);
    }
  }

  /**
   * One line of the table. {@code value} is a p50 in µs, a rate in messages per second ({@code
   * perSecond}) or bytes per call; {@code against} is what the ratio divides it by (0 for none).
   * The row meets its target when what it checks ({@code value} when {@code absolute}, else the
   * ratio) is at most {@code atMost}, or at least {@code atLeast} (0 for no bound).
   */
  record Row(String name, double value, double p99, boolean perSecond, double against, String againstName,
      boolean absolute, double atMost, double atLeast, String target) {
    static Row floor(String name, double[] latency) {
      return new Row(name, latency[0], latency[1], false, 0, "", false, 0, 0, "");
    }

    double ratio() {
      return against == 0 ? Double.NaN : value / against;
    }

    /** "yes", "no", or empty when the row has no target. */
    String met() {
      double checked = absolute ? value : ratio();
      if (atMost > 0) {
        return checked <= atMost ? "yes" : "no";
      }
      if (atLeast > 0) {
        return checked >= atLeast ? "yes" : "no";
      }
      return "";
    }
  }

  private final Effort effort;
  private final Children children;
  private final RawFloors raw;

  ComparisonTable(Effort effort, Children children) {
    this.effort = effort;
    this.children = children;
    this.raw = new RawFloors(children);
  }

  public static void main(String[] args) throws Exception {
    List<String> options = new ArrayList<>(List.of(args));
    options.removeIf(String::isBlank);
    boolean quick = options.remove("--quick");
    boolean unpinned = options.remove("--unpinned");
    if (!options.isEmpty()) {
      throw new IllegalArgumentException("Unknown options " + options
          + "; the options are --quick (a few hundred calls per row, to check that every row runs) and --unpinned (no taskset).");
    }
    int cpus = Runtime.getRuntime().availableProcessors(); // before pinning, which makes it 1
    boolean pinned = !unpinned && Children.commandWorks("taskset", "-c", "0", "true")
        && Children.commandWorks("taskset", "-a", "-p", "-c", "0", Long.toString(ProcessHandle.current().pid()));
    Effort effort = quick ? Effort.QUICK : Effort.FULL;
    System.out.printf(Locale.ROOT, "java %s, %d CPUs, %s, %s, %d rounds per row%n", System.getProperty("java.version"), cpus,
        pinned ? "pinned: this process and every peer on CPU 0 (taskset)" : "not pinned" + (unpinned ? "" : ": taskset is not available"),
        quick ? "QUICK run: the figures mean nothing" : "full run", effort.rounds());
    String[] prefix = pinned ? new String[] {"taskset", "-c", "0"} : new String[0];
    print(new ComparisonTable(effort, new Children(prefix, null)).rows(), System.out);
  }

  /** Measures every row, in table order, each next to its floor. */
  List<Row> rows() throws Exception {
    List<Row> rows = new ArrayList<>();
    Row unixFloor = Row.floor("raw Unix socket ping-pong, 64 B", raw.unixSocket(effort.calls(64)));
    rows.add(unixFloor);
    Row unixInvoke;
    try (Session unix = new Session(TransportKind.UNIX_SOCKET)) {
      Workload small = effort.calls(64);
      Invokes invokes = Children.measure(unix.main, unix.renderer, small, () -> Children.ask(unix.main, unix.renderer, small.command("invoke")));
      unixInvoke = invoke("typed-ipc invoke, Unix socket, 64 B", new double[] {invokes.p50(), invokes.p99()}, unixFloor);
      rows.add(unixInvoke);
      rows.add(allocated("renderer", invokes.rendererBytes()));
      rows.add(allocated("main", invokes.mainBytes()));
      for (int size : new int[] {KIB, MIB}) {
        Row floor = Row.floor("raw Unix socket ping-pong, " + CrossProcessBenchmark.label(size), raw.unixSocket(effort.calls(size)));
        rows.add(floor);
        rows.add(invoke("typed-ipc invoke, Unix socket, " + CrossProcessBenchmark.label(size), unix.invoke(effort.calls(size)), floor));
      }
      double batched = raw.batched(effort.messages(64));
      rows.add(new Row("raw Unix socket batched writes, 64 B", batched, Double.NaN, true, 0, "", false, 0, 0, ""));
      double sends = ((Number) Children.ask(unix.main, unix.renderer, effort.messages(64).command("one-way")).get(0)).doubleValue();
      rows.add(new Row("typed-ipc one-way send, Unix socket, 64 B", sends, Double.NaN, true, batched, "raw batched", true, 0, 10e6,
          "≥ 10 M msg/s"));
    }
    Row tcpFloor = Row.floor("raw TCP ping-pong, 64 B", raw.tcp(effort.calls(64)));
    rows.add(tcpFloor);
    Row tcpInvoke;
    try (Session tcp = new Session(TransportKind.TCP)) {
      tcpInvoke = invoke("typed-ipc invoke, TCP, 64 B", tcp.invoke(effort.calls(64)), tcpFloor);
      rows.add(tcpInvoke);
    }
    Row pipeFloor = Row.floor("raw pipe ping-pong, 64 B", raw.pipe(effort.calls(64)));
    rows.add(pipeFloor);
    try (Session stdio = new Session(TransportKind.STDIO)) {
      rows.add(invoke("typed-ipc invoke, stdio, 64 B", stdio.invoke(effort.calls(64)), pipeFloor));
    }
    try (GrpcEcho.Peer grpc = GrpcEcho.start(children)) {
      rows.add(peer("gRPC-java unary, Unix socket, 64 B", grpc.measure(GrpcEcho.Route.UNIX_SOCKET, effort.calls(64)), unixInvoke, 8));
      rows.add(peer("gRPC-java unary, Unix socket, direct executor, 64 B", grpc.measure(GrpcEcho.Route.UNIX_SOCKET_DIRECT, effort.calls(64)),
          unixInvoke, 8));
      rows.add(peer("gRPC-java unary, TCP, 64 B", grpc.measure(GrpcEcho.Route.TCP, effort.calls(64)), tcpInvoke, 8));
    }
    rows.add(peer("Java RMI echo(byte[]), TCP, 64 B", RmiPeer.measure(children, effort.calls(64)), unixInvoke, 2));
    return rows;
  }

  private static Row invoke(String name, double[] latency, Row floor) {
    return new Row(name, latency[0], latency[1], false, floor.value(), "raw floor", false, 1.3, 0, "≤ 1.3× floor");
  }

  /** Bytes allocated per 64 B invoke, every thread of one process counted, warm-up calls included. */
  private static Row allocated(String side, double bytes) {
    return new Row("  allocated per invoke in " + side + ", B/op", bytes, Double.NaN, false, 0, "", true, 256, 0, "≤ 256 B/op");
  }

  /** A peer's row: its ratio says how many times typed-ipc's {@code typed} row is faster. */
  private static Row peer(String name, double[] latency, Row typed, double times) {
    String transport = typed.name().contains("TCP") ? "TCP" : "Unix";
    return new Row(name, latency[0], latency[1], false, typed.value(), "typed-ipc " + transport, false, 0, times,
        String.format(Locale.ROOT, "≥ %.0f× typed-ipc", times));
  }

  /** main with a bench renderer over one transport, each echoing the other; closes both. */
  private final class Session implements AutoCloseable {
    final IpcMain main = IpcMain.create();
    final Renderer renderer;

    Session(TransportKind transport) throws Exception {
      AtomicLong received = new AtomicLong();
      Typed.of(main).handle(ByteArrayCodec.ECHO, (event, bytes) -> bytes);
      Typed.of(main).on(ByteArrayCodec.ONE_WAY, (event, bytes) -> received.incrementAndGet());
      renderer = children.launchRenderer(main, transport);
    }

    /** The renderer's sequential invokes of main: p50 and p99 in µs. */
    double[] invoke(Workload workload) throws Exception {
      List<?> latency = Children.ask(main, renderer, workload.command("invoke"));
      return new double[] {((Number) latency.get(0)).doubleValue(), ((Number) latency.get(1)).doubleValue()};
    }

    @Override
    public void close() {
      renderer.close();
      main.close();
    }
  }

  /** Prints {@code rows} as one table. */
  static void print(List<Row> rows, PrintStream out) {
    String format = "%-52s %13s %9s %13s %-14s %7s  %-17s %s%n";
    out.printf(Locale.ROOT, format, "row", "p50 µs", "p99 µs", "against", "", "ratio", "target", "met");
    for (Row row : rows) {
      String value = row.perSecond() ? String.format(Locale.ROOT, "%.2f M msg/s", row.value() / 1e6)
          : String.format(Locale.ROOT, row.absolute() ? "%.0f" : "%.2f", row.value());
      String p99 = Double.isNaN(row.p99()) ? "" : String.format(Locale.ROOT, "%.2f", row.p99());
      String against = row.against() == 0 ? "" : row.perSecond() ? String.format(Locale.ROOT, "%.2f M msg/s", row.against() / 1e6)
          : String.format(Locale.ROOT, "%.2f", row.against());
      String ratio = Double.isNaN(row.ratio()) ? "" : String.format(Locale.ROOT, "%.2f", row.ratio());
      out.printf(Locale.ROOT, format, row.name(), value, p99, against, row.againstName(), ratio, row.target(), row.met());
    }
  }

  /** For the smoke test: the whole table with {@link Effort#QUICK}, unpinned, children's errors appended to {@code errors}. */
  static List<Row> quickRows(Path errors) throws Exception {
    return new ComparisonTable(Effort.QUICK, new Children(new String[0], errors)).rows();
  }
}
