package org.typedipc.runtime.internal.loop;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The runtime's few background threads, all daemons and created on first need: a timer for
 * deadlines, and a pool for deliveries that cannot run on the thread that brought them (those held
 * back during a {@code sendSync}).
 */
public final class Daemons {
  private Daemons() {}

  private static final class Timer {
    static final ScheduledThreadPoolExecutor INSTANCE = createTimer();
  }

  private static final class Deliveries {
    static final ExecutorService INSTANCE =
        new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), factory("typed-ipc-delivery"));
  }

  public static ScheduledThreadPoolExecutor timer() {
    return Timer.INSTANCE;
  }

  public static ExecutorService deliveries() {
    return Deliveries.INSTANCE;
  }

  private static ScheduledThreadPoolExecutor createTimer() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, factory("typed-ipc-timer"));
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  private static ThreadFactory factory(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
