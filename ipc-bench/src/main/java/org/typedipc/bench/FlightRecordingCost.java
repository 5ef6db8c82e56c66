package org.typedipc.bench;

import java.util.List;
import java.util.Locale;
import org.typedipc.bench.FlightRecording.State;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.Renderer;

/**
 * What flight recording costs the invoke and port rows, as {@code --jfr} measures it: in each round
 * every {@link State} in turn (the order rotating from round to round), with main and both bench
 * renderers recording alike, as a user who records would; each row's p50 per state is the median of
 * its rounds, and each cost the median of the rounds' ratios, so that load which drifts during the
 * run falls on all states alike. Bytes allocated per call (renderer and main, all threads) are shown
 * per state.
 */
final class FlightRecordingCost {
  /** The target: typed-ipc's events on cost at most this over the JDK's default recording alone. */
  private static final double TARGET = 1.05;
  private static final int ROUNDS = 9;
  private static final State[] STATES = State.values();

  private final IpcMain main;
  private final Renderer renderer;
  private final Renderer echoer;
  private FlightRecording mainRecording;

  /** Measures calls from {@code renderer}, to it, and through its port to {@code echoer}. */
  FlightRecordingCost(IpcMain main, Renderer renderer, Renderer echoer) {
    this.main = main;
    this.renderer = renderer;
    this.echoer = echoer;
  }

  /** Measures the rows of {@code size} bytes and prints them, each named after {@code transport}. */
  void measureAndPrint(String transport, int size) throws Exception {
    // Fewer calls per row than the main table (6,000 at 64 B), as each row runs 3 × ROUNDS times.
    int calls = CrossProcessBenchmark.calls(size) * 3 / 10;
    Workload workload = new Workload(size, calls / 3, calls, 1);
    String[] rows = {"invoke renderer→main", "invoke main→renderer", "port renderer↔renderer"};
    double[][][] p50 = new double[rows.length][STATES.length][ROUNDS];
    double[][][] bytes = new double[rows.length][STATES.length][ROUNDS];
    long[][] events = new long[STATES.length][3];
    for (int round = 0; round < ROUNDS; round++) {
      for (int i = 0; i < STATES.length; i++) {
        State state = STATES[(round + i) % STATES.length];
        recordEverywhere(state);
        for (int r = 0; r < rows.length; r++) {
          Children.Invokes measured = measure(r, workload);
          p50[r][state.ordinal()][round] = measured.p50();
          bytes[r][state.ordinal()][round] = measured.rendererBytes() + measured.mainBytes();
        }
        long[] recorded = recordEverywhere(State.NONE);
        for (int process = 0; process < recorded.length; process++) {
          events[state.ordinal()][process] += recorded[process];
        }
      }
    }
    System.out.printf(Locale.ROOT, "%n%-40s %9s %9s %9s %9s %9s %7s %21s%n", "flight recording, " + ROUNDS + " alternating rounds",
        "none p50", "dflt p50", "evts p50", "dflt/none", "evts/dflt", "≤ " + TARGET, "R+M bytes/call n/d/e");
    for (int r = 0; r < rows.length; r++) {
      double eventsCost = medianRatio(p50[r][State.EVENTS.ordinal()], p50[r][State.DEFAULT.ordinal()]);
      System.out.printf(Locale.ROOT, "%-40s %9.2f %9.2f %9.2f %9.3f %9.3f %7s %21s%n",
          rows[r] + " " + transport + " " + CrossProcessBenchmark.label(size),
          Stats.median(p50[r][State.NONE.ordinal()]), Stats.median(p50[r][State.DEFAULT.ordinal()]),
          Stats.median(p50[r][State.EVENTS.ordinal()]), medianRatio(p50[r][State.DEFAULT.ordinal()], p50[r][State.NONE.ordinal()]),
          eventsCost, eventsCost <= TARGET ? "met" : "MISSED", String.format(Locale.ROOT, "%.0f / %.0f / %.0f",
              Stats.median(bytes[r][0]), Stats.median(bytes[r][1]), Stats.median(bytes[r][2])));
    }
    for (State state : List.of(State.DEFAULT, State.EVENTS)) {
      long[] counted = events[state.ordinal()];
      System.out.printf(Locale.ROOT, "%-40s typed-ipc events recorded per round: main %d, renderer %d, echoer %d%n",
          "  " + state.name().toLowerCase(Locale.ROOT), counted[0] / ROUNDS, counted[1] / ROUNDS, counted[2] / ROUNDS);
    }
  }

  private Children.Invokes measure(int row, Workload workload) throws Exception {
    return Children.measure(main, renderer, workload, () -> switch (row) {
      case 0 -> Children.ask(main, renderer, workload.command("invoke"));
      case 1 -> CrossProcessBenchmark.invokeRenderer(renderer, workload);
      default -> Children.ask(main, renderer, workload.command("port"));
    });
  }

  /** Ends the recordings of main and both renderers and starts theirs in {@code state}: the typed-ipc events each ended one held. */
  private long[] recordEverywhere(State state) throws Exception {
    long[] events = new long[3];
    events[0] = mainRecording == null ? 0 : stopMain();
    mainRecording = FlightRecording.start(state);
    List<Renderer> renderers = List.of(renderer, echoer);
    for (int i = 0; i < renderers.size(); i++) {
      events[i + 1] = ((Number) Children.ask(main, renderers.get(i), List.of("record", state.name())).get(0)).longValue();
    }
    return events;
  }

  private long stopMain() throws Exception {
    try (FlightRecording ended = mainRecording) {
      mainRecording = null;
      return ended.typedIpcEvents();
    }
  }

  /** The median of the rounds' {@code over[i] / under[i]}. */
  private static double medianRatio(double[] over, double[] under) {
    double[] ratios = new double[over.length];
    for (int i = 0; i < over.length; i++) {
      ratios[i] = over[i] / under[i];
    }
    return Stats.median(ratios);
  }
}
