package org.typedipc.runtime.internal.loop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The deadlines of calls in flight, in one heap ordered by time, with one task on the {@link
 * Daemons#timer() timer} for the earliest. A call is its own heap entry, so that a deadline costs
 * no object of its own: a timer task per call would be allocated, queued and cancelled for every
 * call, while nearly every call ends long before its deadline. A deadline fires when the timer
 * reaches it, as a task of its own would.
 */
public final class Deadlines {
  private static final Deadlines SHARED = new Deadlines();

  private Entry[] heap = new Entry[64];
  private int size;
  /** Whether a timer task is due at {@link #armedAt}, which no entry is earlier than. */
  private boolean armed;
  private long armedAt;

  private Deadlines() {}

  /**
   * How many deadlines run now, in the whole process. The timer keeps at most one task of its own
   * for them, which holds only a time: what ended its call leaves nothing on the timer but that.
   */
  public static int running() {
    synchronized (SHARED) {
      return SHARED.size;
    }
  }

  /**
   * Something with a deadline: once it is {@linkplain #start started}, {@link #expire} runs on the
   * timer when the deadline passes, unless {@link #stop} came first.
   */
  public abstract static class Entry {
    private long expiresAt;
    /** Its place in the heap, or -1 when it has no deadline running. */
    private int index = -1;

    /** Starts this entry's deadline, {@code nanos} from now; a running one is replaced. */
    protected final void start(long nanos) {
      SHARED.add(this, nanos);
    }

    /** Stops this entry's deadline, if it runs. */
    protected final void stop() {
      SHARED.remove(this);
    }

    /** The deadline passed: runs on the timer, once, without any lock of the deadlines held. */
    protected abstract void expire();
  }

  private synchronized void add(Entry entry, long nanos) {
    if (entry.index >= 0) {
      removeAt(entry.index);
    }
    long at = System.nanoTime() + nanos;
    entry.expiresAt = at;
    if (size == heap.length) {
      heap = Arrays.copyOf(heap, size * 2);
    }
    entry.index = size;
    heap[size++] = entry;
    siftUp(entry.index);
    if (!armed || at - armedAt < 0) {
      arm(at);
    }
  }

  private synchronized void remove(Entry entry) {
    if (entry.index >= 0) {
      removeAt(entry.index);
    }
  }

  /** One task for the earliest deadline; a later task still queued only finds nothing due. */
  private void arm(long at) {
    armed = true;
    armedAt = at;
    Daemons.timer().schedule(() -> fire(at), Math.max(0, at - System.nanoTime()), TimeUnit.NANOSECONDS);
  }

  private void fire(long scheduledFor) {
    List<Entry> due = new ArrayList<>();
    synchronized (this) {
      long now = System.nanoTime();
      while (size > 0 && heap[0].expiresAt - now <= 0) {
        due.add(removeAt(0));
      }
      if (armed && armedAt == scheduledFor) {
        armed = false;
      }
      if (size > 0 && (!armed || heap[0].expiresAt - armedAt < 0)) {
        arm(heap[0].expiresAt);
      }
      if (size == 0 && heap.length > 1024) {
        heap = new Entry[64]; // a burst of calls grew it; nothing needs the room now
      }
    }
    for (Entry entry : due) {
      entry.expire();
    }
  }

  private Entry removeAt(int index) {
    Entry removed = heap[index];
    removed.index = -1;
    Entry last = heap[--size];
    heap[size] = null;
    if (index < size) {
      heap[index] = last;
      last.index = index;
      siftDown(index);
      if (heap[index] == last) {
        siftUp(index);
      }
    }
    return removed;
  }

  private void siftUp(int index) {
    Entry entry = heap[index];
    while (index > 0) {
      int parent = (index - 1) >>> 1;
      if (heap[parent].expiresAt - entry.expiresAt <= 0) {
        break;
      }
      place(heap[parent], index);
      index = parent;
    }
    place(entry, index);
  }

  private void siftDown(int index) {
    Entry entry = heap[index];
    int half = size >>> 1;
    while (index < half) {
      int child = 2 * index + 1;
      if (child + 1 < size && heap[child + 1].expiresAt - heap[child].expiresAt < 0) {
        child++;
      }
      if (entry.expiresAt - heap[child].expiresAt <= 0) {
        break;
      }
      place(heap[child], index);
      index = child;
    }
    place(entry, index);
  }

  private void place(Entry entry, int index) {
    heap[index] = entry;
    entry.index = index;
  }
}
