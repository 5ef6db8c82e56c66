package org.typedipc.runtime.internal.dispatch;

import java.util.ArrayList;
import java.util.List;
import org.typedipc.runtime.IpcCall;
import org.typedipc.runtime.IpcInterceptor;
import org.typedipc.runtime.internal.messages.Loggers;

/**
 * The interceptors of one side, in order, after the flight-recorder event, which the tracker begins
 * and ends around the call directly rather than as an interceptor. A call that no interceptor
 * follows and no recording records costs one pass over the chain and no allocation.
 */
public final class Interception {
  private final IpcInterceptor[] chain;
  /** Whether the chain holds the user's interceptors, not only the side's own (which keep no call). */
  private final boolean withUsers;
  /** By {@link IpcCall.Type} ordinal: whether one of the side's own interceptors follows calls of that type. */
  private final boolean[] ownFollow = new boolean[IpcCall.Type.values().length];
  private final boolean inMain;
  /** Where the completions' failures are logged: main's area or a renderer's. */
  private final System.Logger log;

  /**
   * Main's or a renderer's chain: {@code first} runs before the user's {@code interceptors}; either
   * may be empty.
   */
  public Interception(boolean inMain, List<? extends OwnInterceptor> first, List<? extends IpcInterceptor> interceptors) {
    for (OwnInterceptor own : first) {
      for (IpcCall.Type type : IpcCall.Type.values()) {
        ownFollow[type.ordinal()] |= own.follows(type);
      }
    }
    List<IpcInterceptor> all = new ArrayList<>(first);
    all.addAll(interceptors);
    this.chain = all.toArray(new IpcInterceptor[0]);
    this.withUsers = !interceptors.isEmpty();
    this.inMain = inMain;
    this.log = inMain ? Loggers.MAIN : Loggers.RENDERER;
  }

  /**
   * Whether a call of {@code type} has anything to follow it here: an interceptor, or a recording
   * that takes its event. When not, {@link #enter} returns null, so the caller can spare building
   * the call it would pass.
   */
  public boolean follows(IpcCall.Type type) {
    return withUsers || ownFollow[type.ordinal()] || FlightEvents.recording(type);
  }

  /**
   * Whether anything may keep a call of {@code type} once its interception returned, and read its
   * arguments later: a user's interceptor, or a recording's event. The side's own interceptors
   * given as {@code first} decide on the spot and keep nothing.
   */
  public boolean mayKeep(IpcCall.Type type) {
    return withUsers || FlightEvents.recording(type);
  }

  /**
   * Begins the call's flight-recorder event and runs the interceptors for {@code call}.
   *
   * @return what to tell when the call is done, or null if no interceptor asked and no event is on
   * @throws RuntimeException an interceptor's refusal; the event and the earlier interceptors have
   *     learnt it
   */
  public CallTracker enter(IpcCall call) {
    FlightEvents.CallEvent event = FlightEvents.callStarted(call);
    CallTracker tracker = event == null ? null : new CallTracker(event, call, inMain, chain.length, log);
    for (IpcInterceptor interceptor : chain) {
      IpcInterceptor.Completion completion;
      try {
        completion = interceptor.intercept(call);
      } catch (RuntimeException refused) {
        if (tracker != null) {
          tracker.denied();
        }
        throw refused;
      }
      if (completion != null && completion != IpcInterceptor.Completion.NONE) {
        if (tracker == null) {
          tracker = new CallTracker(null, call, inMain, chain.length, log);
        }
        tracker.add(completion);
      }
    }
    return tracker;
  }
}
