package org.typedipc.runtime.internal.loop;

import java.util.concurrent.ConcurrentLinkedQueue;
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
  private final ConcurrentLinkedQueue<Item> items = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean inLoop = new AtomicBoolean();
  private final Runnable turn = this::takeTurn;

  private static final class Item {
    final Runnable task;
    final long bytes;

    Item(Runnable task, long bytes) {
      this.task = task;
      this.bytes = bytes;
    }
  }

  /** A queue onto {@code loop} whose waiting tasks are counted against {@code credit}. */
  public TurnQueue(SerialLoop loop, ByteBudget.Account credit) {
    this.loop = loop;
    this.credit = credit;
  }

  /** The bytes the waiting tasks hold now. */
  public long queuedBytes() {
    return credit.used();
  }

  /** Queues {@code task}, which holds {@code bytes} until it ran, behind this source's earlier ones. */
  public void execute(Runnable task, long bytes) {
    credit.force(bytes);
    items.add(new Item(task, bytes));
    scheduleTurn();
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
    if (!items.isEmpty() && inLoop.compareAndSet(false, true)) {
      loop.execute(turn);
    }
  }

  /** Runs this source's oldest task, then queues its next turn behind the other sources'. */
  private void takeTurn() {
    Item item = items.poll();
    try {
      if (item != null) {
        item.task.run();
      }
    } finally {
      if (item != null) {
        credit.release(item.bytes);
      }
      inLoop.set(false);
      scheduleTurn();
    }
  }
}
