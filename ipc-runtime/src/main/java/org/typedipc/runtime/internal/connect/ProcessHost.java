package org.typedipc.runtime.internal.connect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.internal.main.MainRuntime;
import org.typedipc.runtime.internal.main.RendererProcesses;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.messages.Loggers;
import org.typedipc.runtime.transport.Transport;

/**
 * Brings renderer processes to one main: acceptors the application opens, one acceptor per
 * transport, opened on first need, for the renderers main launches, and the launched processes,
 * which it ends when main closes.
 */
final class ProcessHost implements RendererProcesses {
  /** How long launched renderers get, all together, to exit after main closed their connections. */
  static final Duration CLOSE_GRACE = Duration.ofSeconds(2);
  private static final System.Logger LOG = Loggers.LAUNCH;

  private final MainRuntime main;
  private final ConnectionSettings settings;
  private final Object lock = new Object();
  private final Map<Transport, TransportAcceptor> launchAcceptors = new HashMap<>();
  private final List<TransportAcceptor> listening = new ArrayList<>();
  /** Each launch not yet connected, with its description. */
  private final Map<CompletableFuture<Renderer>, String> pendingLaunches = new ConcurrentHashMap<>();
  private final Set<Process> launched = ConcurrentHashMap.newKeySet();
  private boolean closed;

  ProcessHost(MainRuntime main, ConnectionSettings settings) {
    this.main = main;
    this.settings = settings;
  }

  @Override
  public RendererAcceptor listen(Transport transport) {
    synchronized (lock) {
      main.checkOpen();
      TransportAcceptor acceptor = TransportAcceptor.open(main, transport, settings);
      listening.add(acceptor);
      return acceptor;
    }
  }

  @Override
  public CompletableFuture<Renderer> launch(RendererLaunch launch) {
    return launch.restartPolicy()
        .map(policy -> Supervisor.launch(main, launch, policy, this::launchOnce))
        .orElseGet(() -> launchOnce(launch));
  }

  private CompletableFuture<Renderer> launchOnce(RendererLaunch launch) {
    synchronized (lock) {
      if (closed) {
        return CompletableFuture.failedFuture(new IllegalStateException(ErrorMessages.mainClosed()));
      }
    }
    CompletableFuture<Renderer> result = Launcher.launch(main, launch, settings, this::launchAcceptor, this::started);
    pendingLaunches.put(result, launch.toString());
    result.thenAccept(renderer -> renderer.whenGone().thenRun(() -> reap(renderer)));
    result.whenComplete((renderer, failure) -> pendingLaunches.remove(result));
    synchronized (lock) {
      if (closed) {
        result.completeExceptionally(new IpcException(ErrorMessages.launchEndedByClose(launch.toString())));
      }
    }
    return result;
  }

  private TransportAcceptor launchAcceptor(Transport transport) {
    synchronized (lock) {
      main.checkOpen();
      return launchAcceptors.computeIfAbsent(transport, t -> TransportAcceptor.open(main, t, settings));
    }
  }

  private void started(Process process) {
    launched.add(process);
    process.onExit().thenRun(() -> launched.remove(process));
  }

  /**
   * Once a launched renderer is gone, gives its process a moment to exit, then ends it (SIGTERM),
   * and kills it (SIGKILL) if it is still there {@link #KILL_GRACE} later: a stopped process never
   * handles SIGTERM. When main closed meanwhile, its close ends the process instead. Nothing here
   * waits: each step is a timed continuation.
   */
  private void reap(Renderer renderer) {
    ProcessHandle.of(renderer.processId()).ifPresent(handle -> handle.onExit()
        .completeOnTimeout(null, CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS)
        .thenRun(() -> {
          if (!stillOurs(handle)) {
            return;
          }
          LOG.log(System.Logger.Level.INFO, ErrorMessages.endingLingeringRenderer(renderer.id()));
          handle.destroy();
          handle.onExit()
              .completeOnTimeout(null, KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS)
              .thenRun(() -> {
                if (stillOurs(handle)) {
                  LOG.log(System.Logger.Level.WARNING,
                      ErrorMessages.killingUnresponsiveRendererLog(renderer.id(), handle.pid(), KILL_GRACE.toMillis()));
                  handle.destroyForcibly();
                }
              });
        }));
  }

  /** How long a renderer ended with SIGTERM gets before it is killed. */
  static final Duration KILL_GRACE = Duration.ofSeconds(1);

  private boolean stillOurs(ProcessHandle handle) {
    synchronized (lock) {
      return !closed && handle.isAlive();
    }
  }

  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
    }
    // Pending launches fail first, so they report the close rather than their acceptor closing.
    pendingLaunches.forEach((launch, description) ->
        launch.completeExceptionally(new IpcException(ErrorMessages.launchEndedByClose(description))));
    synchronized (lock) {
      launchAcceptors.values().forEach(TransportAcceptor::close);
      launchAcceptors.clear();
      listening.forEach(TransportAcceptor::close);
      listening.clear();
    }
    endLaunchedProcesses();
  }

  /** Waits up to {@link #CLOSE_GRACE} for launched renderers to exit, then ends the rest forcibly. */
  private void endLaunchedProcesses() {
    boolean interrupted = false;
    long deadline = System.nanoTime() + CLOSE_GRACE.toNanos();
    for (Process process : launched) {
      try {
        process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        interrupted = true;
        break;
      }
    }
    for (Process process : launched) {
      if (process.isAlive()) {
        LOG.log(System.Logger.Level.INFO, ErrorMessages.endingRendererAtClose(process.pid(), CLOSE_GRACE.toMillis()));
        process.destroyForcibly();
      }
    }
    for (Process process : launched) {
      // SIGKILL ends even a stopped process; waiting here means close() returns once they are gone.
      while (true) {
        try {
          process.waitFor();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
