package org.typedipc.runtime.internal.main;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.ref.WeakReference;
import java.util.function.BooleanSupplier;
import org.typedipc.runtime.testing.Waits;

/** Waits for the garbage collector: asks for collections until a condition holds. */
final class Collections {
  private Collections() {}

  private static final long WAIT_MILLIS = 20_000;

  /** Collects until {@code condition} holds, or fails naming {@code what}. */
  static void collectUntil(BooleanSupplier condition, String what) {
    long end = System.nanoTime() + WAIT_MILLIS * 1_000_000;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        fail("not within " + WAIT_MILLIS / 1000 + " s of collections: " + what);
      }
      System.gc();
      Waits.sleep(20);
    }
  }

  /** Collects until an object nothing references is gone: a full collection has run since the call. */
  static void collectOnce() {
    WeakReference<Object> sentinel = new WeakReference<>(new Object());
    collectUntil(() -> sentinel.get() == null, "an unreferenced object is collected");
  }
}
