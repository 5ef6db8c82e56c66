package org.typedipc.runtime.internal.loop;

/**
 * Lets a connection's reader thread pass reading on before code it runs blocks. Listeners and
 * future continuations run on the reader thread (no hand-off on the hot path); if one of them
 * blocks waiting for a reply, another thread must read that reply.
 */
public final class ReaderHandoff {
  private static final ThreadLocal<Runnable> HANDOFF = new ThreadLocal<>();

  private ReaderHandoff() {}

  /** Marks the calling thread as a reader; {@code handoff} starts another reader. */
  public static void install(Runnable handoff) {
    HANDOFF.set(handoff);
  }

  /** The calling thread is no reader any more. */
  public static void clear() {
    HANDOFF.remove();
  }

  /** Whether the calling thread reads a connection (and must not wait for room to write). */
  public static boolean isReader() {
    return HANDOFF.get() != null;
  }

  /** Called before the thread blocks for IPC: a reader thread hands reading on first. */
  public static void beforeBlocking() {
    Runnable handoff = HANDOFF.get();
    if (handoff != null) {
      HANDOFF.remove();
      handoff.run();
    }
  }
}
