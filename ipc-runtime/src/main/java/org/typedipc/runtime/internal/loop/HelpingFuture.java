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
  @Override
  public T get() throws InterruptedException, ExecutionException {
    helpBeforeBlocking();
    return super.get();
  }

  @Override
  public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
    helpBeforeBlocking();
    return super.get(timeout, unit);
  }

  @Override
  public T join() {
    helpBeforeBlocking();
    return super.join();
  }

  private void helpBeforeBlocking() {
    if (!isDone()) {
      Trampoline.runPendingNow();
      if (!isDone()) {
        ReaderHandoff.beforeBlocking();
      }
    }
  }

  @Override
  public <U> CompletableFuture<U> newIncompleteFuture() {
    return new HelpingFuture<>();
  }
}
