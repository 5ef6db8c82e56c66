package org.typedipc.runtime.reliability;

/**
 * The peak of what this JVM's heap held after a collection (what was live, not garbage): a daemon
 * thread collects and samples every 200 ms. Only for the test processes that measure it.
 */
final class HeapWatch {
  private static volatile long peak;

  private HeapWatch() {}

  /** Starts sampling. */
  static void start() {
    Thread sampler = new Thread(() -> {
      Runtime runtime = Runtime.getRuntime();
      while (true) {
        System.gc();
        peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
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

  /** The peak so far, in bytes. */
  static long peak() {
    return peak;
  }
}
