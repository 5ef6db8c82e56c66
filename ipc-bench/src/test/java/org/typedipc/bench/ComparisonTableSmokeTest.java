package org.typedipc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every row of the comparison table runs: one tiny round each, real child processes (raw clients,
 * renderers over each transport, gRPC and RMI peers), figures that mean nothing but must exist.
 */
@Timeout(240)
class ComparisonTableSmokeTest {
  @Test
  void everyRowMeasuresSomethingAndTheTableShowsIt(@TempDir Path directory) throws Exception {
    Path errors = directory.resolve("children.log");

    List<ComparisonTable.Row> rows = ComparisonTable.quickRows(errors);

    assertEquals(List.of(
        "raw Unix socket ping-pong, 64 B",
        "typed-ipc invoke, Unix socket, 64 B",
        "  allocated per invoke in renderer, B/op",
        "  allocated per invoke in main, B/op",
        "raw Unix socket ping-pong, 1 KiB",
        "typed-ipc invoke, Unix socket, 1 KiB",
        "raw Unix socket ping-pong, 1 MiB",
        "typed-ipc invoke, Unix socket, 1 MiB",
        "raw Unix socket batched writes, 64 B",
        "typed-ipc one-way send, Unix socket, 64 B",
        "raw TCP ping-pong, 64 B",
        "typed-ipc invoke, TCP, 64 B",
        "raw pipe ping-pong, 64 B",
        "typed-ipc invoke, stdio, 64 B",
        "gRPC-java unary, Unix socket, 64 B",
        "gRPC-java unary, Unix socket, direct executor, 64 B",
        "gRPC-java unary, TCP, 64 B",
        "Java RMI echo(byte[]), TCP, 64 B"), rows.stream().map(ComparisonTable.Row::name).toList());
    for (ComparisonTable.Row row : rows) {
      assertTrue(row.value() > 0 && Double.isFinite(row.value()), row + " measured nothing; children's errors: " + read(errors));
      assertTrue(row.against() == 0 || row.ratio() > 0, row.toString());
      assertTrue(row.target().isEmpty() == row.met().isEmpty(), row + " has a target without a verdict, or the reverse");
    }

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ComparisonTable.print(rows, new PrintStream(printed, true, StandardCharsets.UTF_8));
    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(rows.size() + 1, lines.size());
    assertTrue(lines.get(2).matches("typed-ipc invoke, Unix socket, 64 B +[0-9.]+ +[0-9.]+ +[0-9.]+ raw floor +[0-9.]+ +≤ 1.3× floor +(yes|no)"),
        lines.get(2));
  }

  @Test
  void aRowMeetsItsTargetOnTheRightSideOfItsBound() {
    ComparisonTable.Row fast = new ComparisonTable.Row("invoke", 12, 20, false, 10, "raw floor", false, 1.3, 0, "≤ 1.3× floor");
    ComparisonTable.Row slow = new ComparisonTable.Row("invoke", 14, 20, false, 10, "raw floor", false, 1.3, 0, "≤ 1.3× floor");
    ComparisonTable.Row peer = new ComparisonTable.Row("gRPC", 90, 200, false, 10, "typed-ipc Unix", false, 0, 8, "≥ 8× typed-ipc");
    ComparisonTable.Row sends = new ComparisonTable.Row("one-way", 4e6, Double.NaN, true, 20e6, "raw batched", true, 0, 10e6, "≥ 10 M msg/s");

    assertEquals(List.of("yes", "no", "yes", "no"), List.of(fast.met(), slow.met(), peer.met(), sends.met()));
  }

  private static String read(Path file) throws Exception {
    return Files.exists(file) ? Files.readString(file) : "(none)";
  }
}
