package org.typedipc.web.bindings;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a tool (javac, tsc, node) as a process of its own, its output captured in a file, never on the test's console. */
final class ExternalTool {
  private ExternalTool() {}

  /** Runs {@code command} in {@code directory}; fails with the tool's output unless it exits with 0. */
  static void run(Path directory, Path log, List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command)
        .directory(directory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(command.get(0) + " did not finish in 180 s: " + Files.readString(log, StandardCharsets.UTF_8));
    }
    if (process.exitValue() != 0) {
      throw new AssertionError(String.join(" ", command.subList(0, Math.min(3, command.size()))) + " exited with "
          + process.exitValue() + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
    }
  }

  /** Every entry of this JVM's class and module paths, for a javac that sees what the test sees. */
  static String testPath() {
    StringBuilder path = new StringBuilder(System.getProperty("java.class.path", ""));
    String modules = System.getProperty("jdk.module.path");
    if (modules != null && !modules.isEmpty()) {
      path.append(File.pathSeparator).append(modules);
    }
    return path.toString();
  }
}
