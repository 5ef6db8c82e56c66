package org.typedipc.runtime.internal.dispatch;

import java.util.ArrayList;
import java.util.List;
import org.typedipc.runtime.IpcCall;
import org.typedipc.runtime.IpcInterceptor;
import org.typedipc.runtime.internal.messages.Loggers;

/**
 * The interceptors of one side, in order, with the flight-recorder events first. A call that no
 * interceptor follows costs one pass over the chain and no allocation.
 */
public final class Interception {
  private final IpcInterceptor[] chain;
  /** Where the completions' failures are logged: main's area or a renderer's. */
  private final System.Logger log;

  /**
   * Main's or a renderer's chain: {@code first} runs before the user's {@code interceptors}; either
   * may be empty.
   */
  public Interception(boolean inMain, List<? extends IpcInterceptor> first, List<? extends IpcInterceptor> interceptors) {
    List<IpcInterceptor> all = new ArrayList<>();
    all.add(inMain ? FlightEvents.MAIN : FlightEvents.RENDERER);
    all.addAll(first);
    all.addAll(interceptors);
    this.chain = all.toArray(new IpcInterceptor[0]);
    this.log = inMain ? Loggers.MAIN : Loggers.RENDERER;
  }

  /**
   * Runs the interceptors for {@code call}.
   *
   * @return what to tell when the call is done, or null if no interceptor asked
   * @throws RuntimeException an interceptor's refusal; the earlier interceptors have learnt it
   */
  public CallTracker enter(IpcCall call) {
    CallTracker tracker = null;
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
          tracker = new CallTracker(chain.length, log);
        }
        tracker.add(completion);
      }
    }
    return tracker;
  }
}
