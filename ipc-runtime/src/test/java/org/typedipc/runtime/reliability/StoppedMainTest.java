package org.typedipc.runtime.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.reliability.FloodedRenderer.HEARTBEAT;
import static org.typedipc.runtime.reliability.FloodedRenderer.LIVENESS;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcEndpoint;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.TransportKind;

/**
 * Main's process stopped with SIGSTOP while a renderer holds main's next messages back for want of
 * inbound credit, so that main's silence does not count on the wire: the renderer watches main's
 * process, declares main gone within the liveness timeout plus one heartbeat saying main's process
 * was stopped, and fails its pending call with {@link IpcDisconnectedException}. Main is a JVM of
 * its own; the renderer is the test JVM over a Unix socket, or a process main launched over stdio.
 */
@Timeout(120)
@EnabledOnOs(value = OS.LINUX, disabledReason = "whether a process is stopped is read from Linux's /proc")
class StoppedMainTest {
  /** Slack on a loaded two-core machine for the bound below. */
  static final long SLACK_MILLIS = 750;
  static final long GONE_BOUND_MILLIS = LIVENESS.toMillis() + HEARTBEAT.toMillis() + SLACK_MILLIS;

  @Test
  void aRendererWhoseMainIsStoppedDeclaresItGoneInTimeAndFailsItsPendingCall(@TempDir Path directory) throws Exception {
    Process mainProcess = startMain(directory, "listen", TransportKind.UNIX_SOCKET.name());
    RendererConnection connection = null;
    try {
      String[] line = firstLine(mainProcess).split(" ");
      IpcEndpoint endpoint = new IpcEndpoint(TransportKind.valueOf(line[0]), line[1], HexFormat.of().parseHex(line[2]));
      connection = RendererProcess.connect(endpoint, FloodedRenderer.options());
      RendererConnection renderer = connection;
      FloodedRenderer.holdMainBack(connection);
      assertFalse(connection.isClosed(), () -> "closed while main ran: " + renderer.whenClosed().toCompletableFuture().getNow(""));

      stop(mainProcess.pid());
      long stoppedAt = System.nanoTime();
      // A call made once main stopped: the renderer reads on past its credit for the reply, and
      // what main sent before it stopped reads as progress on the wire.
      Thread.sleep(LIVENESS.toMillis() / 2);
      IpcRenderer ipc = connection.ipcRenderer();
      CompletableFuture<Object> pending = ipc.invoke("never", 1);
      ExecutionException e = assertThrows(ExecutionException.class, () -> pending.get(30, TimeUnit.SECONDS));
      long goneMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stoppedAt);
      String reason = connection.whenClosed().toCompletableFuture().get(5, TimeUnit.SECONDS);

      assertInstanceOf(IpcDisconnectedException.class, e.getCause());
      assertStopped(mainProcess.pid(), reason, goneMillis);
    } finally {
      if (connection != null) {
        connection.close();
      }
      end(mainProcess);
    }
  }

  @Test
  void aLaunchedRendererWhoseMainIsStoppedDeclaresItGoneInTime(@TempDir Path directory) throws Exception {
    Path report = directory.resolve("renderer.report");
    Process mainProcess = startMain(directory, "launch", TransportKind.STDIO.name(), report.toString());
    Optional<ProcessHandle> renderer = Optional.empty();
    try {
      renderer = ProcessHandle.of(Long.parseLong(firstLine(mainProcess).trim()));
      assertEquals("held", awaitLine(report, "held"), "the renderer closed while main ran");

      stop(mainProcess.pid());
      long stoppedAt = System.currentTimeMillis(); // the renderer reports the wall clock of the same host
      String[] closed = awaitLine(report, "closed ").split(" ", 3);
      long goneMillis = Long.parseLong(closed[1]) - stoppedAt;

      assertStopped(mainProcess.pid(), closed[2], goneMillis);
    } finally {
      end(mainProcess);
      renderer.ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  private static void assertStopped(long mainPid, String reason, long goneMillis) {
    assertTrue(reason.contains("main's process " + mainPid + " has been stopped"), reason);
    assertTrue(goneMillis <= GONE_BOUND_MILLIS, "gone after " + goneMillis + " ms, bound " + GONE_BOUND_MILLIS);
    System.getLogger(StoppedMainTest.class.getName()).log(System.Logger.Level.INFO,
        "renderer whose main was stopped declared it gone after " + goneMillis + " ms (bound " + GONE_BOUND_MILLIS + ")");
  }

  private static Process startMain(Path directory, String... args) throws IOException {
    return new ProcessBuilder(RendererLaunch.mainClass(FloodingMainProcess.class.getName()).withArgs(args).command())
        .redirectError(directory.resolve("main.err").toFile())
        .start();
  }

  private static String firstLine(Process process) throws IOException {
    String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
    assertTrue(line != null, "main ended before it printed its first line");
    return line;
  }

  /** The first line of {@code report} that starts with {@code prefix}, or its last line once the renderer closed. */
  private static String awaitLine(Path report, String prefix) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      List<String> lines = Files.exists(report) ? Files.readAllLines(report, StandardCharsets.UTF_8) : List.of();
      for (String line : lines) {
        if (line.startsWith(prefix) || line.startsWith("closed ")) {
          return line;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the renderer never reported " + prefix.trim());
  }

  /** Resumes main, should it still be stopped, and kills it. */
  private static void end(Process mainProcess) throws Exception {
    signal("-CONT", mainProcess.pid());
    mainProcess.destroyForcibly();
    mainProcess.waitFor(30, TimeUnit.SECONDS);
  }

  private static void stop(long pid) throws Exception {
    assertEquals(0, signal("-STOP", pid));
  }

  private static int signal(String signal, long pid) throws Exception {
    Process kill = new ProcessBuilder("kill", signal, Long.toString(pid)).redirectErrorStream(true).start();
    kill.getInputStream().readAllBytes();
    return kill.waitFor();
  }
}
