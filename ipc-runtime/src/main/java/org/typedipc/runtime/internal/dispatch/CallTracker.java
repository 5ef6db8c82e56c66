package org.typedipc.runtime.internal.dispatch;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import org.typedipc.runtime.IpcCall;
import org.typedipc.runtime.IpcInterceptor;
import org.typedipc.runtime.IpcOutcome;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.messages.Loggers;

/**
 * One intercepted call: its flight-recorder event, if on, and its interceptors' completions, told
 * once, in reverse order of the interceptors, the event last. A call followed only by its event
 * allocates nothing else: no completion, no outcome.
 */
public final class CallTracker {
  private static final VarHandle DONE;

  static {
    try {
      DONE = MethodHandles.lookup().findVarHandle(CallTracker.class, "done", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final long start = System.nanoTime();
  /** The call's flight-recorder event, or null if that event is off. */
  private final FlightEvents.CallEvent event;
  private final IpcCall call;
  private final boolean inMain;
  /** The interceptors' completions, made when the first is added. */
  private IpcInterceptor.Completion[] completions;
  private final int capacity;
  /** The logger of the side whose interceptors these are. */
  private final System.Logger log;
  private int count;
  /** Set once, through {@link #DONE}. */
  private volatile boolean done;

  /** A tracker that tracks nothing: a marker for callers that must tell "refused" from "untracked". */
  public static CallTracker refusedMarker() {
    return new CallTracker(null, null, true, 0, Loggers.MAIN);
  }

  /** Tracks {@code call} on main's side or a renderer's, with room for {@code capacity} completions. */
  CallTracker(FlightEvents.CallEvent event, IpcCall call, boolean inMain, int capacity, System.Logger log) {
    this.event = event;
    this.call = call;
    this.inMain = inMain;
    this.capacity = capacity;
    this.log = log;
  }

  void add(IpcInterceptor.Completion completion) {
    if (completions == null) {
      completions = new IpcInterceptor.Completion[capacity];
    }
    completions[count++] = completion;
  }

  /** The call was refused. */
  public void denied() {
    finish(IpcOutcome.Status.DENIED, 0);
  }

  /** The call ended; only the first end counts. */
  public void finish(IpcOutcome.Status status, int replyBytes) {
    if (!DONE.compareAndSet(this, false, true)) {
      return;
    }
    if (count > 0) {
      IpcOutcome outcome = new IpcOutcome(status, Duration.ofNanos(System.nanoTime() - start), replyBytes);
      for (int i = count - 1; i >= 0; i--) {
        try {
          completions[i].completed(outcome);
        } catch (RuntimeException e) {
          log.log(System.Logger.Level.ERROR, ErrorMessages.completionFailedLog(), e);
        }
      }
    }
    if (event != null) {
      FlightEvents.callDone(event, call, inMain, status, replyBytes);
    }
  }
}
