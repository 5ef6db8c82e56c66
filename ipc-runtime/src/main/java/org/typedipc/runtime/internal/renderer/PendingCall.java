package org.typedipc.runtime.internal.renderer;

import org.typedipc.runtime.internal.dispatch.CancelSignal;
import org.typedipc.runtime.internal.dispatch.Payloads;
import org.typedipc.runtime.internal.dispatch.RemoteError;
import org.typedipc.runtime.internal.dispatch.ReplySink;
import org.typedipc.runtime.internal.loop.HelpingFuture;
import org.typedipc.runtime.internal.loop.Trampoline;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.DeclaredExceptions;

/**
 * A renderer's {@code sendSync} or {@code invoke} waiting for its reply. It is the reply's sink:
 * the first outcome wins, be it main's reply, a cancel, the deadline or a disconnect. Completion
 * goes through the thread's {@link Trampoline}, so that the caller's continuations never run
 * inside a listener.
 */
final class PendingCall<R> implements ReplySink, Runnable {
  final RendererClient client;
  final int frameId;
  final String channel;
  final boolean sync;
  private final Codec<R> resultCodec;
  private final DeclaredExceptions exceptions;
  private final CallFuture<R> future = new CallFuture<>(this);
  private final CancelSignal cancel = new CancelSignal();
  private ScheduledFuture<?> timeout;
  private R value;
  /** An {@link IpcException} or an exception the channel declares. */
  private Exception failure;

  PendingCall(RendererClient client, int frameId, Channel<?, R> channel, boolean sync) {
    this.client = client;
    this.frameId = frameId;
    this.channel = channel.name();
    this.resultCodec = channel.resultCodec();
    this.exceptions = channel.exceptions();
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
      value = Payloads.decode(resultCodec, payload, channel, client.maxDecodedBytes());
    } catch (IpcProtocolException e) {
      failure = e;
    }
    Trampoline.execute(this);
  }

  @Override
  public void fail(RemoteError error) {
    try {
      failure = error.toException(channel, exceptions);
    } catch (IpcProtocolException e) {
      failure = e;
    }
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
    return cancel.isCancelled();
  }

  @Override
  public void onCancel(Runnable action) {
    cancel.onCancel(action);
  }

  // ---- local ends: cancel, deadline, disconnect ----

  /** Ends the call on this side with {@code reason}, telling main's handler it was cancelled. */
  void abandon(IpcException reason) {
    if (future.completeExceptionally(reason)) {
      cancelledByCaller();
    }
  }

  /** The caller stopped waiting: the future was cancelled or failed locally. */
  void cancelledByCaller() {
    finished();
    cancel.cancel();
  }

  private void finished() {
    client.forget(this);
    ScheduledFuture<?> t = timeout;
    if (t != null) {
      t.cancel(false);
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
