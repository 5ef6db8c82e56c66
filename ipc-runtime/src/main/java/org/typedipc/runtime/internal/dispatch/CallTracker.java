package org.typedipc.runtime.internal.dispatch;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.typedipc.runtime.IpcInterceptor;
import org.typedipc.runtime.IpcOutcome;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/** The completions of one intercepted call, told once, in reverse order of the interceptors. */
public final class CallTracker {
  private static final System.Logger LOG = System.getLogger("org.typedipc.runtime");

  private final long start = System.nanoTime();
  private final IpcInterceptor.Completion[] completions;
  private int count;
  private final AtomicBoolean done = new AtomicBoolean();

  /** A tracker that tracks nothing: a marker for callers that must tell "refused" from "untracked". */
  public static CallTracker refusedMarker() {
    return new CallTracker(0);
  }

  CallTracker(int capacity) {
    this.completions = new IpcInterceptor.Completion[capacity];
  }

  void add(IpcInterceptor.Completion completion) {
    completions[count++] = completion;
  }

  /** The call was refused. */
  public void denied() {
    finish(IpcOutcome.Status.DENIED, 0);
  }

  /** The call ended; only the first end counts. */
  public void finish(IpcOutcome.Status status, int replyBytes) {
    if (!done.compareAndSet(false, true)) {
      return;
    }
    IpcOutcome outcome = new IpcOutcome(status, Duration.ofNanos(System.nanoTime() - start), replyBytes);
    for (int i = count - 1; i >= 0; i--) {
      try {
        completions[i].completed(outcome);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, ErrorMessages.completionFailedLog(), e);
      }
    }
  }
}
