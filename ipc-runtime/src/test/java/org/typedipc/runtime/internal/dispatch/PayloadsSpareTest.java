package org.typedipc.runtime.internal.dispatch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.spi.Codecs;
import org.typedipc.runtime.spi.WireWriter;

/**
 * A large lent payload's writer is kept, one for the whole process, and the next large payload is
 * encoded into it rather than into a fresh array; a writer on loan is never lent twice, and one
 * grown past the spare's cap is not kept. Each test lends on a thread of its own, so that the
 * thread's own writer starts small whatever ran before.
 */
@Timeout(30)
class PayloadsSpareTest {
  private static final int LARGE = 1 << 20;

  private static <T> T onNewThread(java.util.concurrent.Callable<T> task) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        result.complete(task.call());
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    });
    thread.start();
    return result.get(20, TimeUnit.SECONDS);
  }

  private static byte[] bytes(int size, int mark) {
    byte[] bytes = new byte[size];
    bytes[0] = (byte) mark;
    bytes[size - 1] = (byte) mark;
    return bytes;
  }

  private static byte[] encoded(byte[] value) {
    WireWriter writer = new WireWriter();
    Codecs.BYTES.encode(writer, value);
    return writer.toByteArray();
  }

  @Test
  void theNextLargePayloadIsEncodedIntoTheWriterTheLastOneGrew() throws Exception {
    onNewThread(() -> {
      Payloads.giveBack(Payloads.lend(Codecs.BYTES, bytes(LARGE, 1))); // this thread now takes the spare
      WireWriter second = Payloads.lend(Codecs.BYTES, bytes(LARGE, 2));
      Payloads.giveBack(second);
      WireWriter third = Payloads.lend(Codecs.BYTES, bytes(LARGE, 3));
      try {
        assertSame(second, third, "the third large payload's writer");
        assertArrayEquals(encoded(bytes(LARGE, 3)), third.toByteArray());
      } finally {
        Payloads.giveBack(third);
      }
      return null;
    });
  }

  @Test
  void aWriterOnLoanIsNotLentToAnotherThread() throws Exception {
    WireWriter[] lent = onNewThread(() -> {
      Payloads.giveBack(Payloads.lend(Codecs.BYTES, bytes(LARGE, 1))); // this thread now takes the spare
      WireWriter mine = Payloads.lend(Codecs.BYTES, bytes(LARGE, 3));
      WireWriter theirs = onNewThread(() -> {
        Payloads.giveBack(Payloads.lend(Codecs.BYTES, bytes(LARGE, 4)));
        WireWriter other = Payloads.lend(Codecs.BYTES, bytes(LARGE, 5));
        Payloads.giveBack(other);
        return other;
      });
      try {
        assertArrayEquals(encoded(bytes(LARGE, 3)), mine.toByteArray(), "the bytes on loan, after the other thread encoded");
      } finally {
        Payloads.giveBack(mine);
      }
      return new WireWriter[] {mine, theirs};
    });
    assertNotSame(lent[0], lent[1]);
  }

  @Test
  void aWriterGrownPastTheCapIsNotKept() throws Exception {
    onNewThread(() -> {
      Payloads.giveBack(Payloads.lend(Codecs.BYTES, bytes(LARGE, 1))); // the spare: a 1 MiB writer
      WireWriter huge = Payloads.lend(Codecs.BYTES, bytes(4 * LARGE + 1, 6)); // grows the spare past the cap
      Payloads.giveBack(huge);
      WireWriter next = Payloads.lend(Codecs.BYTES, bytes(LARGE, 7));
      try {
        assertNotSame(huge, next, "a writer holding more than 4 MiB was kept");
      } finally {
        Payloads.giveBack(next);
      }
      return null;
    });
  }
}
