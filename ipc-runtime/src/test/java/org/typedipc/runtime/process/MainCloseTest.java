package org.typedipc.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.TransportKind;

/** {@code IpcMain.close()} leaves no renderer process, socket or pending future behind. */
@Timeout(120)
class MainCloseTest {
  private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
  private Thread.UncaughtExceptionHandler previousHandler;
  private IpcMain main;

  @BeforeEach
  void createMain() {
    previousHandler = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
    main = IpcMain.create();
  }

  @AfterEach
  void nothingWasThrownUncaught() {
    main.close();
    Thread.setDefaultUncaughtExceptionHandler(previousHandler);
    assertEquals(List.of(), uncaught);
  }

  /** Launches {@code mainClass}, which sends {@code "ready"} with its pid once connected. */
  private long launchReady(RendererLaunch launch) throws Exception {
    CompletableFuture<Object> ready = new CompletableFuture<>();
    main.once("ready", (event, args) -> ready.complete(args[0]));
    Renderer renderer = main.launch(launch).get(60, TimeUnit.SECONDS);
    long pid = ((Number) ready.get(60, TimeUnit.SECONDS)).longValue();
    assertEquals(renderer.processId(), pid);
    return pid;
  }

  private static void assertGone(long pid) {
    Optional<ProcessHandle> handle = ProcessHandle.of(pid);
    assertTrue(handle.isEmpty() || !handle.get().isAlive(), "process " + pid + " is still alive");
  }

  @Test
  void aRendererThatIgnoresTheRequestToExitIsGoneWhenCloseReturns(@TempDir Path directory) throws Exception {
    long pid = launchReady(RendererLaunch.mainClass(StubbornRenderer.class.getName())
        .withErrorOutput(directory.resolve("renderer.err")));
    main.close();
    assertGone(pid);
  }

  @Test
  void aStoppedRendererIsGoneWhenCloseReturns(@TempDir Path directory) throws Exception {
    long pid = launchReady(RendererLaunch.mainClass(EchoRenderer.class.getName()).withTransport(TransportKind.UNIX_SOCKET)
        .withErrorOutput(directory.resolve("renderer.err")));
    Process stop = new ProcessBuilder("kill", "-STOP", Long.toString(pid)).redirectErrorStream(true).start();
    assertEquals(0, stop.waitFor());
    main.close();
    assertGone(pid);
  }

  @Test
  void aRendererThatExitsWhenAskedIsGoneWithinTheGraceTime(@TempDir Path directory) throws Exception {
    long pid = launchReady(RendererLaunch.mainClass(EchoRenderer.class.getName())
        .withErrorOutput(directory.resolve("renderer.err")));
    main.close();
    assertGone(pid);
  }

  @Test
  void closeFailsOutstandingInvitationsAndRemovesTheirSockets() throws Exception {
    RendererAcceptor acceptor = main.listen(TransportKind.UNIX_SOCKET);
    RendererInvitation invitation = acceptor.invite();
    Path socket = Path.of(invitation.endpoint().address());
    assertTrue(Files.exists(socket));
    main.close();
    ExecutionException e = assertThrows(ExecutionException.class, () -> invitation.renderer().get(10, TimeUnit.SECONDS));
    assertInstanceOf(IpcException.class, e.getCause());
    assertFalse(Files.exists(socket), socket.toString());
    assertFalse(Files.exists(socket.getParent()), socket.getParent().toString());
    assertThrows(IllegalStateException.class, acceptor::invite);
  }

  @Test
  void closeFailsAPendingLaunchAndEndsItsProcess(@TempDir Path directory) throws Exception {
    CompletableFuture<Renderer> launch = main.launch(RendererLaunch.mainClass(SlowStartingWorker.class.getName())
        .withErrorOutput(directory.resolve("worker.err")));
    ProcessHandle worker = awaitChildRunning(SlowStartingWorker.class.getName());
    main.close();
    ExecutionException e = assertThrows(ExecutionException.class, () -> launch.get(10, TimeUnit.SECONDS));
    assertTrue(e.getCause().getMessage().contains("IpcMain.close()"), e.getCause().getMessage());
    assertGone(worker.pid());
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void closingWhileARendererStartsSettlesItsLaunchWithoutUncaughtErrors(TransportKind transport, @TempDir Path directory)
      throws Exception {
    CompletableFuture<Renderer> launch = main.launch(RendererLaunch.mainClass(EchoRenderer.class.getName())
        .withTransport(transport).withErrorOutput(directory.resolve("renderer.err")));
    main.close();
    // Almost always the renderer is still starting and the launch fails; should it have connected
    // first, close closed it. Either way the future settles, and no thread dies uncaught.
    try {
      Renderer renderer = launch.get(30, TimeUnit.SECONDS);
      assertTrue(renderer.isClosed());
    } catch (ExecutionException e) {
      assertTrue(e.getCause().getMessage().contains("IpcMain.close()"), e.getCause().getMessage());
    }
  }

  @Test
  void launchAfterCloseFailsItsFutureInsteadOfThrowing() {
    main.close();
    CompletableFuture<Renderer> launch = main.launch(RendererLaunch.mainClass(EchoRenderer.class.getName()));
    ExecutionException e = assertThrows(ExecutionException.class, () -> launch.get(10, TimeUnit.SECONDS));
    assertInstanceOf(IllegalStateException.class, e.getCause());
  }

  private static ProcessHandle awaitChildRunning(String mainClass) throws InterruptedException {
    for (int attempt = 0; attempt < 600; attempt++) {
      Optional<ProcessHandle> child = ProcessHandle.current().children()
          .filter(c -> c.info().commandLine().orElse("").contains(mainClass))
          .findFirst();
      if (child.isPresent()) {
        return child.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no child runs " + mainClass);
  }
}
