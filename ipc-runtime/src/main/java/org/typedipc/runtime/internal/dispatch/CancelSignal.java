package org.typedipc.runtime.internal.dispatch;

import java.util.ArrayList;
import java.util.List;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.messages.Loggers;

/**
 * The cancellation of one call as main's handler sees it: a flag, and actions that run once when
 * it is set (at once for actions added later).
 */
public final class CancelSignal {
  private static final System.Logger LOG = Loggers.WIRE;

  private volatile boolean cancelled;
  private List<Runnable> actions;

  public boolean isCancelled() {
    return cancelled;
  }

  /** Runs {@code action} when the call is cancelled, or now if it already is. */
  public void onCancel(Runnable action) {
    synchronized (this) {
      if (!cancelled) {
        if (actions == null) {
          actions = new ArrayList<>(2);
        }
        actions.add(action);
        return;
      }
    }
    run(action);
  }

  /** Cancels and runs the actions; false if it was cancelled already. */
  public boolean cancel() {
    List<Runnable> toRun;
    synchronized (this) {
      if (cancelled) {
        return false;
      }
      cancelled = true;
      toRun = actions;
      actions = null;
    }
    if (toRun != null) {
      toRun.forEach(CancelSignal::run);
    }
    return true;
  }

  private static void run(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, ErrorMessages.cancelActionFailedLog(), e);
    }
  }
}
