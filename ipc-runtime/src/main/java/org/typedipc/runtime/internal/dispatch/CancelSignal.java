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
  /** The first action, and the others if any: nearly every call has one action at most. */
  private Runnable first;
  private List<Runnable> more;

  public boolean isCancelled() {
    return cancelled;
  }

  /** Runs {@code action} when the call is cancelled, or now if it already is. */
  public void onCancel(Runnable action) {
    synchronized (this) {
      if (!cancelled) {
        if (first == null) {
          first = action;
        } else {
          if (more == null) {
            more = new ArrayList<>(2);
          }
          more.add(action);
        }
        return;
      }
    }
    run(action);
  }

  /** Cancels and runs the actions; false if it was cancelled already. */
  public boolean cancel() {
    Runnable firstToRun;
    List<Runnable> moreToRun;
    synchronized (this) {
      if (cancelled) {
        return false;
      }
      cancelled = true;
      firstToRun = first;
      moreToRun = more;
      first = null;
      more = null;
    }
    if (firstToRun != null) {
      run(firstToRun);
    }
    if (moreToRun != null) {
      moreToRun.forEach(CancelSignal::run);
    }
    return true;
  }

  static void run(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      failed(e);
    }
  }

  /** Logs a cancel action that threw: the others still run. */
  static void failed(RuntimeException e) {
    LOG.log(System.Logger.Level.ERROR, ErrorMessages.cancelActionFailedLog(), e);
  }
}
