package org.typedipc.runtime.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcEndpoint;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.TransportKind;

/**
 * Main's process stopped with SIGSTOP while the renderer (the test JVM) holds main's next messages
 * for want of inbound credit, so that main's silence does not count on the wire: the renderer
 * watches main's process, declares main gone within the liveness timeout plus one heartbeat saying
 * main's process was stopped, and fails its pending call with {@link IpcDisconnectedException}.
 */
@Timeout(120)
@EnabledOnOs(value = OS.LINUX, disabledReason = "whether a process is stopped is read from Linux's /proc")
class StoppedMainTest {
  static final Duration HEARTBEAT = Duration.ofMillis(250);
  static final Duration LIVENESS = Duration.ofMillis(2500);
  /** Slack on a loaded two-core machine for the bound below. */
  static final long SLACK_MILLIS = 750;
  /** How long the renderer's listener takes per message: its backlog of main's flood lasts far beyond the liveness timeout. */
  static final long SLOW_LISTENER_MILLIS = 20;

  @Test
  void aRendererWhoseMainIsStoppedDeclaresItGoneInTimeAndFailsItsPendingCall(@TempDir Path directory) throws Exception {
    Process mainProcess = new ProcessBuilder(RendererLaunch.mainClass(FloodingMainProcess.class.getName())
        .withArgs(TransportKind.UNIX_SOCKET.name()).command())
        .redirectError(directory.resolve("main.err").toFile())
        .start();
    RendererConnection connection = null;
    try {
      String[] line = new BufferedReader(new InputStreamReader(mainProcess.getInputStream(), StandardCharsets.UTF_8))
          .readLine().split(" ");
      IpcEndpoint endpoint = new IpcEndpoint(TransportKind.valueOf(line[0]), line[1], HexFormat.of().parseHex(line[2]));
      ConnectionSettings settings = ConnectionSettings.defaults()
          .withHeartbeat(HEARTBEAT, LIVENESS)
          .withInboundCredit(16 << 10, 16 << 10);
      connection = RendererProcess.connect(endpoint, RendererOptions.defaults().withConnectionSettings(settings));
      RendererConnection renderer = connection;
      IpcRenderer ipc = connection.ipcRenderer();
      CompletableFuture<Boolean> flooding = new CompletableFuture<>();
      ipc.on("flood", (event, args) -> {
        flooding.complete(true);
        if (!renderer.isClosed()) {
          sleepQuietly(SLOW_LISTENER_MILLIS);
        }
      });
      connection.ready();
      ipc.send("flood-me", 2000, 1024);
      flooding.get(30, TimeUnit.SECONDS);
      // Held back behind its credit for longer than the liveness timeout: a running main is never dropped.
      Thread.sleep(LIVENESS.toMillis() + 500);
      assertFalse(connection.isClosed(), () -> "closed while main ran: " + renderer.whenClosed().toCompletableFuture().getNow(""));

      stop(mainProcess.pid());
      long stoppedAt = System.nanoTime();
      // A call made once main stopped: the renderer reads on past its credit for the reply, and
      // what main sent before it stopped reads as progress on the wire.
      Thread.sleep(LIVENESS.toMillis() / 2);
      CompletableFuture<Object> pending = ipc.invoke("never", 1);
      ExecutionException e = assertThrows(ExecutionException.class, () -> pending.get(30, TimeUnit.SECONDS));
      long goneMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stoppedAt);
      String reason = connection.whenClosed().toCompletableFuture().get(5, TimeUnit.SECONDS);

      assertInstanceOf(IpcDisconnectedException.class, e.getCause());
      String stopped = "main's process " + mainProcess.pid() + " has been stopped";
      assertTrue(reason.contains(stopped), reason);
      long goneBound = LIVENESS.toMillis() + HEARTBEAT.toMillis() + SLACK_MILLIS;
      assertTrue(goneMillis <= goneBound, "gone after " + goneMillis + " ms, bound " + goneBound);
      System.getLogger(getClass().getName()).log(System.Logger.Level.INFO, "renderer whose main was stopped declared it gone after "
          + goneMillis + " ms (bound " + goneBound + ")");
    } finally {
      if (connection != null) {
        connection.close();
      }
      signal("-CONT", mainProcess.pid());
      mainProcess.destroyForcibly();
      mainProcess.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
