package org.typedipc.runtime.internal.dispatch;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.internal.loop.Daemons;
import org.typedipc.runtime.internal.loop.HelpingFuture;
import org.typedipc.runtime.internal.loop.ReplyReading;
import org.typedipc.runtime.internal.loop.Trampoline;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.DeclaredExceptions;

/**
 * A call waiting for its reply from the other side: a renderer's {@code sendSync} or {@code
 * invoke}, or main's invoke of a renderer. It is the reply's sink: the first outcome wins, be it
 * the reply, a cancel, the deadline or a disconnect. Completion goes through the thread's {@link
 * Trampoline}, so that the caller's continuations never run inside a listener.
 */
public final class PendingCall<R> implements ReplySink, Runnable {
  private final PendingCalls owner;
  public final int frameId;
  public final String channel;
  public final boolean sync;
  private final Codec<R> resultCodec;
  private final DeclaredExceptions exceptions;
  private final long maxDecodedBytes;
  private final CallFuture<R> future = new CallFuture<>(this);
  private final CancelSignal cancel = new CancelSignal();
  private ScheduledFuture<?> timeout;
  private R value;
  /** The encoded size of the reply, once it came; 0 for a failure or a local end. */
  private volatile int replyBytes;
  /** An {@link IpcException} or an exception the channel declares. */
  private Exception failure;

  /**
   * A call from or to {@code frameId} that {@code owner} tracks until it ends; its reply may decode
   * to at most {@code maxDecodedBytes}.
   */
  public PendingCall(PendingCalls owner, int frameId, Channel<?, R> channel, boolean sync, long maxDecodedBytes) {
    this.owner = owner;
    this.maxDecodedBytes = maxDecodedBytes;
    this.frameId = frameId;
    this.channel = channel.name();
    this.resultCodec = channel.resultCodec();
    this.exceptions = channel.exceptions();
    this.sync = sync;
  }

  /** The future the caller holds; cancelling it cancels the call. */
  public CompletableFuture<R> future() {
    return future;
  }

  /** The encoded size of the reply that ended the call; 0 if it failed or ended on this side. */
  public int replyBytes() {
    return replyBytes;
  }

  /** Ends the call with {@code reason} once {@code deadline} passes, unless it ended before. */
  public void expireAfter(Duration deadline, Supplier<? extends IpcException> reason) {
    ScheduledFuture<?> t = Daemons.timer().schedule(() -> abandon(reason.get()), deadline.toNanos(), TimeUnit.NANOSECONDS);
    synchronized (this) {
      timeout = t;
    }
    if (future.isDone()) {
      t.cancel(false);
    }
  }

  // ---- ReplySink: main's one reply ----

  @Override
  public void succeed(byte[] payload) {
    replyBytes = payload.length;
    try {
      value = Payloads.decode(resultCodec, payload, channel, maxDecodedBytes);
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
  public void readBy(ReplyReading connection) {
    future.readBy(connection);
  }

  @Override
  public void onCancel(Runnable action) {
    cancel.onCancel(action);
  }

  // ---- local ends: cancel, deadline, disconnect ----

  /** Ends the call on this side with {@code reason}, telling main's handler it was cancelled. */
  public void abandon(IpcException reason) {
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
    owner.forget(this);
    ScheduledFuture<?> t;
    synchronized (this) {
      t = timeout;
    }
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
