package org.typedipc.runtime.internal.loop;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One source's tasks on a loop shared with other sources (one renderer's messages on main's loop).
 * The source has at most one task in the loop at a time, so sources with work take turns
 * (round-robin) however much one of them queued: a message waits for at most one message of
 * each other source. The bytes its waiting tasks hold count against the source's inbound credit,
 * which its reader waits on before it reads more.
 */
public final class TurnQueue {
  private final SerialLoop loop;
  private final ByteBudget.Account credit;
  /** The waiting tasks and the bytes each holds, oldest at {@link #head}: rings that grow, so that queueing a task allocates nothing. */
  private Runnable[] tasks = new Runnable[16];
  private long[] taskBytes = new long[16];
  private int head;
  private int count;
  private final AtomicBoolean inLoop = new AtomicBoolean();
  private final Runnable turn = this::takeTurn;
  /** Guards the rings with the credit: queueing, or giving back one task's bytes and taking the next, is one lock. */
  private final Object lock;

  /** A queue onto {@code loop} whose waiting tasks are counted against {@code credit}. */
  public TurnQueue(SerialLoop loop, ByteBudget.Account credit) {
    this.loop = loop;
    this.credit = credit;
    this.lock = credit.lock();
  }

  /** The bytes the waiting tasks hold now. */
  public long queuedBytes() {
    return credit.used();
  }

  /** Queues {@code task}, which holds {@code bytes} until it ran, behind this source's earlier ones. */
  public void execute(Runnable task, long bytes) {
    add(task, bytes);
    if (inLoop.compareAndSet(false, true)) { // scheduleTurn, knowing a task waits
      loop.execute(turn);
    }
  }

  /** Takes the task's bytes from the credit and queues it: one lock, the credit's, for both. */
  private void add(Runnable task, long bytes) {
    synchronized (lock) {
      credit.force(bytes);
      addHeld(task, bytes);
    }
  }

  private void addHeld(Runnable task, long bytes) {
    if (count == tasks.length) {
      Runnable[] grownTasks = new Runnable[count * 2];
      long[] grownBytes = new long[count * 2];
      for (int i = 0; i < count; i++) {
        grownTasks[i] = tasks[(head + i) % count];
        grownBytes[i] = taskBytes[(head + i) % count];
      }
      tasks = grownTasks;
      taskBytes = grownBytes;
      head = 0;
    }
    int tail = (head + count) % tasks.length;
    tasks[tail] = task;
    taskBytes[tail] = bytes;
    count++;
  }

  private boolean isEmpty() {
    synchronized (lock) {
      return count == 0;
    }
  }

  /**
   * Waits until this source may take more (its credit, and the total it shares, have room), at
   * most {@code timeoutNanos}; true if it may.
   */
  public boolean awaitRoom(long timeoutNanos) throws InterruptedException {
    return credit.awaitRoom(timeoutNanos);
  }

  /** The bytes this source's waiting tasks hold. */
  public long used() {
    return credit.used();
  }

  /** Stops counting: the source is gone; what it queued still runs. */
  public void close() {
    credit.close();
  }

  private void scheduleTurn() {
    if (!isEmpty() && inLoop.compareAndSet(false, true)) {
      loop.execute(turn);
    }
  }

  /**
   * Runs this source's oldest task, then its next ones while the loop has nothing else to run (no
   * other source's turn, no work the tasks triggered, no pause, no reader past its slice): a run of
   * messages costs one turn, and a message still waits for at most one of each other source. Then
   * queues its next turn behind the other sources'.
   */
  private void takeTurn() {
    long held = 0; // the bytes of the task that ran last: given back as the next is taken
    try {
      while (true) {
        Runnable task = releaseAndTake(held);
        held = 0;
        if (task == null) {
          break;
        }
        held = takenBytes;
        task.run();
        if (!loop.mayContinueTurn()) {
          break;
        }
      }
    } finally {
      if (held > 0) {
        credit.release(held);
      }
      inLoop.set(false);
      scheduleTurn();
    }
  }

  /** The bytes of the task {@link #releaseAndTake} took last; only the loop's thread reads it. */
  private long takenBytes;

  /** Gives back {@code ranBytes} and takes the oldest task (noting its bytes), or null if none waits. */
  private Runnable releaseAndTake(long ranBytes) {
    synchronized (lock) {
      if (ranBytes > 0) {
        credit.release(ranBytes);
      }
      if (count == 0) {
        return null;
      }
      Runnable task = tasks[head];
      takenBytes = taskBytes[head];
      tasks[head] = null;
      head = (head + 1) % tasks.length;
      count--;
      return task;
    }
  }
}
