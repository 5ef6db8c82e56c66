package org.typedipc.runtime.internal.loop;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.messages.Loggers;

/**
 * Electron's single event loop without a thread of its own: tasks run one at a time, in the order
 * they were queued, each to completion. Without an executor the thread that queues a task into an
 * idle loop runs it itself (through its {@link Trampoline}); a thread that finds the loop busy just
 * queues, and the thread draining it runs the task. With an executor, draining happens there.
 *
 * <p>{@link #pause()} holds deliveries back, e.g. while a renderer waits in {@code sendSync}; tasks
 * queued meanwhile run after {@link #resume()}, on the fallback executor.
 *
 * <p>A connection's reader that found the loop idle runs at most {@link #READER_SLICE} tasks in a
 * row, then hands the rest to a pool thread and goes back to reading: its own renderer's messages
 * keep being read while main works through the others'.
 */
public final class SerialLoop {
  private static final System.Logger LOG = Loggers.WIRE;

  /** The most tasks a reader thread runs before it hands the loop on and reads again. */
  public static final int READER_SLICE = 16;

  private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicInteger pauses = new AtomicInteger();
  private final Executor executor;
  private final Runnable drainInline = this::drainInline;
  private final Runnable drainOnExecutor = () -> Trampoline.execute(this::drainOwned);
  /** Whether a pool thread was asked to take the loop over from a reader. */
  private final AtomicBoolean handedOff = new AtomicBoolean();
  private final Runnable drainHandedOff = () -> {
    handedOff.set(false);
    Trampoline.execute(drainInline);
  };

  /** A loop drained by the threads that bring tasks, or by {@code executor} when not null. */
  public SerialLoop(Executor executor) {
    this.executor = executor;
  }

  /** Queues {@code task} and runs it now if the loop is idle and may run on this thread. */
  public void execute(Runnable task) {
    if (executor == null && queue.isEmpty() && pauses.get() == 0 && Trampoline.isIdle() && running.compareAndSet(false, true)) {
      // The uncontended path: nothing is queued, so this task is next; run it without queueing.
      Trampoline.runFirst(this, task);
      return;
    }
    queue.add(task);
    schedule();
  }

  /**
   * Whether the task that just ran on this loop's thread may be followed by its source's next one
   * within the same turn: nothing else is queued on the loop, the task triggered no work that must
   * run first, deliveries are not held back and a reader thread has not used its slice. Counts the
   * next task as run when it may.
   */
  boolean mayContinueTurn() {
    return queue.isEmpty() && pauses.get() == 0 && Trampoline.countAnother(executor == null ? READER_SLICE : Integer.MAX_VALUE);
  }

  /** Whether deliveries are held back now. */
  public boolean isPaused() {
    return pauses.get() > 0;
  }

  /** Holds deliveries back until the matching {@link #resume()}. */
  public void pause() {
    pauses.incrementAndGet();
  }

  /** Ends a pause; what was queued meanwhile runs on another thread, after the caller returns. */
  public void resume() {
    if (pauses.decrementAndGet() == 0 && !queue.isEmpty()) {
      if (executor != null) {
        schedule();
      } else {
        Daemons.deliveries().execute(() -> Trampoline.execute(drainInline));
      }
    }
  }

  private void schedule() {
    if (pauses.get() > 0 || queue.isEmpty()) {
      return;
    }
    if (executor == null) {
      Trampoline.execute(drainInline);
    } else if (running.compareAndSet(false, true)) {
      try {
        executor.execute(drainOnExecutor);
      } catch (RejectedExecutionException e) {
        running.set(false);
        LOG.log(System.Logger.Level.ERROR, ErrorMessages.executorRejectedLog(), e);
      }
    }
  }

  private void drainInline() {
    if (readerSliceUsed()) {
      handOff();
    } else if (running.compareAndSet(false, true)) {
      drainOwned();
    }
  }

  /** Whether this is a reader thread that ran its share of the loop and must go back to reading. */
  private boolean readerSliceUsed() {
    return executor == null && Trampoline.tasksRun() >= READER_SLICE && ReaderHandoff.isReader();
  }

  /** Has a pool thread drain the loop (one request at a time). */
  private void handOff() {
    if (handedOff.compareAndSet(false, true)) {
      Daemons.deliveries().execute(drainHandedOff);
    }
  }

  /** After a task ran without being queued: runs what came meanwhile; the caller owns {@link #running}. */
  public void continueAfterFirst() {
    if (Trampoline.hasPending()) {
      running.set(false);
      schedule();
    } else {
      drainOwned();
    }
  }

  /** Runs queued tasks; the caller owns {@link #running}. */
  private void drainOwned() {
    try {
      Runnable task;
      while (pauses.get() == 0 && (task = queue.poll()) != null) {
        Trampoline.runListenerTask(task);
        if (Trampoline.hasPending() || readerSliceUsed()) {
          // What the task triggered runs first; schedule() below queues the rest behind it. A
          // reader past its slice gets there too, and drainInline hands the rest to the pool.
          break;
        }
      }
    } finally {
      running.set(false);
    }
    schedule();
  }
}
