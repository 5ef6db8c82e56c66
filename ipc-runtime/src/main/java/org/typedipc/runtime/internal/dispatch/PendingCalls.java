package org.typedipc.runtime.internal.dispatch;

import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.typedipc.runtime.IpcException;

/**
 * The calls one side has waiting for the other: a renderer's calls to main, or main's invokes of
 * one renderer. When a frame or the whole connection closes, its calls fail at once.
 */
public final class PendingCalls {
  private final Set<PendingCall<?>> calls = ConcurrentHashMap.newKeySet();
  private volatile Function<PendingCall<?>, IpcException> closedWith;

  /**
   * Tracks a call about to be made; false, with the call failed, if these calls were closed (also
   * if they close meanwhile, so that no call is ever left behind).
   */
  public boolean track(PendingCall<?> call) {
    calls.add(call);
    Function<PendingCall<?>, IpcException> closed = closedWith;
    if (closed != null) {
      call.abandon(closed.apply(call));
      return false;
    }
    return true;
  }

  /** How many calls wait for their replies now. */
  public int size() {
    return calls.size();
  }

  void forget(PendingCall<?> call) {
    calls.remove(call);
  }

  /** Fails the calls of one frame, each with its own exception. */
  public void abandonFrame(int frameId, Function<PendingCall<?>, IpcException> why) {
    for (PendingCall<?> call : new ArrayList<>(calls)) {
      if (call.frameId == frameId) {
        call.abandon(why.apply(call));
      }
    }
  }

  /** Fails every call, each with its own exception, and every call tracked later. */
  public void close(Function<PendingCall<?>, IpcException> why) {
    closedWith = why;
    for (PendingCall<?> call : new ArrayList<>(calls)) {
      call.abandon(why.apply(call));
    }
  }

  /** Whether no call waits. */
  public boolean isEmpty() {
    return calls.isEmpty();
  }

  /** Whether {@link #close} was called. */
  public boolean isClosed() {
    return closedWith != null;
  }
}
