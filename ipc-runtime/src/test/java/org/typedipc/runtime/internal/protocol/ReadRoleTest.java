package org.typedipc.runtime.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
