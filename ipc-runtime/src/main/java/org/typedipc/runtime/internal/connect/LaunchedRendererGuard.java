package org.typedipc.runtime.internal.connect;

import java.time.Duration;
import java.util.Optional;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.messages.Loggers;

/**
 * Ends a renderer process that main launched once main's process or the connection to it ends, so
 * that no renderer outlives its main: not after {@code close()}, {@code System.exit} or a SIGKILL of
 * main, and whatever threads the renderer's own code left running.
 *
 * <p>The guard polls rather than waiting on {@link ProcessHandle#onExit()}: for a process that is
 * not its child, the JDK polls with a sleep that grows to 5 s, which would break the bound. Worst
 * case from main's end to this process's end: {@link #POLL} + {@link #GRACE} + {@link #HALT_AFTER},
 * under the documented 2 s.
 */
final class LaunchedRendererGuard {
  private static final System.Logger LOG = Loggers.LAUNCH;

  /** How often the guard looks at main's process and the connection. */
  static final Duration POLL = Duration.ofMillis(100);
  /** How long the application has to exit by itself once main or the connection ended. */
  static final Duration GRACE = Duration.ofMillis(1000);
  /** How long {@code Runtime.exit} (its shutdown hooks) may take before the process is halted. */
  static final Duration HALT_AFTER = Duration.ofMillis(500);

  private LaunchedRendererGuard() {}

  /** Starts watching main's process {@code mainPid} and {@code connection}, on a daemon thread. */
  static void watch(long mainPid, RendererConnection connection) {
    Optional<ProcessHandle> main = ProcessHandle.of(mainPid);
    Thread thread = new Thread(() -> endWhenMainEnds(main, mainPid, connection), "typed-ipc-launched-renderer-guard");
    thread.setDaemon(true);
    thread.start();
  }

  private static void endWhenMainEnds(Optional<ProcessHandle> main, long mainPid, RendererConnection connection) {
    try {
      String why;
      while (true) {
        if (main.isEmpty() || !main.get().isAlive()) {
          why = ErrorMessages.mainProcessEnded(mainPid);
          break;
        }
        if (connection.isClosed()) {
          why = ErrorMessages.connectionToMainClosed(connection.whenClosed().toCompletableFuture().getNow("closed"));
          break;
        }
        Thread.sleep(POLL.toMillis());
      }
      Thread.sleep(GRACE.toMillis());
      LOG.log(System.Logger.Level.WARNING, ErrorMessages.mainGoneEndingRenderer(why, GRACE));
      haltIfExitHangs();
      Runtime.getRuntime().exit(0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void haltIfExitHangs() {
    Thread halter = new Thread(() -> {
      try {
        Thread.sleep(HALT_AFTER.toMillis());
      } catch (InterruptedException e) {
        return;
      }
      LOG.log(System.Logger.Level.WARNING, ErrorMessages.launchedRendererExitHung(HALT_AFTER));
      Runtime.getRuntime().halt(0);
    }, "typed-ipc-launched-renderer-halt");
    halter.setDaemon(true);
    halter.start();
  }
}
