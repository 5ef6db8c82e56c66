package org.typedipc.runtime.internal.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class DeadlinesTest {
  /** An entry that records when, and how often, its deadline passed. */
  private static final class Recorder extends Deadlines.Entry {
    final CountDownLatch expired = new CountDownLatch(1);
    volatile long expiredAt;
    volatile int times;

    void startIn(long millis) {
      start(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    void stopNow() {
      stop();
    }

    @Override
    protected void expire() {
      expiredAt = System.nanoTime();
      times++;
      expired.countDown();
    }
  }

  @Test
  void eachDeadlineFiresOnceAndNotBeforeItsTimeWhateverTheOrderTheyStartedIn() throws Exception {
    List<Recorder> entries = new ArrayList<>();
    long[] millis = {300, 50, 200, 100, 250, 150};
    long started = System.nanoTime();
    for (long m : millis) {
      Recorder entry = new Recorder();
      entry.startIn(m);
      entries.add(entry);
    }
    for (int i = 0; i < millis.length; i++) {
      Recorder entry = entries.get(i);
      assertTrue(entry.expired.await(10, TimeUnit.SECONDS), "the deadline of " + millis[i] + " ms fires");
      assertTrue(entry.expiredAt - started >= TimeUnit.MILLISECONDS.toNanos(millis[i]), "not before " + millis[i] + " ms");
    }
    Thread.sleep(100);
    for (Recorder entry : entries) {
      assertEquals(1, entry.times);
    }
  }

  @Test
  void aStoppedDeadlineNeverFiresAndTheOthersStillDo() throws Exception {
    Recorder stopped = new Recorder();
    Recorder later = new Recorder();
    stopped.startIn(50); // the earliest: the timer is due for it
    later.startIn(150);
    stopped.stopNow();
    assertTrue(later.expired.await(10, TimeUnit.SECONDS));
    assertFalse(stopped.expired.await(100, TimeUnit.MILLISECONDS));
  }

  @Test
  void anEarlierDeadlineStartedAfterALaterOneIsNotHeldBackByIt() throws Exception {
    Recorder late = new Recorder();
    late.startIn(60_000);
    Recorder early = new Recorder();
    long started = System.nanoTime();
    early.startIn(50);
    assertTrue(early.expired.await(10, TimeUnit.SECONDS));
    assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(10));
    late.stopNow();
  }

  @Test
  void manyDeadlinesStoppedOutOfOrderLeaveTheRestFiring() throws Exception {
    List<Recorder> entries = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      Recorder entry = new Recorder();
      entry.startIn(100 + i % 7);
      entries.add(entry);
    }
    for (int i = 0; i < entries.size(); i += 2) {
      entries.get(i).stopNow();
    }
    for (int i = 1; i < entries.size(); i += 2) {
      assertTrue(entries.get(i).expired.await(10, TimeUnit.SECONDS));
    }
    Thread.sleep(100);
    for (int i = 0; i < entries.size(); i += 2) {
      assertEquals(0, entries.get(i).times);
    }
  }
}
