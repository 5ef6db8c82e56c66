package org.typedipc.runtime.internal.protocol;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Who reads a connection now: its reader thread, or a caller waiting for its reply that reads
 * for everybody meanwhile (leader/follower). A caller reads only while nobody else does, and
 * hands the reader thread every packet but replies, heartbeats and channel names, so listeners
 * and handlers still run where they always did, in order.
 *
 * <p>A thread woken by its reply is one thread hand-off (two context switches on one CPU) cheaper
 * than a reply read by the reader thread and handed on. For callers to find the connection free,
 * the reader thread stands by while they read: once a caller read or tried to, it waits up to
 * {@link #STAND_BY_NANOS} after the last one before it reads again (re-checking then, so a busy
 * caller costs it one wake-up per stand-by, not one per call); a packet a caller hands over, or a
 * reply someone waits for that no caller reads, wakes it at once. While callers keep reading
 * through whole stand-bys, the stand-by doubles, up to {@link #MAX_STAND_BY_NANOS}: on one CPU
 * each of those wake-ups costs two context switches, several per cent of a small call. It is
 * back to {@link #STAND_BY_NANOS} once the reader reads again. What the stand-by costs: a message
 * nobody waits for, arriving within it after a call, waits for the reader at most that long.
 */
final class ReadRole {
  /** How long the reader thread keeps away after a caller last read. */
  static final long STAND_BY_NANOS = TimeUnit.MICROSECONDS.toNanos(200);
  /** The longest stand-by, reached while callers read without a pause. */
  static final long MAX_STAND_BY_NANOS = TimeUnit.MICROSECONDS.toNanos(1600);
  /** Handed over for the end of the stream. */
  static final Object END_OF_STREAM = new Object();

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  /** Written under the lock; read without it on the reader's fast path. */
  private volatile Thread holder;
  /** Set once a caller has wanted to read: from then on the reader gives the role up between packets. */
  private volatile boolean callersRead;
  /** A packet or failure a caller read that the reader thread must handle next. */
  private Object handed;
  private boolean readerWanted;
  private boolean closed;
  private long lastCallerNanos;
  /** The stand-by now: {@link #STAND_BY_NANOS}, doubled for each one that callers read through. */
  private long standByNanos = STAND_BY_NANOS;

  /**
   * For the reader thread before each packet: it gives the role up, then waits for its turn.
   *
   * @return null when the reader now holds the role and reads; else what a caller handed over (a
   *     {@link Packet}, a {@link Throwable} or {@link #END_OF_STREAM}), or {@link #END_OF_STREAM}
   *     once the connection {@linkplain #close closed}
   */
  Object readerTurn(Thread reader) {
    if (holder == reader && !callersRead) {
      return null; // no caller has ever wanted to read: the reader keeps the role, unlocked
    }
    lock.lock();
    try {
      if (holder == reader) {
        holder = null;
      }
      while (true) {
        if (handed != null) {
          Object item = handed;
          handed = null;
          takeRole(reader);
          return item;
        }
        if (closed) {
          return END_OF_STREAM;
        }
        long standBy = callersRead ? standByNanos - (System.nanoTime() - lastCallerNanos) : 0;
        if (holder == null && (readerWanted || standBy <= 0)) {
          takeRole(reader);
          return null;
        }
        long callerBefore = lastCallerNanos;
        // Timed even while a caller reads: a caller that stops reading need not wake the reader.
        try {
          if (changed.awaitNanos(standBy > 0 ? standBy : standByNanos) <= 0 && lastCallerNanos != callerBefore) {
            standByNanos = Math.min(MAX_STAND_BY_NANOS, standByNanos * 2); // callers read all through it
          }
        } catch (InterruptedException e) {
          // An interrupt a listener left on the reader thread; the reader's loop clears them too.
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /** The reader thread reads again; the caller holds the lock. */
  private void takeRole(Thread reader) {
    holder = reader;
    readerWanted = false;
    standByNanos = STAND_BY_NANOS;
  }

  /** A caller's try to read: true if it holds the role now. */
  boolean tryLead(Thread caller) {
    lock.lock();
    try {
      callersRead = true;
      lastCallerNanos = System.nanoTime();
      if (holder != null || handed != null || closed) {
        return false;
      }
      holder = caller;
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** A caller stops reading; {@code wakeReader} when replies are still due that no caller reads. */
  void release(Thread caller, boolean wakeReader) {
    lock.lock();
    try {
      if (holder == caller) {
        holder = null;
        lastCallerNanos = System.nanoTime();
        if (wakeReader) {
          readerWanted = true;
          changed.signalAll();
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /** A caller stops reading and leaves what it read, or how reading failed, to the reader thread. */
  void hand(Thread caller, Object item) {
    lock.lock();
    try {
      if (holder == caller) {
        holder = null;
        handed = item;
        readerWanted = true; // the caller waits now: the reader reads on without standing by
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** The reader thread passes reading on to {@code next} (its own thread is about to block). */
  void transfer(Thread from, Thread next) {
    lock.lock();
    try {
      if (holder == from) {
        holder = next;
      }
    } finally {
      lock.unlock();
    }
  }

  /** The connection ended: the reader thread stops waiting, callers stop reading. */
  void close() {
    lock.lock();
    try {
      closed = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
