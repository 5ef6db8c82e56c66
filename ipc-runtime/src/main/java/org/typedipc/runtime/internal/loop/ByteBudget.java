package org.typedipc.runtime.internal.loop;

/**
 * Bytes held in memory against two limits: each holder's own (an {@link Account}, e.g. one
 * connection's outbound queue) and a total shared by all the accounts of one budget (e.g. every
 * connection of one main). An account that holds nothing may always take one item, so a single
 * message larger than what is left still moves, and no holder is starved by the others.
 */
public final class ByteBudget {
  private final long totalLimit;
  /** Volatile, as are each account's {@code used} and {@code closed}, so that room may be seen without the lock. */
  private volatile long totalUsed;

  /** A budget whose accounts together hold at most {@code totalLimit} bytes (beyond one item each). */
  public ByteBudget(long totalLimit) {
    this.totalLimit = totalLimit;
  }

  /** Threads waiting for room now; guarded by this budget's lock. */
  private int waiting;

  /** Waits at most {@code nanos} for bytes to be given back; the caller holds the lock. */
  private void awaitChange(long nanos) throws InterruptedException {
    waiting++;
    try {
      wait(Math.max(1, nanos / 1_000_000));
    } finally {
      waiting--;
    }
  }

  /** Wakes whoever waits for room; the caller holds the lock. Nobody waits most of the time: then it costs nothing. */
  private void wakeWaiting() {
    if (waiting > 0) {
      notifyAll();
    }
  }

  /** A new account of this budget holding at most {@code limit} bytes. */
  public Account account(long limit) {
    return new Account(limit);
  }

  /** The bytes all accounts hold now. */
  public synchronized long used() {
    return totalUsed;
  }

  /** One holder's share of the budget. */
  public final class Account {
    private final long limit;
    private volatile long used;
    private volatile boolean closed;

    private Account(long limit) {
      this.limit = limit;
    }

    /** Takes {@code bytes} if they fit (or this account holds nothing); false otherwise. */
    public boolean tryTake(long bytes) {
      synchronized (ByteBudget.this) {
        if (!fits(bytes)) {
          return false;
        }
        take(bytes);
        return true;
      }
    }

    /** Takes {@code bytes} whether or not they fit: for small control items that must not wait. */
    public void force(long bytes) {
      synchronized (ByteBudget.this) {
        take(bytes);
      }
    }

    /**
     * Waits until {@code bytes} fit, then takes them.
     *
     * @return false if the account was closed or {@code timeoutNanos} passed first
     */
    public boolean awaitTake(long bytes, long timeoutNanos) throws InterruptedException {
      long deadline = System.nanoTime() + timeoutNanos;
      synchronized (ByteBudget.this) {
        while (!fits(bytes)) {
          long left = deadline - System.nanoTime();
          if (closed || left <= 0) {
            return false;
          }
          awaitChange(left);
        }
        if (closed) {
          return false;
        }
        take(bytes);
        return true;
      }
    }

    /**
     * Waits until this account has room for more (it is below its limit and the total below its
     * own), at most {@code timeoutNanos}.
     *
     * @return whether there is room now
     */
    public boolean awaitRoom(long timeoutNanos) throws InterruptedException {
      if (closed || fits(1)) {
        return true; // the common case, without the lock a reader would otherwise take per message
      }
      long deadline = System.nanoTime() + timeoutNanos;
      synchronized (ByteBudget.this) {
        while (!closed && !fits(1)) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            return false;
          }
          awaitChange(left);
        }
        return true;
      }
    }

    /**
     * The lock guarding this account (the whole budget's): a holder that keeps state of its own
     * beside its bytes (a queue and what its items hold) guards both with this one lock.
     */
    public Object lock() {
      return ByteBudget.this;
    }

    /** Whether this account has room for more now. */
    public boolean hasRoom() {
      synchronized (ByteBudget.this) {
        return fits(1);
      }
    }

    /** Gives back {@code bytes} taken before, waking whoever waits for room. */
    public void release(long bytes) {
      synchronized (ByteBudget.this) {
        long returned = Math.min(bytes, used);
        used -= returned;
        totalUsed -= returned;
        wakeWaiting();
      }
    }

    /** The bytes this account holds. */
    public long used() {
      synchronized (ByteBudget.this) {
        return used;
      }
    }

    /** Gives back everything and fails every later wait: the holder is gone. */
    public void close() {
      synchronized (ByteBudget.this) {
        closed = true;
        totalUsed -= used;
        used = 0;
        wakeWaiting();
      }
    }

    private boolean fits(long bytes) {
      return used == 0 || (used + bytes <= limit && totalUsed + bytes <= totalLimit);
    }

    private void take(long bytes) {
      if (!closed) {
        used += bytes;
        totalUsed += bytes;
      }
    }
  }
}
