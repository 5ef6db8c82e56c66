package org.typedipc.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.typedipc.runtime.IpcEndpoint;

/** The TypeScript conformance renderer, run by Node with its output captured in a file. */
final class NodeRenderer implements AutoCloseable {
  static final Path BUILT = Path.of("ts", "build-test", "conformance", "renderer.js").toAbsolutePath();

  private final Process process;
  private final Path output;

  private NodeRenderer(Process process, Path output) {
    this.process = process;
    this.output = output;
  }

  static NodeRenderer start(IpcEndpoint endpoint, Path workDir) throws IOException {
    Path output = workDir.resolve("node-renderer.out");
    // Node 20 has the browser's WebSocket class behind a flag; 22 and later have it by default.
    ProcessBuilder builder = new ProcessBuilder(List.of("node", "--experimental-websocket", "--no-warnings",
        BUILT.toString(), endpoint.address(), HexFormat.of().formatHex(endpoint.secret())))
        .redirectErrorStream(true)
        .redirectOutput(output.toFile());
    return new NodeRenderer(builder.start(), output);
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
