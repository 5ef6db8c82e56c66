package org.typedipc.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A writer hands its bytes over and starts afresh, whether or not they fill its buffer exactly. */
@Timeout(10)
class WireWriterTakeBytesTest {
  @Test
  void theBytesTakenAreExactlyWhatWasWrittenAndTheWriterIsEmptyAfter() {
    byte[] large = new byte[1 << 20];
    new Random(42).nextBytes(large);
    WireWriter writer = new WireWriter(16);

    writer.writeBytes(large); // one growth to exactly the value's size
    byte[] taken = writer.takeBytes();

    assertEquals(0, writer.size());
    assertArrayEquals(large, new WireReader(taken).readBytes());
    writer.writeInt(7).writeByte(1); // fills part of a new buffer
    byte[] small = writer.takeBytes();
    assertEquals(5, small.length);
    WireReader reader = new WireReader(small);
    assertEquals(7, reader.readInt());
    assertEquals(1, reader.readByte());
    assertArrayEquals(large, new WireReader(taken).readBytes(), "taking again left the first bytes alone");
  }
}
