package org.typedipc.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.TransportKind;

/**
 * How the benchmarks start their other processes (bench renderers, raw-floor clients, gRPC and
 * RMI peers): all from this JVM's class path, behind {@code prefix} (a {@code taskset} that pins
 * them, or nothing), with their standard error appended to {@code errors} or, when it is null,
 * shown on this process's.
 */
record Children(String[] prefix, Path errors) {
  private static final String[] HEAP = {"-Xms256m", "-Xmx512m"};

  /** The command that runs {@code mainClass} with {@code args} in a child JVM. */
  List<String> command(Class<?> mainClass, String... args) {
    return command(List.of(), mainClass, args);
  }

  /** The same, with more JVM options. */
  List<String> command(List<String> jvmOptions, Class<?> mainClass, String... args) {
    List<String> options = new ArrayList<>(List.of(HEAP));
    options.addAll(jvmOptions);
    return RendererLaunch.mainClass(mainClass.getName()).withArgs(args).withCommandPrefix(prefix)
        .withJvmOptions(options.toArray(String[]::new)).command();
  }

  /** Starts {@code command}, its standard error where this says. */
  Process start(List<String> command) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.redirectError(errors == null ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.appendTo(errors.toFile()));
    return builder.start();
  }

  /** Runs {@code command} to its end and returns the last line it printed (JVM options such as a flight recording may print first). */
  String lastLine(List<String> command) throws Exception {
    Process process = start(command);
    List<String> lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).lines().toList();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || lines.isEmpty()) {
      process.destroyForcibly();
      throw new IllegalStateException("The benchmark child " + command + " failed (exit "
          + (process.isAlive() ? "none" : process.exitValue()) + "); its standard error went to " + where());
    }
    return lines.get(lines.size() - 1).trim();
  }

  /** Launches a bench renderer over {@code transport} and waits until it is ready. */
  Renderer launchRenderer(IpcMain main, TransportKind transport) throws Exception {
    CompletableFuture<Object> ready = new CompletableFuture<>();
    main.once("ready", (event, a) -> ready.complete(true));
    RendererLaunch launch = RendererLaunch.mainClass(BenchRenderer.class.getName())
        .withTransport(transport).withCommandPrefix(prefix).withJvmOptions(HEAP);
    Renderer renderer = main.launch(errors == null ? launch : launch.withErrorOutput(errors)).get(30, TimeUnit.SECONDS);
    ready.get(30, TimeUnit.SECONDS);
    return renderer;
  }

  /** Asks a bench renderer to run {@code command} (see {@link BenchRenderer}) and waits for its result. */
  static List<?> ask(IpcMain main, Renderer renderer, List<Object> command) throws Exception {
    CompletableFuture<List<?>> result = new CompletableFuture<>();
    main.once("result", (event, a) -> result.complete((List<?>) a[0]));
    renderer.send("bench", command);
    return result.get(300, TimeUnit.SECONDS);
  }

  /** p50 and p99 in µs and bytes allocated per call in the renderer and in main (all threads). */
  record Invokes(double p50, double p99, double rendererBytes, double mainBytes) {}

  /** What a run of calls returns: its p50 and p99 in µs. */
  interface Calls {
    List<?> run() throws Exception;
  }

  /** Runs {@code calls}, which make {@code workload}'s calls, and counts both processes' allocation. */
  static Invokes measure(IpcMain main, Renderer renderer, Workload workload, Calls calls) throws Exception {
    double rendererBefore = rendererAllocated(main, renderer);
    long mainBefore = Stats.processAllocatedBytes();
    List<?> latency = calls.run();
    long mainAfter = Stats.processAllocatedBytes();
    double rendererAfter = rendererAllocated(main, renderer);
    double callsMade = workload.total();
    return new Invokes(((Number) latency.get(0)).doubleValue(), ((Number) latency.get(1)).doubleValue(),
        (rendererAfter - rendererBefore) / callsMade, (mainAfter - mainBefore) / callsMade);
  }

  private static double rendererAllocated(IpcMain main, Renderer renderer) throws Exception {
    return ((Number) ask(main, renderer, new Workload(0, 0, 0, 1).command("allocated")).get(0)).doubleValue();
  }

  /** Where the children's standard error goes, for a failure's message. */
  String where() {
    return errors == null ? "this process's standard error" : errors.toString();
  }

  /** Whether {@code command} runs and exits with 0, e.g. to learn whether {@code taskset} can pin. */
  static boolean commandWorks(String... command) {
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
