package org.typedipc.runtime.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A large payload is read into the reader's one direct buffer, bounded by the reader, not by the
 * peer: at most {@link PacketReader#SPARE_MAX_BYTES}, one per reader; a larger payload, or one
 * that arrives while a packet still holds the buffer, is read into an array as before. The buffer
 * is read into again only once nothing reads it.
 */
@Timeout(60)
class PacketReaderDirectBufferTest {
  private static final int LARGE = 1 << 20;

  @Test
  void aLargePayloadIsReadIntoADirectBufferWithItsBytesIntact() throws IOException {
    PacketReader reader = readerOf(LARGE, 64 * 1024);

    Packet packet = reader.read();
    ByteBuffer first = packet.takeDirect();
    assertNotNull(first, "a 1 MiB payload was not read into a direct buffer");
    assertTrue(first.isDirect());
    assertPayload(LARGE, first);
    assertTrue(first.capacity() <= PacketReader.SPARE_MAX_BYTES, "capacity " + first.capacity());
    reader.reuse(first);

    packet = reader.read();
    ByteBuffer second = packet.takeDirect();
    assertSame(first, second, "the buffer given back was not read into again");
    assertPayload(64 * 1024, second);
  }

  /** A waiting delivery holds the first payload's buffer: the second is read into an array, and the first stays intact. */
  @Test
  void aPayloadArrivingWhileAnotherHoldsTheBufferIsReadIntoAnArray() throws IOException {
    PacketReader reader = readerOf(LARGE, LARGE - 1, LARGE - 2);

    ByteBuffer held = reader.read().takeDirect();
    assertNotNull(held);
    Packet second = reader.read();
    assertNull(second.takeDirect(), "two packets in flight read from one buffer");
    byte[] array = second.unclaimedArray();
    assertNotNull(array, "the second payload is in no array of its own");
    assertPayload(LARGE - 1, ByteBuffer.wrap(array));
    assertPayload(LARGE, held);

    reader.reuse(held);
    ByteBuffer third = reader.read().takeDirect();
    assertSame(held, third);
    assertPayload(LARGE - 2, third);
  }

  /** A packet whose consumer copied the payload out, or dropped it, leaves the buffer to the reader for the next. */
  @Test
  void aBufferNobodyTookIsReadIntoAgain() throws IOException {
    PacketReader reader = readerOf(LARGE, 300 * 1024, LARGE);

    byte[] copy = reader.read().payload(); // copied out: the consumer needs no buffer
    assertPayload(LARGE, ByteBuffer.wrap(copy));
    Packet second = reader.read(); // dropped unread
    assertNull(second.unclaimedArray(), "the buffer nobody took was not read into again");

    ByteBuffer buffer = reader.read().takeDirect();
    assertNotNull(buffer, "the buffer nobody took was not read into again");
    assertPayload(LARGE, buffer);
    assertPayload(LARGE, ByteBuffer.wrap(copy));
  }

  /** The buffer grows to the payloads it reads, never past the bound; a larger payload is read into an array. */
  @Test
  void directMemoryIsBoundedByTheReaderNotByThePeer() throws IOException {
    int bound = PacketReader.SPARE_MAX_BYTES;
    PacketReader reader = readerOf(20 * 1024, 3 * LARGE, bound, bound + 1);

    ByteBuffer small = reader.read().takeDirect();
    assertTrue(small.capacity() >= 20 * 1024 && small.capacity() <= 32 * 1024, "capacity " + small.capacity());
    reader.reuse(small);
    ByteBuffer grown = reader.read().takeDirect();
    assertNotSame(small, grown);
    assertEquals(bound, grown.capacity());
    assertPayload(3 * LARGE, grown);
    reader.reuse(grown);
    ByteBuffer full = reader.read().takeDirect();
    assertSame(grown, full);
    assertPayload(bound, full);
    reader.reuse(full);

    Packet past = reader.read();
    assertNull(past.takeDirect(), "a payload past the bound was read into a direct buffer");
    assertPayload(bound + 1, ByteBuffer.wrap(past.unclaimedArray()));
  }

  /** A reader over packets of the given payload sizes, each payload its own pattern. */
  private static PacketReader readerOf(int... payloadSizes) {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    for (int size : payloadSizes) {
      byte[] header = {1, 2};
      ByteBuffer packet = ByteBuffer.allocate(4 + 3 + header.length + size);
      packet.putInt(3 + header.length + size).put((byte) PacketType.EVENT.code).putShort((short) header.length).put(header);
      for (int i = 0; i < size; i++) {
        packet.put(patternByte(size, i));
      }
      stream.writeBytes(packet.array());
    }
    return new PacketReader(Channels.newChannel(new ByteArrayInputStream(stream.toByteArray())), 8 << 20);
  }

  private static byte patternByte(int size, int index) {
    return (byte) (index * 31 + size);
  }

  private static void assertPayload(int size, ByteBuffer payload) {
    assertEquals(size, payload.remaining(), "payload size");
    for (int i = 0; i < size; i++) {
      if (payload.get(payload.position() + i) != patternByte(size, i)) {
        throw new AssertionError("the payload of " + size + " bytes changed at byte " + i);
      }
    }
  }
}
