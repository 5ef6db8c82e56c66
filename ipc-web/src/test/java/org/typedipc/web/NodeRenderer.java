package org.typedipc.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.typedipc.runtime.IpcEndpoint;

/** A TypeScript conformance renderer, run by Node with its output captured in a file. */
final class NodeRenderer implements AutoCloseable {
  /** The string-channel renderer. */
  static final Path BUILT = Path.of("ts", "build-test", "conformance", "renderer.js").toAbsolutePath();
  /** The renderer that runs the string-channel behaviours main asks for, step by step. */
  static final Path BEHAVIOURS = Path.of("ts", "build-test", "conformance", "behaviours.js").toAbsolutePath();
  /** The renderer that reads main's streams and produces streams main reads. */
  static final Path STREAMS = Path.of("ts", "build-test", "conformance", "streams.js").toAbsolutePath();
  /** The renderer that holds ports main posts to it. */
  static final Path PORTS = Path.of("ts", "build-test", "conformance", "ports.js").toAbsolutePath();
  /** The renderer that speaks the generated bindings of {@code org.typedipc.web.typed.Shop}. */
  static final Path TYPED = Path.of("ts", "build-test", "conformance", "typed-renderer.js").toAbsolutePath();
  /** The renderer that speaks the bindings of {@code org.typedipc.web.pricing.Prices}, with its own codec of Money. */
  static final Path PRICING = Path.of("ts", "build-test", "conformance", "pricing-renderer.js").toAbsolutePath();

  private final Process process;
  private final Path output;

  private NodeRenderer(Process process, Path output) {
    this.process = process;
    this.output = output;
  }

  static NodeRenderer start(IpcEndpoint endpoint, Path workDir) throws IOException {
    return start(BUILT, endpoint, workDir);
  }

  /** Starts {@code script} with main's socket URL, the secret and {@code arguments}. */
  static NodeRenderer start(Path script, IpcEndpoint endpoint, Path workDir, String... arguments) throws IOException {
    Path output = workDir.resolve(script.getFileName() + "-" + String.join("-", arguments) + ".out");
    List<String> command = new ArrayList<>(List.of("node", "--experimental-websocket", "--no-warnings",
        script.toString(), endpoint.address(), HexFormat.of().formatHex(endpoint.secret())));
    command.addAll(List.of(arguments));
    // Node 20 has the browser's WebSocket class behind a flag; 22 and later have it by default.
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(output.toFile());
    return new NodeRenderer(builder.start(), output);
  }

  /** Waits until the renderer printed a line that {@code wanted} accepts; returns that line. */
  String awaitLine(Predicate<String> wanted, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
      Optional<String> found = lines.stream().filter(wanted).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      if (System.nanoTime() > deadline || !process.isAlive() && lines.equals(Files.readAllLines(output, StandardCharsets.UTF_8))) {
        throw new AssertionError("Node renderer did not print the line expected; it printed: " + lines);
      }
      Thread.sleep(20);
    }
  }

  /** Everything the renderer printed so far. */
  List<String> printed() throws IOException {
    return Files.readAllLines(output, StandardCharsets.UTF_8);
  }

  /** Waits until the renderer printed {@code line}; returns everything it printed so far. */
  List<String> awaitLine(String line, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
      if (lines.contains(line) || System.nanoTime() > deadline || !process.isAlive() && !lines.contains(line)) {
        if (!lines.contains(line)) {
          throw new AssertionError("Node renderer did not print '" + line + "'; it printed: " + lines);
        }
        return lines;
      }
      Thread.sleep(20);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
