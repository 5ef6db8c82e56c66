package org.typedipc.runtime.internal.dispatch;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.typedipc.runtime.IpcInterceptor;
import org.typedipc.runtime.IpcOutcome;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.messages.Loggers;

/** The completions of one intercepted call, told once, in reverse order of the interceptors. */
public final class CallTracker {
  private final long start = System.nanoTime();
  private final IpcInterceptor.Completion[] completions;
  /** The logger of the side whose interceptors these are. */
  private final System.Logger log;
  private int count;
  private final AtomicBoolean done = new AtomicBoolean();

  /** A tracker that tracks nothing: a marker for callers that must tell "refused" from "untracked". */
  public static CallTracker refusedMarker() {
    return new CallTracker(0, Loggers.MAIN);
  }

  CallTracker(int capacity, System.Logger log) {
    this.completions = new IpcInterceptor.Completion[capacity];
    this.log = log;
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
        log.log(System.Logger.Level.ERROR, ErrorMessages.completionFailedLog(), e);
      }
    }
  }
}
