package org.typedipc.runtime.internal.loop;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A future that, before it blocks, runs the deliveries its thread has queued and, on a
 * connection's reader thread, passes reading on. A listener that blocks on an invoke's future
 * ({@code ipcRenderer.invoke(…).join()}) would otherwise wait for a delivery queued on its own
 * thread, or for a reply only its own thread would read. Futures derived from it ({@code
 * thenApply}, …) help the same way.
 */
public class HelpingFuture<T> extends CompletableFuture<T> {
  /** The connection whose reply completes this future, if the waiting thread may read it itself. */
  private volatile ReplyReading reading;

  /** The waiting thread may read the reply from {@code reading} itself (see {@link ReplyReading}). */
  public void readBy(ReplyReading reading) {
    this.reading = reading;
  }

  @Override
  public T get() throws InterruptedException, ExecutionException {
    helpBeforeBlocking(Long.MAX_VALUE);
    return super.get();
  }

  @Override
  public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
    long start = System.nanoTime();
    long nanos = unit.toNanos(timeout);
    helpBeforeBlocking(nanos);
    return super.get(Math.max(0, nanos - (System.nanoTime() - start)), TimeUnit.NANOSECONDS);
  }

  @Override
  public T join() {
    helpBeforeBlocking(Long.MAX_VALUE);
    return super.join();
  }

  private void helpBeforeBlocking(long timeoutNanos) {
    if (!isDone()) {
      Trampoline.runPendingNow();
      ReplyReading connection = reading;
      // An interrupted thread would find every wait for bytes over at once: it waits as before.
      if (connection != null && !isDone() && !ReaderHandoff.isReader() && Trampoline.isIdle()
          && !Thread.currentThread().isInterrupted()) {
        long now = System.nanoTime();
        connection.readUntil(this, timeoutNanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + timeoutNanos);
      }
      if (!isDone()) {
        ReaderHandoff.beforeBlocking();
      }
    }
  }

  @Override
  public <U> CompletableFuture<U> newIncompleteFuture() {
    HelpingFuture<U> next = new HelpingFuture<>();
    next.reading = reading;
    return next;
  }
}
