package org.typedipc.runtime.internal.connect;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.RestartPolicy;
import org.typedipc.runtime.internal.loop.Daemons;
import org.typedipc.runtime.internal.main.MainRuntime;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.messages.Loggers;

/**
 * Relaunches a renderer after an abnormal end, as its {@link RestartPolicy} says: restarts are
 * counted in a sliding window, each waits a back-off, and once the limit is reached the supervisor
 * gives up. Each relaunch registers a new renderer with main, so {@code onRendererCreated} sees it.
 */
final class Supervisor {
  private static final System.Logger LOG = Loggers.LAUNCH;

  private final MainRuntime main;
  private final RendererLaunch launch;
  private final RestartPolicy policy;
  private final Function<RendererLaunch, CompletableFuture<Renderer>> start;
  /** When each restart of the window happened, oldest first (System.nanoTime). */
  private final ArrayDeque<Long> restarts = new ArrayDeque<>();

  private Supervisor(MainRuntime main, RendererLaunch launch, RestartPolicy policy,
      Function<RendererLaunch, CompletableFuture<Renderer>> start) {
    this.main = main;
    this.launch = launch;
    this.policy = policy;
    this.start = start;
  }

  /**
   * Launches the first renderer with {@code start} and supervises it; the future completes with
   * that renderer, or fails as the first launch does (which is not retried).
   */
  static CompletableFuture<Renderer> launch(MainRuntime main, RendererLaunch launch, RestartPolicy policy,
      Function<RendererLaunch, CompletableFuture<Renderer>> start) {
    Supervisor supervisor = new Supervisor(main, launch, policy, start);
    CompletableFuture<Renderer> first = start.apply(launch);
    first.thenAccept(supervisor::supervise);
    return first;
  }

  private void supervise(Renderer renderer) {
    renderer.whenGone().thenAccept(this::ended);
  }

  private void ended(RendererGone gone) {
    if (!policy.restartsAfter(gone) || !isMainOpen()) {
      return;
    }
    Duration delay;
    int restart;
    synchronized (restarts) {
      long now = System.nanoTime();
      while (!restarts.isEmpty() && now - restarts.peekFirst() > policy.window().toNanos()) {
        restarts.pollFirst();
      }
      if (restarts.size() >= policy.maxRestarts()) {
        giveUp(gone);
        return;
      }
      delay = policy.delayAfter(restarts.size());
      restarts.addLast(now);
      restart = restarts.size();
    }
    LOG.log(System.Logger.Level.INFO, ErrorMessages.restartingRenderer(launch.toString(), gone.detail(), delay, restart,
        policy.maxRestarts()));
    Daemons.timer().schedule(this::relaunch, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void relaunch() {
    if (!isMainOpen()) {
      return;
    }
    CompletableFuture<Renderer> next;
    try {
      next = start.apply(launch);
    } catch (RuntimeException e) {
      next = CompletableFuture.failedFuture(e); // main closed meanwhile, or the command cannot be built
    }
    next.whenComplete((renderer, failure) -> {
      if (failure == null) {
        supervise(renderer);
      } else {
        String problem = failure.getMessage();
        ended(new RendererGone(RendererGone.Reason.ABNORMAL_EXIT, OptionalInt.empty(),
            ErrorMessages.relaunchFailed(launch.toString(), problem)));
      }
    });
  }

  private void giveUp(RendererGone last) {
    LOG.log(System.Logger.Level.WARNING, ErrorMessages.gaveUpRestarting(launch.toString(), policy.maxRestarts(), policy.window(),
        last.detail()));
    try {
      policy.giveUpListener().accept(last);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, ErrorMessages.giveUpListenerFailedLog(), e);
    }
  }

  private boolean isMainOpen() {
    return !main.isClosed();
  }
}
