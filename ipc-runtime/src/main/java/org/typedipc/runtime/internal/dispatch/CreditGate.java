package org.typedipc.runtime.internal.dispatch;

import java.util.function.LongConsumer;

/**
 * The consumer's grants of one stream on their way to the producer: held until the producer
 * listens (a request may come before the handler runs), then passed on as they come.
 */
public final class CreditGate {
  private LongConsumer listener;
  private long held;

  /** Grants {@code n} more items. */
  public void grant(long n) {
    LongConsumer target;
    synchronized (this) {
      if (listener == null) {
        held = saturatedAdd(held, n);
        return;
      }
      target = listener;
    }
    target.accept(n);
  }

  /** Passes what was granted so far to {@code credit}, and every later grant. */
  public void listen(LongConsumer credit) {
    long early;
    synchronized (this) {
      listener = credit;
      early = held;
      held = 0;
    }
    if (early > 0) {
      credit.accept(early);
    }
  }

  /** {@code a + b}, or {@link Long#MAX_VALUE} past it (Reactive Streams rule 3.17). */
  public static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }
}
