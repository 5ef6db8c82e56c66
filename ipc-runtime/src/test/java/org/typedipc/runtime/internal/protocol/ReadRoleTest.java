package org.typedipc.runtime.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Turns at reading between a connection's reader thread and callers waiting for their replies. */
@Timeout(20)
class ReadRoleTest {
  private final ReadRole role = new ReadRole();

  /** The reader thread's next turn, taken on a thread of its own. */
  private CompletableFuture<Object> readerTurnOf(Thread[] reader) {
    CompletableFuture<Object> turn = new CompletableFuture<>();
    reader[0] = new Thread(() -> turn.complete(role.readerTurn(Thread.currentThread())), "test-reader");
    reader[0].start();
    return turn;
  }

  @Test
  void aCallerCannotReadWhileTheReaderThreadDoes() {
    Thread reader = Thread.currentThread();
    assertNull(role.readerTurn(reader), "with no caller about, the reader reads at once");

    assertFalse(role.tryLead(new Thread(() -> {})));
  }

  @Test
  void afterACallerWantedToReadTheReaderStandsByThenReadsAgain() {
    Thread reader = Thread.currentThread();
    role.readerTurn(reader);
    role.tryLead(new Thread(() -> {})); // refused: the reader reads; but a caller wants to

    long start = System.nanoTime();
    assertNull(role.readerTurn(reader));

    assertTrue(System.nanoTime() - start >= ReadRole.STAND_BY_NANOS / 2, "the reader did not stand by");
  }

  @Test
  void whileCallersKeepReadingTheReaderWakesLessAndLessOftenThenReadsOnceTheyStop() throws Exception {
    // A pause of the calling thread longer than a stand-by (a loaded machine) rightly lets the
    // reader read, which ends the run early: such a run proves nothing and is made again.
    for (int run = 0; run < 5; run++) {
      long wakeUps = readerWakeUpsIn40MillisOfCalls(new ReadRole());
      if (wakeUps >= 0) {
        // Stand-bys of 200, 400 and 800 µs, then 1.6 ms: about 27 wake-ups in 40 ms; 200 at a constant 200 µs.
        assertTrue(wakeUps <= 60, "the reader woke " + wakeUps + " times in 40 ms of calls");
        return;
      }
    }
    Assumptions.abort("the calling thread paused longer than a stand-by in every run");
  }

  /**
   * The reader's wake-ups while a caller calls back to back for 40 ms (two hundred stand-bys of
   * 200 µs), or -1 if the reader read meanwhile; checks that it reads once the calls stopped.
   */
  private static long readerWakeUpsIn40MillisOfCalls(ReadRole role) throws Exception {
    CompletableFuture<Long> callsEnded = new CompletableFuture<>();
    Thread caller = new Thread(() -> {
      long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(40);
      while (System.nanoTime() < end) {
        if (role.tryLead(Thread.currentThread())) {
          role.release(Thread.currentThread(), false);
        }
        LockSupport.parkNanos(20_000);
      }
      callsEnded.complete(System.nanoTime());
    }, "test-caller");
    caller.start();
    while (!role.tryLead(Thread.currentThread())) {
      Thread.onSpinWait(); // the caller thread's first call is made
    }
    role.release(Thread.currentThread(), false);
    CompletableFuture<Object> turn = new CompletableFuture<>();
    CountDownLatch counted = new CountDownLatch(1);
    Thread reader = new Thread(() -> {
      turn.complete(role.readerTurn(Thread.currentThread()));
      try {
        counted.await(); // alive until its waits are counted
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "test-reader");
    reader.start();
    long wokenBefore = timesWaited(reader);

    long stoppedAt = callsEnded.get(10, TimeUnit.SECONDS);
    boolean readEarly = turn.isDone();
    long wakeUps = timesWaited(reader) - wokenBefore;
    counted.countDown();

    assertNull(turn.get(5, TimeUnit.SECONDS), "the reader reads once the callers stopped");
    assertTrue(System.nanoTime() - stoppedAt < TimeUnit.SECONDS.toNanos(1), "the reader stood by far past the longest stand-by");
    return readEarly ? -1 : wakeUps;
  }

  /** How many times {@code thread} has waited so far (once per wake-up, and once to begin). */
  private static long timesWaited(Thread thread) {
    return ManagementFactory.getThreadMXBean().getThreadInfo(thread.getId()).getWaitedCount();
  }

  @Test
  void whatACallerHandsOverIsTheReaderThreadsNextTurn() throws Exception {
    Thread caller = Thread.currentThread();
    assertTrue(role.tryLead(caller));
    Thread[] reader = new Thread[1];
    CompletableFuture<Object> turn = readerTurnOf(reader);
    Thread.sleep(5);
    assertFalse(turn.isDone(), "the reader read while a caller did");

    Packet packet = new Packet();
    role.hand(caller, packet);

    assertSame(packet, turn.get(5, TimeUnit.SECONDS));
    assertFalse(role.tryLead(caller), "the reader holds the role now");
  }

  @Test
  void aCallerThatStopsWithRepliesStillDueWakesTheReaderAtOnce() throws Exception {
    Thread caller = Thread.currentThread();
    assertTrue(role.tryLead(caller));
    Thread[] reader = new Thread[1];
    CompletableFuture<Object> turn = readerTurnOf(reader);

    role.release(caller, true);

    assertNull(turn.get(5, TimeUnit.SECONDS), "the reader reads");
    assertFalse(role.tryLead(caller));
  }

  @Test
  void aClosedConnectionEndsTheReadersWait() throws Exception {
    Thread caller = Thread.currentThread();
    assertTrue(role.tryLead(caller));
    Thread[] reader = new Thread[1];
    CompletableFuture<Object> turn = readerTurnOf(reader);

    role.close();

    assertSame(ReadRole.END_OF_STREAM, turn.get(5, TimeUnit.SECONDS));
    role.release(caller, false);
    assertFalse(role.tryLead(caller), "nobody reads a closed connection");
  }
}
