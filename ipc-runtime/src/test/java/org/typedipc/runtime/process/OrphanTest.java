package org.typedipc.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.TransportKind;

/**
 * No launched renderer outlives its main: a main process (its own JVM) launches a renderer that
 * keeps a non-daemon thread running, then is killed or exits without closing; the renderer's
 * process must be gone within the documented 2 s. A renderer main did not launch is left alone.
 */
@Timeout(120)
class OrphanTest {
  private static final long BOUND_MILLIS = 2_000;

  @TempDir
  Path temp;

  @ParameterizedTest
  @EnumSource(value = TransportKind.class, names = {"STDIO", "UNIX_SOCKET", "TCP"})
  void aLaunchedRendererEndsWithinTwoSecondsOfItsMainBeingKilled(TransportKind transport) throws Exception {
    assertRendererEndsWithMain(transport, "wait", Process::destroyForcibly);
  }

  @ParameterizedTest
  @EnumSource(value = TransportKind.class, names = {"STDIO", "UNIX_SOCKET"})
  void aLaunchedRendererEndsWithinTwoSecondsOfItsMainCallingSystemExit(TransportKind transport) throws Exception {
    assertRendererEndsWithMain(transport, "exit", mainProcess -> {});
  }

  private void assertRendererEndsWithMain(TransportKind transport, String mode, java.util.function.Consumer<Process> end)
      throws Exception {
    Path errors = temp.resolve("main-errors.txt");
    Process mainProcess = new ProcessBuilder(RendererLaunch.mainClass(LaunchingMainProcess.class.getName())
        .withArgs(transport.name(), mode).command())
        .redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile()))
        .start();
    long rendererPid = -1;
    try {
      String line = new BufferedReader(new InputStreamReader(mainProcess.getInputStream(), StandardCharsets.UTF_8)).readLine();
      assertTrue(line != null, () -> "main printed no renderer pid; its errors: " + read(errors));
      rendererPid = Long.parseLong(line.trim());
      assertTrue(isRunning(rendererPid), "the renderer runs while main does");
      end.accept(mainProcess);
      assertTrue(mainProcess.waitFor(30, TimeUnit.SECONDS), "main ended");
      long endedAt = System.nanoTime();
      while (isRunning(rendererPid) && TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - endedAt) < 10_000) {
        Thread.sleep(20);
      }
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - endedAt);
      assertTrue(millis <= BOUND_MILLIS, "the renderer ended " + millis + " ms after main; errors: " + read(errors));
    } finally {
      mainProcess.destroyForcibly();
      if (rendererPid > 0) {
        ProcessHandle.of(rendererPid).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  @Test
  void aRendererMainDidNotLaunchIsNotEndedWhenMainCloses() throws Exception {
    IpcMain main = IpcMain.create();
    Process renderer = null;
    try {
      RendererAcceptor acceptor = main.listen(TransportKind.UNIX_SOCKET);
      RendererInvitation invitation = acceptor.invite();
      CompletableFuture<Object> ready = new CompletableFuture<>();
      main.once("ready", (event, a) -> ready.complete(a[0]));
      ProcessBuilder builder = new ProcessBuilder(RendererLaunch.mainClass(LingeringRenderer.class.getName()).command())
          .redirectError(ProcessBuilder.Redirect.appendTo(temp.resolve("renderer-errors.txt").toFile()))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD);
      Map<String, String> environment = builder.environment();
      environment.putAll(invitation.endpoint().toEnvironment());
      renderer = builder.start();
      assertEquals(renderer.pid(), ((Number) ready.get(30, TimeUnit.SECONDS)).longValue());

      main.close();
      invitation.renderer().get(5, TimeUnit.SECONDS).whenGone().toCompletableFuture().get(10, TimeUnit.SECONDS);

      // Longer than the launched renderers' bound: this one has no reason to end.
      assertEquals(false, renderer.waitFor(3 * BOUND_MILLIS, TimeUnit.MILLISECONDS), "the invited renderer still runs");
    } finally {
      main.close();
      if (renderer != null) {
        renderer.destroyForcibly();
      }
    }
  }

  /** Whether the process runs; a zombie whose parent has not reaped it has ended. */
  private static boolean isRunning(long pid) {
    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      Path stat = Path.of("/proc", Long.toString(pid), "stat");
      if (!Files.exists(stat)) {
        return true; // no procfs to tell a zombie: alive is running
      }
      try {
        List<String> fields = List.of(Files.readString(stat).replaceFirst("^.*\\) ", "").split(" "));
        return !fields.get(0).equals("Z");
      } catch (IOException e) {
        return false; // gone between the checks
      }
    }
    return false;
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return e.toString();
    }
  }
}
