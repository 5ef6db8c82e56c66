package org.typedipc.runtime.reliability;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * The peak of what this JVM's heap held after a collection (what was live, not garbage): a daemon
 * thread collects and samples every 200 ms. It reads what each heap pool held as the collection
 * ended, not the heap's use when the thread next runs, which on a loaded machine includes whatever
 * the process allocated meanwhile. Only for the test processes that measure it.
 */
final class HeapWatch {
  private static volatile long peak;

  private HeapWatch() {}

  /** Starts sampling. */
  static void start() {
    List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
    Thread sampler = new Thread(() -> {
      while (true) {
        System.gc();
        peak = Math.max(peak, liveAfterCollection(pools));
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-watch");
    sampler.setDaemon(true);
    sampler.start();
  }

  private static long liveAfterCollection(List<MemoryPoolMXBean> pools) {
    long live = 0;
    for (MemoryPoolMXBean pool : pools) {
      MemoryUsage afterCollection = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
      if (afterCollection != null) {
        live += afterCollection.getUsed();
      }
    }
    return live;
  }

  /** The peak so far, in bytes. */
  static long peak() {
    return peak;
  }
}
