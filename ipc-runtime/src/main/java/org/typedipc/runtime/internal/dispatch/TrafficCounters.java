package org.typedipc.runtime.internal.dispatch;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import org.typedipc.runtime.IpcCall;
import org.typedipc.runtime.IpcStats;

/** The counters behind {@link IpcStats}: cheap to bump from any thread. */
public final class TrafficCounters {
  private final LongAdder[] counts = new LongAdder[IpcCall.Type.values().length];
  private final LongAdder[] bytes = new LongAdder[IpcCall.Type.values().length];
  private final LongAdder[] replyBytes = new LongAdder[IpcCall.Type.values().length];
  private final LongAdder denied = new LongAdder();
  private final LongAdder inboundPending = new LongAdder();
  private final LongAdder handlerNanos = new LongAdder();

  public TrafficCounters() {
    for (int i = 0; i < counts.length; i++) {
      counts[i] = new LongAdder();
      bytes[i] = new LongAdder();
      replyBytes[i] = new LongAdder();
    }
  }

  /** One call of {@code type} with {@code payloadBytes} of arguments. */
  public void count(IpcCall.Type type, int payloadBytes) {
    counts[type.ordinal()].increment();
    bytes[type.ordinal()].add(payloadBytes);
  }

  /** The answer to one call of {@code type} took {@code payloadBytes}. */
  public void replied(IpcCall.Type type, int payloadBytes) {
    replyBytes[type.ordinal()].add(payloadBytes);
  }

  public void denied() {
    denied.increment();
  }

  /** A call from the other side now waits for this side's answer ({@code +1}) or has it ({@code -1}). */
  public void inboundPending(int delta) {
    inboundPending.add(delta);
  }

  public void handlerTime(long nanos) {
    handlerNanos.add(nanos);
  }

  /** The numbers now; {@code outboundPending} and {@code queuedBytes} are the caller's. */
  public IpcStats snapshot(long outboundPending, long queuedBytes) {
    IpcStats.Traffic toMain = new IpcStats.Traffic(sum(IpcCall.Type.SEND), sum(IpcCall.Type.SEND_SYNC), sum(IpcCall.Type.INVOKE),
        bytes(IpcCall.Type.SEND) + bytes(IpcCall.Type.SEND_SYNC) + bytes(IpcCall.Type.INVOKE),
        replyBytes[IpcCall.Type.SEND_SYNC.ordinal()].sum() + replyBytes[IpcCall.Type.INVOKE.ordinal()].sum());
    IpcStats.Traffic toRenderer = new IpcStats.Traffic(sum(IpcCall.Type.EVENT), 0, sum(IpcCall.Type.RENDERER_INVOKE),
        bytes(IpcCall.Type.EVENT) + bytes(IpcCall.Type.RENDERER_INVOKE), replyBytes[IpcCall.Type.RENDERER_INVOKE.ordinal()].sum());
    return new IpcStats(toMain, toRenderer, denied.sum(), inboundPending.sum() + outboundPending, queuedBytes,
        Duration.ofNanos(handlerNanos.sum()));
  }

  private long sum(IpcCall.Type type) {
    return counts[type.ordinal()].sum();
  }

  private long bytes(IpcCall.Type type) {
    return bytes[type.ordinal()].sum();
  }
}
