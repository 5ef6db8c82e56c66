package org.typedipc.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.typedipc.runtime.testing.Waits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.testing.CountingPublisher;
import org.typedipc.runtime.testing.IpcFixture;
import org.typedipc.runtime.testing.OverEveryTransport;
import org.typedipc.runtime.testing.RecordingSubscriber;

/**
 * A stream of a million items whose producer is far faster than its subscriber would, without
 * back-pressure, pile the items up in the subscriber's process; with it, the heap stays flat.
 */
@OverEveryTransport
class StreamMemoryTest extends IpcFixture {
  private static final int ITEMS = 1_000_000;
  /** Far below what a million queued items would take (each an array and a boxed number). */
  private static final long MAX_GROWTH_BYTES = 16L << 20;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aMillionItemsStreamInFlatMemory() {
    main.handleStream("million", (event, args) -> CountingPublisher.of(ITEMS));
    RecordingSubscriber subscriber = RecordingSubscriber.countingInBatches(256);

    ipc.stream("million").subscribe(subscriber);
    waitFor(() -> subscriber.received() >= ITEMS / 10, "a tenth of the items");
    long early = usedHeapAfterGc();
    waitFor(() -> subscriber.received() >= ITEMS * 9L / 10, "nine tenths of the items");
    long late = usedHeapAfterGc();
    waitFor(subscriber.done::isDone, "the end of the stream");
    subscriber.done.join();

    assertEquals(ITEMS, subscriber.received());
    assertNull(subscriber.overrun);
    assertTrue(late - early < MAX_GROWTH_BYTES,
        "the heap grew by " + (late - early) / 1024 + " KiB between a tenth and nine tenths of the stream");
  }

  /** Waits up to 100 s: a million items take longer than the conformance tests' short waits. */
  private static void waitFor(BooleanSupplier condition, String what) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(100);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        fail("not within 100 s: " + what);
      }
      Waits.sleep(20);
    }
  }

  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
