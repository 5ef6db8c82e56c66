package org.typedipc.runtime.internal.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.typedipc.runtime.IpcException;

/**
 * The calls one side has waiting for the other: a renderer's calls to main, or main's invokes of
 * one renderer. When a frame or the whole connection closes, its calls fail at once.
 */
public final class PendingCalls {
  /**
   * The calls, linked through themselves (see {@link PendingCall#next}), so that tracking a call
   * adds no node of its own; null when none waits.
   */
  private PendingCall<?> first;
  private int size;
  private volatile Function<PendingCall<?>, IpcException> closedWith;

  /**
   * Tracks a call about to be made; false, with the call failed, if these calls were closed (also
   * if they close meanwhile, so that no call is ever left behind).
   */
  public boolean track(PendingCall<?> call) {
    synchronized (this) {
      if (call.previous == null && first != call) {
        call.next = first;
        if (first != null) {
          first.previous = call;
        }
        first = call;
        size++;
      }
    }
    Function<PendingCall<?>, IpcException> closed = closedWith;
    if (closed != null) {
      call.abandon(closed.apply(call));
      return false;
    }
    return true;
  }

  /** How many calls wait for their replies now. */
  public synchronized int size() {
    return size;
  }

  /** Stops tracking {@code call}; nothing if it is not tracked (any more). */
  synchronized void forget(PendingCall<?> call) {
    if (call.previous == null && first != call) {
      return;
    }
    if (call.previous != null) {
      call.previous.next = call.next;
    } else {
      first = call.next;
    }
    if (call.next != null) {
      call.next.previous = call.previous;
    }
    call.previous = null;
    call.next = null;
    size--;
  }

  private synchronized List<PendingCall<?>> snapshot() {
    List<PendingCall<?>> all = new ArrayList<>(size);
    for (PendingCall<?> call = first; call != null; call = call.next) {
      all.add(call);
    }
    return all;
  }

  /** Fails the calls of one frame, each with its own exception. */
  public void abandonFrame(int frameId, Function<PendingCall<?>, IpcException> why) {
    for (PendingCall<?> call : snapshot()) {
      if (call.frameId == frameId) {
        call.abandon(why.apply(call));
      }
    }
  }

  /** Fails every call, each with its own exception, and every call tracked later. */
  public void close(Function<PendingCall<?>, IpcException> why) {
    closedWith = why;
    for (PendingCall<?> call : snapshot()) {
      call.abandon(why.apply(call));
    }
  }

  /** Whether no call waits. */
  public synchronized boolean isEmpty() {
    return size == 0;
  }

  /** Whether {@link #close} was called. */
  public boolean isClosed() {
    return closedWith != null;
  }
}
