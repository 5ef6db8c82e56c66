package org.typedipc.runtime.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A future that, before it blocks, runs the deliveries its thread has queued. A listener that
 * blocks on an invoke's future ({@code ipcRenderer.invoke(…).join()}) would otherwise wait for a
 * main-side delivery queued on its own thread, behind the listener itself. Futures derived from it
 * ({@code thenApply}, …) help the same way.
 */
class HelpingFuture<T> extends CompletableFuture<T> {
  @Override
  public T get() throws InterruptedException, ExecutionException {
    Trampoline.runPendingNow();
    return super.get();
  }

  @Override
  public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
    Trampoline.runPendingNow();
    return super.get(timeout, unit);
  }

  @Override
  public T join() {
    Trampoline.runPendingNow();
    return super.join();
  }

  @Override
  public <U> CompletableFuture<U> newIncompleteFuture() {
    return new HelpingFuture<>();
  }
}
