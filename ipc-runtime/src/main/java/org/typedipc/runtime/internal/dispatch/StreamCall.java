package org.typedipc.runtime.internal.dispatch;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.IpcTimeoutException;
import org.typedipc.runtime.IpcWarning;
import org.typedipc.runtime.internal.loop.Daemons;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.Codec;

/**
 * The consumer's end of one stream: the {@link Flow.Subscription} its subscriber holds and the
 * {@link StreamSink} the producer fills. The stream is a {@link PendingCall} whose reply ends it,
 * so a disconnect, a closed frame or a cancel end it as they end an invoke. Each {@code request(n)}
 * becomes credit for the producer; items are held only up to what was requested (one more is a
 * protocol error) and handed to the subscriber one at a time on a delivery thread, the end after
 * the last item.
 *
 * @param <T> the item type
 */
public final class StreamCall<T> implements StreamSink, Flow.Subscription, Runnable {
  private static final Object COMPLETE = new Object();
  /** Signals delivered per turn of a delivery thread. */
  private static final int BATCH = 64;

  private final PendingCall<Void> call;
  private final Codec<T> itemCodec;
  private final String channel;
  private final long maxDecodedBytes;
  private final Flow.Subscriber<? super T> subscriber;
  private final Warnings warnings;
  private final int rendererId;
  private final CreditGate credit = new CreditGate();
  /** Items requested but not yet received. */
  private final AtomicLong outstanding = new AtomicLong();
  /** Encoded items, then {@link #COMPLETE} or the failure. */
  private final Queue<Object> signals = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();
  private final Duration idle;
  private volatile long lastActivityNanos = System.nanoTime();
  private volatile boolean cancelled;
  private boolean terminated;

  /**
   * A stream of {@code channel} from or to {@code frameId}, tracked by {@code owner}; {@code idle},
   * if not null, ends it when no item comes for that long while items are requested. A subscriber
   * that throws is reported to {@code warnings}, about {@code rendererId}.
   */
  public StreamCall(PendingCalls owner, int frameId, Channel<?, T> channel, Duration idle, long maxDecodedBytes,
      Flow.Subscriber<? super T> subscriber, Warnings warnings, int rendererId) {
    Codec<Void> none = Channel.send(channel.name(), channel.argsCodec()).resultCodec();
    this.call = new PendingCall<>(owner, frameId, Channel.invoke(channel.name(), channel.argsCodec(), none, channel.exceptions()), false, maxDecodedBytes);
    this.itemCodec = channel.resultCodec();
    this.channel = channel.name();
    this.maxDecodedBytes = maxDecodedBytes;
    this.subscriber = subscriber;
    this.warnings = warnings;
    this.rendererId = rendererId;
    this.idle = idle;
    call.future().whenComplete((done, failure) -> {
      if (!(failure instanceof CancellationException)) {
        signal(failure == null ? COMPLETE : failure);
      }
    });
  }

  /** The call whose reply ends the stream, to be tracked and sent like an invoke. */
  public PendingCall<Void> call() {
    return call;
  }

  /** Hands the subscription to the subscriber; call before the stream is opened. */
  public void subscribe() {
    try {
      subscriber.onSubscribe(this);
    } catch (RuntimeException e) {
      subscriberFailed(e);
      cancel();
    }
    if (idle != null && !cancelled) {
      scheduleIdleCheck(idle.toNanos());
    }
  }

  /** Whether the subscriber cancelled (then the stream need not be opened). */
  public boolean isCancelledBySubscriber() {
    return cancelled;
  }

  private void subscriberFailed(RuntimeException e) {
    warnings.failure(new IpcWarning(IpcWarning.Kind.LISTENER_FAILED, channel, rendererId, ErrorMessages.subscriberFailedLog(channel), e));
  }

  // ---- Flow.Subscription ----

  @Override
  public void request(long n) {
    if (cancelled) {
      return;
    }
    if (n <= 0) {
      // Reactive Streams rule 3.9.
      call.abandon(new IpcProtocolException(ErrorMessages.nonPositiveRequest(channel, n)));
      return;
    }
    lastActivityNanos = System.nanoTime();
    outstanding.accumulateAndGet(n, CreditGate::saturatedAdd);
    credit.grant(n);
  }

  @Override
  public void cancel() {
    if (cancelled) {
      return;
    }
    cancelled = true;
    signals.clear();
    call.future().cancel(false); // tells the producer
  }

  // ---- StreamSink: the producer's side ----

  @Override
  public void item(byte[] payload) {
    if (cancelled) {
      return; // in flight when the subscriber cancelled (rule 2.8)
    }
    if (outstanding.getAndUpdate(o -> o == Long.MAX_VALUE ? o : o - 1) <= 0) {
      call.abandon(new IpcProtocolException(ErrorMessages.streamBeyondCredit(channel)));
      return;
    }
    lastActivityNanos = System.nanoTime();
    signal(payload);
  }

  @Override
  public void onCredit(LongConsumer listener) {
    credit.listen(listener);
  }

  @Override
  public void succeed(byte[] payload) {
    call.succeed(payload);
  }

  @Override
  public void fail(RemoteError error) {
    call.fail(error);
  }

  @Override
  public boolean isCancelled() {
    return call.isCancelled();
  }

  @Override
  public void onCancel(Runnable action) {
    call.onCancel(action);
  }

  // ---- delivery ----

  private void signal(Object signal) {
    signals.add(signal);
    scheduleDrain();
  }

  private void scheduleDrain() {
    if (draining.compareAndSet(false, true)) {
      Daemons.deliveries().execute(this);
    }
  }

  /**
   * Hands queued signals to the subscriber, one at a time, at most a batch per turn: a stream whose
   * producer keeps up with its subscriber then yields its thread instead of keeping it.
   */
  @Override
  public void run() {
    for (int i = 0; i < BATCH; i++) {
      Object signal = signals.poll();
      if (signal == null) {
        break;
      }
      deliver(signal);
    }
    draining.set(false);
    if (!signals.isEmpty()) {
      scheduleDrain();
    }
  }

  @SuppressWarnings("unchecked")
  private void deliver(Object signal) {
    if (cancelled || terminated) {
      return;
    }
    if (signal instanceof byte[]) {
      T value;
      try {
        value = Payloads.decode(itemCodec, (byte[]) signal, channel, maxDecodedBytes);
      } catch (RuntimeException e) {
        cancel();
        terminated = true;
        subscriber.onError(e);
        return;
      }
      try {
        subscriber.onNext(value);
      } catch (RuntimeException e) {
        subscriberFailed(e);
        cancel();
      }
      return;
    }
    terminated = true;
    if (signal == COMPLETE) {
      subscriber.onComplete();
    } else {
      subscriber.onError((Throwable) signal);
    }
  }

  // ---- idle deadline ----

  private void scheduleIdleCheck(long delayNanos) {
    Daemons.timer().schedule(this::checkIdle, delayNanos, TimeUnit.NANOSECONDS);
  }

  private void checkIdle() {
    if (cancelled || call.future().isDone()) {
      return;
    }
    long idleNanos = idle.toNanos();
    long silent = System.nanoTime() - lastActivityNanos;
    if (outstanding.get() > 0 && silent >= idleNanos) {
      call.abandon(new IpcTimeoutException(ErrorMessages.streamIdle(channel, idle)));
    } else {
      scheduleIdleCheck(outstanding.get() > 0 ? idleNanos - silent : idleNanos);
    }
  }
}
