package org.typedipc.runtime.internal.dispatch;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcOutcome;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.internal.loop.Deadlines;
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
public final class PendingCall<R> extends Deadlines.Entry implements ReplySink, Runnable {
  private static final AtomicIntegerFieldUpdater<PendingCall<?>> END_REPORTED = endReported();

  private final PendingCalls owner;
  /** Its neighbours among its owner's calls (guarded by the owner). */
  PendingCall<?> previous;
  PendingCall<?> next;
  public final int frameId;
  public final String channel;
  public final boolean sync;
  private final Codec<R> resultCodec;
  private final DeclaredExceptions exceptions;
  private final long maxDecodedBytes;
  private final CallFuture<R> future = new CallFuture<>(this);
  /**
   * The cancellation, kept here rather than in a {@link CancelSignal}: a call across a connection
   * has one action, its connection's cancel of its request; other actions, rare, go to {@link #others}.
   */
  private volatile boolean cancelled;
  private RequestCanceller canceller;
  private long requestId;
  private CancelSignal others;
  /** The deadline that runs, and what its passing fails the call with. */
  private Duration deadline;
  private TimeoutReason timeoutReason;
  /** What counts the call's end, and the interceptors' tracker to finish then (either may be null). */
  private volatile Ending ending;
  private CallTracker tracker;
  private volatile int endReported;
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

  /** What a call's deadline fails it with: built when it passes, from what the call kept. */
  @FunctionalInterface
  public interface TimeoutReason {
    IpcException timedOut(String channel, Duration deadline);
  }

  /** Counts the end of a call; shared by the calls of one side, so that a call adds no object of its own. */
  @FunctionalInterface
  public interface Ending {
    void ended(PendingCall<?> call);
  }

  /** Ends the call with {@code reason} once {@code deadline} passes, unless it ended before. */
  public void expireAfter(Duration deadline, TimeoutReason reason) {
    synchronized (this) {
      this.deadline = deadline;
      this.timeoutReason = reason;
      start(deadline.toNanos());
    }
    if (future.isDone()) {
      stop();
    }
  }

  @Override
  protected void expire() {
    Duration passed;
    TimeoutReason reason;
    synchronized (this) {
      passed = deadline;
      reason = timeoutReason;
    }
    abandon(reason.timedOut(channel, passed));
  }

  /**
   * Once the call ended, however it ended (also at once if it already has): {@code ending} counts
   * it, then {@code tracker}, if not null, finishes the interceptors' watch with the reply's size.
   */
  public void onEnd(Ending ending, CallTracker tracker) {
    this.tracker = tracker;
    this.ending = ending;
    if (future.isDone()) {
      reportEnd();
    }
  }

  private void reportEnd() {
    Ending e = ending;
    if (e == null || !END_REPORTED.compareAndSet(this, 0, 1)) {
      return;
    }
    e.ended(this);
    if (tracker != null) {
      tracker.finish(future.isCompletedExceptionally() ? IpcOutcome.Status.FAILED : IpcOutcome.Status.SUCCEEDED, replyBytes);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static AtomicIntegerFieldUpdater<PendingCall<?>> endReported() {
    return (AtomicIntegerFieldUpdater) AtomicIntegerFieldUpdater.newUpdater(PendingCall.class, "endReported");
  }

  // ---- ReplySink: main's one reply ----

  @Override
  public void succeed(byte[] payload) {
    succeed(payload, 0, payload.length);
  }

  /** Decodes the reply in place: the bytes are not kept. */
  @Override
  public void succeed(byte[] bytes, int offset, int length) {
    replyBytes = length;
    try {
      value = Payloads.decode(resultCodec, bytes, offset, length, channel, maxDecodedBytes);
    } catch (IpcProtocolException e) {
      failure = e;
    }
    Trampoline.execute(this);
  }

  /** Decodes the reply in place: the bytes are not kept. */
  @Override
  public void succeed(ByteBuffer bytes) {
    replyBytes = bytes.remaining();
    try {
      value = Payloads.decode(resultCodec, bytes, channel, maxDecodedBytes);
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
    return cancelled;
  }

  @Override
  public void readBy(ReplyReading connection) {
    future.readBy(connection);
  }

  @Override
  public void onCancel(Runnable action) {
    synchronized (this) {
      if (!cancelled) {
        if (others == null) {
          others = new CancelSignal();
        }
        others.onCancel(action);
        return;
      }
    }
    CancelSignal.run(action);
  }

  @Override
  public void onCancel(RequestCanceller canceller, long requestId) {
    synchronized (this) {
      if (!cancelled && this.canceller == null) {
        this.canceller = canceller;
        this.requestId = requestId;
        return;
      }
    }
    if (cancelled) {
      cancelRequest(canceller, requestId);
    } else {
      onCancel(() -> canceller.cancel(requestId)); // a second canceller, which no connection adds
    }
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
    RequestCanceller cancelRequest;
    long id;
    CancelSignal more;
    synchronized (this) {
      if (cancelled) {
        return;
      }
      cancelled = true;
      cancelRequest = canceller;
      id = requestId;
      more = others;
      canceller = null;
    }
    if (cancelRequest != null) {
      cancelRequest(cancelRequest, id);
    }
    if (more != null) {
      more.cancel();
    }
  }

  private static void cancelRequest(RequestCanceller canceller, long requestId) {
    try {
      canceller.cancel(requestId);
    } catch (RuntimeException e) {
      CancelSignal.failed(e);
    }
  }

  private void finished() {
    owner.forget(this);
    stop();
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
        call.reportEnd();
        call.cancelledByCaller();
      }
      return cancelled;
    }

    // However the future completes (a reply, a local end, or its holder completing it), the end is counted once.

    @Override
    public boolean complete(R value) {
      boolean completed = super.complete(value);
      if (completed) {
        call.reportEnd();
      }
      return completed;
    }

    @Override
    public boolean completeExceptionally(Throwable failure) {
      boolean completed = super.completeExceptionally(failure);
      if (completed) {
        call.reportEnd();
      }
      return completed;
    }
  }
}
