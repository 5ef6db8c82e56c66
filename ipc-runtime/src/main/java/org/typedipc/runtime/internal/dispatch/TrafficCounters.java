package org.typedipc.runtime.internal.dispatch;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import org.typedipc.runtime.IpcCall;
import org.typedipc.runtime.IpcStats;

/** The counters behind {@link IpcStats}: cheap to bump from any thread. */
public final class TrafficCounters {
  private static final int TO_MAIN = 0;
  private static final int TO_RENDERER = 1;

  private final LongAdder[] counts = new LongAdder[IpcCall.Type.values().length];
  private final LongAdder[] bytes = new LongAdder[IpcCall.Type.values().length];
  private final LongAdder[] replyBytes = new LongAdder[IpcCall.Type.values().length];
  /** Per direction, index {@link #TO_MAIN} or {@link #TO_RENDERER}: streams opened, their arguments' bytes, items and items' bytes. */
  private final LongAdder[] streams = adders(2);
  private final LongAdder[] streamBytes = adders(2);
  private final LongAdder[] streamItems = adders(2);
  private final LongAdder[] streamItemBytes = adders(2);
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

  /**
   * One stream opened with {@code payloadBytes} of arguments, as a call of {@code openedAs}
   * ({@code INVOKE} by a renderer, {@code RENDERER_INVOKE} by main).
   */
  public void streamOpened(IpcCall.Type openedAs, int payloadBytes) {
    int direction = direction(openedAs.toMain());
    streams[direction].increment();
    streamBytes[direction].add(payloadBytes);
  }

  /** One item of {@code payloadBytes} of a stream opened as {@code openedAs}: it travels the other way. */
  public void streamItem(IpcCall.Type openedAs, int payloadBytes) {
    int direction = direction(!openedAs.toMain());
    streamItems[direction].increment();
    streamItemBytes[direction].add(payloadBytes);
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
        streams[TO_MAIN].sum(), bytes(IpcCall.Type.SEND) + bytes(IpcCall.Type.SEND_SYNC) + bytes(IpcCall.Type.INVOKE) + streamBytes[TO_MAIN].sum(),
        replyBytes[IpcCall.Type.SEND_SYNC.ordinal()].sum() + replyBytes[IpcCall.Type.INVOKE.ordinal()].sum(), streamItems[TO_MAIN].sum(),
        streamItemBytes[TO_MAIN].sum());
    IpcStats.Traffic toRenderer = new IpcStats.Traffic(sum(IpcCall.Type.EVENT), 0, sum(IpcCall.Type.RENDERER_INVOKE),
        streams[TO_RENDERER].sum(), bytes(IpcCall.Type.EVENT) + bytes(IpcCall.Type.RENDERER_INVOKE) + streamBytes[TO_RENDERER].sum(),
        replyBytes[IpcCall.Type.RENDERER_INVOKE.ordinal()].sum(), streamItems[TO_RENDERER].sum(), streamItemBytes[TO_RENDERER].sum());
    return new IpcStats(toMain, toRenderer, denied.sum(), inboundPending.sum() + outboundPending, queuedBytes,
        Duration.ofNanos(handlerNanos.sum()));
  }

  private static int direction(boolean toMain) {
    return toMain ? TO_MAIN : TO_RENDERER;
  }

  private static LongAdder[] adders(int n) {
    LongAdder[] adders = new LongAdder[n];
    for (int i = 0; i < n; i++) {
      adders[i] = new LongAdder();
    }
    return adders;
  }

  private long sum(IpcCall.Type type) {
    return counts[type.ordinal()].sum();
  }

  private long bytes(IpcCall.Type type) {
    return bytes[type.ordinal()].sum();
  }
}
