package org.typedipc.runtime.internal.loop;

import java.util.ArrayDeque;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.messages.Loggers;

/**
 * Per-thread run queue that keeps deliveries from nesting. While a thread runs deliveries, work
 * they trigger (a renderer's listeners after {@code event.reply}, the completion of an invoke's
 * future) is queued here and run by the same thread once the current listener returns, instead of
 * inside it. The uncontended path therefore needs no thread hand-off, never re-enters a listener,
 * and never grows the stack however long main and a renderer keep answering each other.
 */
public final class Trampoline {
  private static final ThreadLocal<Trampoline> CURRENT = ThreadLocal.withInitial(Trampoline::new);
  private static final System.Logger LOG = Loggers.WIRE;

  private final ArrayDeque<Runnable> pending = new ArrayDeque<>();
  private boolean active;
  private int listenerDepth;
  /** Loop tasks this thread ran since it last became active. */
  private int tasksRun;

  private Trampoline() {}

  /** Runs {@code work} now, or after the current one if this thread is already running work. */
  public static void execute(Runnable work) {
    Trampoline t = CURRENT.get();
    if (t.active) {
      t.pending.add(work);
      return;
    }
    t.active = true;
    t.tasksRun = 0;
    try {
      runSafely(work);
      t.runPending();
    } finally {
      t.active = false;
    }
  }

  /** Whether this thread runs no work now, so that work may start on it at once. */
  public static boolean isIdle() {
    return !CURRENT.get().active;
  }

  /**
   * Runs {@code task} of {@code loop}, which this thread owns and which had nothing queued, as the
   * first work of this idle thread; then whatever it triggered.
   */
  public static void runFirst(SerialLoop loop, Runnable task) {
    Trampoline t = CURRENT.get();
    t.active = true;
    t.tasksRun = 1;
    try {
      t.listenerDepth++;
      try {
        runSafely(task);
      } finally {
        t.listenerDepth--;
      }
      loop.continueAfterFirst();
      t.runPending();
    } finally {
      t.active = false;
    }
  }

  /** Whether work waits behind the current item on this thread. */
  public static boolean hasPending() {
    return !CURRENT.get().pending.isEmpty();
  }

  /**
   * Runs the work queued on this thread now. A blocking call made between deliveries (from a
   * future's continuation, say) uses this so that the work it queued runs before it waits.
   */
  public static void runPendingNow() {
    Trampoline t = CURRENT.get();
    if (t.active) {
      t.runPending();
    }
  }

  /** How many loop tasks this thread ran since it last became active. */
  public static int tasksRun() {
    return CURRENT.get().tasksRun;
  }

  /**
   * Counts one more loop task run within the current one (a source's run of messages) unless work
   * waits behind the current item or this is a reader thread that ran {@code readerSlice} tasks:
   * then returns false. One thread-local look-up per message.
   */
  static boolean countAnother(int readerSlice) {
    Trampoline t = CURRENT.get();
    if (!t.pending.isEmpty() || (t.tasksRun >= readerSlice && ReaderHandoff.isReader())) {
      return false;
    }
    t.tasksRun++;
    return true;
  }

  /** Whether this thread is inside a listener or handler now. */
  public static boolean inListener() {
    return CURRENT.get().listenerDepth > 0;
  }

  /** Runs one delivery task, marking this thread as inside a listener meanwhile. */
  public static void runListenerTask(Runnable task) {
    Trampoline t = CURRENT.get();
    t.tasksRun++;
    t.listenerDepth++;
    try {
      runSafely(task);
    } finally {
      t.listenerDepth--;
    }
  }

  private void runPending() {
    Runnable next;
    while ((next = pending.poll()) != null) {
      runSafely(next);
    }
  }

  private static void runSafely(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException | Error e) {
      LOG.log(System.Logger.Level.ERROR, ErrorMessages.deliveryFailedLog(), e);
    }
  }
}
