package org.typedipc.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A writer that keeps large arrays by reference gives out the same bytes, in the same order, as
 * one that copies them, whichever way they leave it; only {@link WireWriter#appendByteBuffers}
 * hands out the arrays themselves, and a reset lets go of them.
 */
@Timeout(10)
class WireWriterReferenceTest {
  private static final int FROM = 1024;

  /** Writes a value with arrays below, at and above the threshold between other fields. */
  private static WireWriter writeSample(WireWriter writer, byte[] first, byte[] second) {
    writer.writeInt(42).writeBytes(first).writeString("between").writeBytes(new byte[FROM - 1])
        .writeBytes(second).writeLong(-1L).writeBytes(new byte[0]);
    return writer;
  }

  private static byte[] random(Random random, int size) {
    byte[] bytes = new byte[size];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] concatenated(List<ByteBuffer> buffers) {
    ByteBuffer all = ByteBuffer.allocate(buffers.stream().mapToInt(ByteBuffer::remaining).sum());
    buffers.forEach(buffer -> all.put(buffer.duplicate()));
    return all.array();
  }

  @Test
  void everyWayOutGivesTheBytesACopyingWriterGives() {
    Random random = new Random(7);
    byte[] first = random(random, FROM);
    byte[] second = random(random, 5 * FROM);
    byte[] expected = writeSample(new WireWriter(), first, second).toByteArray();

    WireWriter referring = writeSample(new WireWriter().referToArraysFrom(FROM), first, second);
    assertEquals(expected.length, referring.size());
    assertArrayEquals(expected, referring.toByteArray(), "toByteArray");
    ByteBuffer target = ByteBuffer.allocate(expected.length + 3).put((byte) 9);
    referring.writeTo(target);
    assertEquals(1 + expected.length, target.position(), "writeTo advances past the bytes");
    assertArrayEquals(expected, Arrays.copyOfRange(target.array(), 1, 1 + expected.length), "writeTo");
    List<ByteBuffer> buffers = new ArrayList<>();
    int appended = referring.appendByteBuffers(buffers);
    assertEquals(buffers.size(), appended);
    assertArrayEquals(expected, concatenated(buffers), "appendByteBuffers");
    assertArrayEquals(expected, referring.takeBytes(), "takeBytes");
    assertEquals(0, referring.size(), "takeBytes empties the writer");

    WireWriter viewed = writeSample(new WireWriter().referToArraysFrom(FROM), first, second);
    assertEquals(ByteBuffer.wrap(expected), viewed.asByteBuffer(), "asByteBuffer");
    assertArrayEquals(expected, viewed.toByteArray(), "the bytes after asByteBuffer joined them");
  }

  @Test
  void onlyTheGatheringWayOutHandsOutTheArraysThemselves() {
    byte[] large = new byte[2 * FROM];
    WireWriter writer = new WireWriter().referToArraysFrom(FROM).writeByte(1).writeBytes(large);
    List<ByteBuffer> buffers = new ArrayList<>();
    writer.appendByteBuffers(buffers);
    assertTrue(buffers.stream().anyMatch(buffer -> buffer.hasArray() && buffer.array() == large),
        "a buffer over the caller's array itself");

    byte[] copy = writer.toByteArray();
    large[0] = 5; // the caller changes its array once the bytes are out
    assertEquals(0, new WireReader(copy, 1, copy.length - 1).readBytes()[0], "a copy keeps the bytes as they were");
  }

  @Test
  void aResetLetsGoOfTheArraysAndStartsAfresh() {
    WireWriter writer = new WireWriter().referToArraysFrom(FROM).writeBytes(new byte[3 * FROM]);
    writer.reset();
    assertEquals(0, writer.size());
    writer.writeByte(7);
    List<ByteBuffer> buffers = new ArrayList<>();
    assertEquals(1, writer.appendByteBuffers(buffers));
    assertArrayEquals(new byte[] {7}, concatenated(buffers));
  }

  @Test
  void anEmptyWriterAppendsOneEmptyBuffer() {
    List<ByteBuffer> buffers = new ArrayList<>();
    assertEquals(1, new WireWriter().referToArraysFrom(FROM).appendByteBuffers(buffers));
    assertEquals(0, buffers.get(0).remaining());
  }

  @Test
  void aThresholdBelowOneIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WireWriter().referToArraysFrom(0));
    assertEquals("WireWriter.referToArraysFrom needs a length of at least 1, not 0: pass the shortest array to keep by reference.",
        e.getMessage());
  }

  @Test
  void arraysKeptByReferenceCountTowardsTheTwoGibibyteLimit() {
    byte[] large = new byte[1 << 20];
    WireWriter writer = new WireWriter().referToArraysFrom(FROM);
    for (int i = 0; i < 2047; i++) {
      writer.writeBytes(large); // 2047 MiB and their lengths, all by reference: no memory of its own
    }
    assertSame(org.typedipc.runtime.IpcValueException.class,
        assertThrows(RuntimeException.class, () -> writer.writeBytes(large)).getClass());
  }
}
