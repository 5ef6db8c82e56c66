package org.typedipc.runtime.internal.transport;

import java.io.IOException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.function.Consumer;

/**
 * Waits until a non-blocking channel is ready for one kind of operation, through a selector of its
 * own opened on first need: one thread waits at a time (the connection's reader, or whoever writes).
 * {@link #close()} wakes a waiting thread, which then fails as if the channel had closed under it.
 */
final class Readiness {
  private static final Consumer<SelectionKey> IGNORE = key -> {};

  private final SelectableChannel channel;
  private final int operation;
  private Selector selector;
  private boolean closed;

  Readiness(SelectableChannel channel, int operation) {
    this.channel = channel;
    this.operation = operation;
  }

  /** Returns once the channel is probably ready (a wake-up may be spurious: the caller tries again). */
  void await() throws IOException {
    await(0);
  }

  /**
   * Returns once the channel is ready (true), or after {@code timeoutMillis} if not 0 (false).
   */
  boolean await(long timeoutMillis) throws IOException {
    Selector waitOn = selector();
    // A pending interrupt would make every select return at once: it is set aside for the wait.
    boolean interrupted = Thread.interrupted();
    boolean ready;
    try {
      // The consumer form leaves the selected-key set alone: no allocation per wake-up.
      ready = waitOn.select(IGNORE, timeoutMillis) > 0;
    } catch (ClosedSelectorException e) {
      throw new AsynchronousCloseException();
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    if (!channel.isOpen()) {
      throw new AsynchronousCloseException();
    }
    return ready;
  }

  private synchronized Selector selector() throws IOException {
    if (closed || !channel.isOpen()) {
      throw new AsynchronousCloseException();
    }
    if (selector == null) {
      Selector opened = Selector.open();
      try {
        channel.register(opened, operation);
      } catch (IOException | RuntimeException e) {
        opened.close();
        throw e;
      }
      selector = opened;
    }
    return selector;
  }

  /** Wakes a waiting thread and releases the selector; later waits fail. */
  synchronized void close() throws IOException {
    closed = true;
    if (selector != null) {
      selector.close();
    }
  }
}
