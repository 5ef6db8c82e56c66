package org.typedipc.runtime.internal.dispatch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.internal.messages.RateLimitedLog;
import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.Codecs;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;

/**
 * Arguments a reader lends to a delivery: read where they lie on the lender's thread, copied for
 * any other thread or once the loan ends, and gone only when the delivery settled them.
 */
@Timeout(30)
class LentArgumentsTest {
  private static final byte[] VALUE = {1, 2, 3, 4, 5};
  private static final int ENCODED = Payloads.encode(Codecs.BYTES, VALUE).length;
  /** The same bytes read by a codec of its own, so that the message decodes them again. */
  private static final Codec<byte[]> AGAIN = new Codec<>() {
    @Override
    public void encode(WireWriter out, byte[] value) {
      Codecs.BYTES.encode(out, value);
    }

    @Override
    public byte[] decode(WireReader in) {
      return Codecs.BYTES.decode(in);
    }
  };

  /** A scratch array holding the encoded {@link #VALUE}, with stale bytes after it, as a reader's is. */
  private static byte[] scratch() {
    byte[] encoded = Payloads.encode(Codecs.BYTES, VALUE);
    byte[] scratch = new byte[64];
    Arrays.fill(scratch, (byte) 0x7f);
    System.arraycopy(encoded, 0, scratch, 0, encoded.length);
    return scratch;
  }

  private static InboundMessage lent(byte[] scratch) {
    return new InboundMessage("lent", scratch, ENCODED, 1 << 20, new RateLimitedLog(), "main");
  }

  @Test
  void anotherThreadReadsACopyThatOutlivesTheScratch() throws Exception {
    byte[] scratch = scratch();
    InboundMessage message = lent(scratch);

    byte[] decoded = CompletableFuture.supplyAsync(() -> message.args(Codecs.BYTES)).get();
    message.endLoan();
    Arrays.fill(scratch, (byte) 0);

    assertArrayEquals(VALUE, decoded);
    assertArrayEquals(VALUE, message.args(AGAIN));
  }

  @Test
  void theLoanEndsWithACopyUnlessTheArgumentsWereSettled() {
    byte[] scratch = scratch();
    InboundMessage message = lent(scratch);
    assertArrayEquals(VALUE, message.args(Codecs.BYTES)); // on the lender's thread: in place

    message.endLoan();
    Arrays.fill(scratch, (byte) 0);

    assertEquals(ENCODED, message.payloadBytes());
    assertArrayEquals(VALUE, message.args(AGAIN));
  }

  @Test
  void settledArgumentsKeepTheirDecodedValueOnly() {
    byte[] scratch = scratch();
    InboundMessage message = lent(scratch);
    byte[] decoded = message.args(Codecs.BYTES);

    message.argsSettled();
    message.endLoan();
    Arrays.fill(scratch, (byte) 0);

    assertSame(decoded, message.args(Codecs.BYTES));
    assertThrows(IllegalStateException.class, () -> message.args(AGAIN));
  }

  @Test
  void argumentsNeverDecodedAreNotSettled() {
    byte[] scratch = scratch();
    InboundMessage message = lent(scratch);

    message.argsSettled();
    message.endLoan();
    Arrays.fill(scratch, (byte) 0);

    assertArrayEquals(VALUE, message.args(Codecs.BYTES));
  }
}
