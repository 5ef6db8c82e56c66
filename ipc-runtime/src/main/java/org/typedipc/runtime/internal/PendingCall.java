package org.typedipc.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.codec.Codec;

/**
 * A renderer's {@code sendSync} or {@code invoke} waiting for its reply. It is the reply's sink:
 * the first outcome wins, be it main's reply, a cancel, the deadline or a disconnect. Completion
 * goes through the thread's {@link Trampoline}, so that the caller's continuations never run
 * inside a listener.
 */
final class PendingCall<R> implements ReplySink, Runnable {
  private static final System.Logger LOG = System.getLogger("org.typedipc.runtime");

  final RendererClient client;
  final int frameId;
  final String channel;
  final boolean sync;
  private final Codec<R> resultCodec;
  private final CallFuture<R> future = new CallFuture<>(this);
  private volatile boolean cancelled;
  private List<Runnable> cancelActions;
  private ScheduledFuture<?> timeout;
  private R value;
  private IpcException failure;

  PendingCall(RendererClient client, int frameId, String channel, Codec<R> resultCodec, boolean sync) {
    this.client = client;
    this.frameId = frameId;
    this.channel = channel;
    this.resultCodec = resultCodec;
    this.sync = sync;
  }

  CompletableFuture<R> future() {
    return future;
  }

  void setTimeout(ScheduledFuture<?> timeout) {
    this.timeout = timeout;
  }

  // ---- ReplySink: main's one reply ----

  @Override
  public void succeed(byte[] payload) {
    try {
      value = Payloads.decode(resultCodec, payload);
    } catch (IpcProtocolException e) {
      failure = e;
    }
    Trampoline.execute(this);
  }

  @Override
  public void fail(RemoteError error) {
    failure = error.toException(channel);
    Trampoline.execute(this);
  }

  /** Completes the future with the reply recorded by {@link #succeed} or {@link #fail}. */
  @Override
  public void run() {
    boolean completed = failure != null ? future.completeExceptionally(failure) : future.complete(value);
    if (completed) {
      finished();
    }
  }

  @Override
  public boolean isCancelled() {
    return cancelled;
  }

  @Override
  public void onCancel(Runnable action) {
    synchronized (this) {
      if (!cancelled) {
        if (cancelActions == null) {
          cancelActions = new ArrayList<>(2);
        }
        cancelActions.add(action);
        return;
      }
    }
    runCancelAction(action);
  }

  // ---- local ends: cancel, deadline, disconnect ----

  /** Ends the call on this side with {@code reason}, telling main's handler it was cancelled. */
  void abandon(IpcException reason) {
    if (future.completeExceptionally(reason)) {
      cancelled();
    }
  }

  /** The caller cancelled the future. */
  void cancelledByCaller() {
    cancelled();
  }

  private void cancelled() {
    List<Runnable> actions;
    synchronized (this) {
      cancelled = true;
      actions = cancelActions;
      cancelActions = null;
    }
    finished();
    if (actions != null) {
      actions.forEach(PendingCall::runCancelAction);
    }
  }

  private void finished() {
    client.forget(this);
    ScheduledFuture<?> t = timeout;
    if (t != null) {
      t.cancel(false);
    }
  }

  private static void runCancelAction(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "Error occurred in an invoke cancel action:", e);
    }
  }

  /** The future the caller holds; cancelling it cancels the call. */
  private static final class CallFuture<R> extends HelpingFuture<R> {
    private final PendingCall<R> call;

    CallFuture(PendingCall<R> call) {
      this.call = call;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      if (cancelled) {
        call.cancelledByCaller();
      }
      return cancelled;
    }
  }
}
