package org.typedipc.processor;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * How much the processor adds to a build: javac over 200 contracts of 10 channels each, with and
 * without the processor, alternating, several times. Measured twice: as a build tool runs it, one
 * fresh {@code javac} process per build; and inside one warmed-up JVM, which shows the compiler's
 * own work without start-up. A benchmark, not a test.
 *
 * <p>Run: {@code mvn -q -pl ipc-processor exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.typedipc.processor.JavacTimeBenchmark}.
 */
public final class JavacTimeBenchmark {
  private static final int CONTRACTS = 200;
  private static final int CHANNELS = 10;
  private static final int RUNS = 5;

  private JavacTimeBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("javac-bench");
    List<Path> sources = writeContracts(dir.resolve("src"));
    System.out.printf(Locale.ROOT, "java %s: %d contracts x %d channels (%d source files), %d runs each%n",
        System.getProperty("java.version"), CONTRACTS, CHANNELS, sources.size(), RUNS);
    compile(dir, sources, false);
    compile(dir, sources, true);
    long[] plain = new long[RUNS];
    long[] processed = new long[RUNS];
    long[] processorOnly = new long[RUNS];
    for (int run = 0; run < RUNS; run++) {
      plain[run] = compile(dir, sources, false);
      processed[run] = compile(dir, sources, true);
      processorOnly[run] = compile(dir, sources, null);
    }
    long[] plainProcess = new long[RUNS];
    long[] processedProcess = new long[RUNS];
    for (int run = 0; run < RUNS; run++) {
      plainProcess[run] = javacProcess(dir, sources, false);
      processedProcess[run] = javacProcess(dir, sources, true);
    }
    System.out.printf(Locale.ROOT, "one javac process per build:%n");
    System.out.printf(Locale.ROOT, "plain javac (-proc:none)        %8.0f ms%n", median(plainProcess) / 1e6);
    System.out.printf(Locale.ROOT, "javac with the processor        %8.0f ms%n", median(processedProcess) / 1e6);
    System.out.printf(Locale.ROOT, "ratio                           %8.2f%n%n", (double) median(processedProcess) / median(plainProcess));

    double plainMs = median(plain) / 1e6;
    double processedMs = median(processed) / 1e6;
    System.out.printf(Locale.ROOT, "inside one warmed-up JVM:%n");
    System.out.printf(Locale.ROOT, "plain javac (-proc:none)        %8.0f ms%n", plainMs);
    System.out.printf(Locale.ROOT, "javac with the processor        %8.0f ms (generates and compiles %d companions)%n",
        processedMs, CONTRACTS);
    System.out.printf(Locale.ROOT, "  of which the processor alone   %8.0f ms (-proc:only)%n", median(processorOnly) / 1e6);
    System.out.printf(Locale.ROOT, "ratio                           %8.2f%n", processedMs / plainMs);
  }

  private static List<Path> writeContracts(Path src) throws IOException {
    Path pkg = Files.createDirectories(src.resolve("bench"));
    List<Path> files = new ArrayList<>();
    for (int c = 0; c < CONTRACTS; c++) {
      StringBuilder b = new StringBuilder();
      b.append("package bench;\n\n")
          .append("import java.util.List;\nimport java.util.concurrent.CompletableFuture;\n")
          .append("import org.typedipc.api.IpcContract;\nimport org.typedipc.api.SendSync;\n\n")
          .append("@IpcContract\npublic interface Service").append(c).append(" {\n")
          .append("  record Item").append(c).append("(String name, int count, List<String> tags) {}\n\n");
      for (int m = 0; m < CHANNELS; m++) {
        switch (m % 3) {
          case 0:
            b.append("  CompletableFuture<Item").append(c).append("> get").append(m).append("(String id);\n");
            break;
          case 1:
            b.append("  void log").append(m).append("(String text, int level);\n");
            break;
          default:
            b.append("  @SendSync\n  int count").append(m).append("(Item").append(c).append(" item);\n");
            break;
        }
      }
      b.append("}\n");
      Path file = pkg.resolve("Service" + c + ".java");
      Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }

  /**
   * Compiles everything into a fresh directory; returns the wall time in nanoseconds. {@code
   * withProcessor} null runs the processor only, without compiling.
   */
  private static long compile(Path dir, List<Path> sources, Boolean withProcessor) throws IOException {
    Path out = Files.createTempDirectory(dir, "out");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>(List.of(
          "--release", "17",
          "-classpath", Sources.CLASSPATH.stream().map(File::getPath).collect(Collectors.joining(File.pathSeparator)),
          "-d", out.toString(),
          "-s", out.toString()));
      if (withProcessor == null) {
        options.add("-proc:only");
      } else if (!withProcessor) {
        options.add("-proc:none");
      }
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources));
      if (withProcessor == null || withProcessor) {
        task.setProcessors(List.of(new IpcProcessor()));
      }
      long start = System.nanoTime();
      boolean success = task.call();
      long elapsed = System.nanoTime() - start;
      if (!success) {
        throw new IllegalStateException("compilation failed: " + diagnostics.getDiagnostics());
      }
      return elapsed;
    }
  }

  /** Runs the JDK's {@code javac} as a new process, as a build does; returns the wall time. */
  private static long javacProcess(Path dir, List<Path> sources, boolean withProcessor) throws IOException {
    Path out = Files.createTempDirectory(dir, "out");
    Path argFile = dir.resolve("sources.txt");
    Files.write(argFile, sources.stream().map(Path::toString).collect(Collectors.toList()), StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "--release", "17",
        "-classpath", Sources.CLASSPATH.stream().map(File::getPath).collect(Collectors.joining(File.pathSeparator)),
        "-d", out.toString(),
        "-s", out.toString()));
    if (withProcessor) {
      command.add("-processorpath");
      command.add(Sources.location("org.typedipc.processor.IpcProcessor") + File.pathSeparator
          + Sources.location("com.palantir.javapoet.JavaFile"));
    } else {
      command.add("-proc:none");
    }
    command.add("@" + argFile);
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (process.waitFor() != 0) {
        throw new IllegalStateException("javac failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return System.nanoTime() - start;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
