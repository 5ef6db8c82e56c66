package org.typedipc.runtime;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * How main runs its listeners and handlers.
 *
 * <p>By default they run one at a time, in arrival order, on the thread that brings the message
 * (the caller in-process, the connection's reader across processes) — Electron's single main
 * loop without a thread hand-off. {@link #withExecutor(Executor)} moves them to an executor
 * instead (a UI thread, for example), still one at a time and in order.
 */
public final class IpcMainOptions {
  private static final IpcMainOptions DEFAULTS = new IpcMainOptions(null);

  private final Executor executor;

  private IpcMainOptions(Executor executor) {
    this.executor = executor;
  }

  /** Listeners run on the thread that brings the message. */
  public static IpcMainOptions defaults() {
    return DEFAULTS;
  }

  /** Runs listeners and handlers on {@code executor}, one at a time and in arrival order. */
  public IpcMainOptions withExecutor(Executor executor) {
    return new IpcMainOptions(Objects.requireNonNull(executor, "executor"));
  }

  /** The executor listeners run on, or {@code null} for the thread that brings the message. */
  public Executor executor() {
    return executor;
  }
}
