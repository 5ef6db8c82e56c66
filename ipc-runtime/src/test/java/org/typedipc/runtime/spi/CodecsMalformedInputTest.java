package org.typedipc.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.spi.CodecTesting.assertRejected;
import static org.typedipc.runtime.spi.CodecTesting.bytes;
import static org.typedipc.runtime.spi.CodecTesting.decode;
import static org.typedipc.runtime.spi.CodecTesting.hex;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.spi.CodecSamples.Sample;
import org.typedipc.runtime.spi.TestEnums.Color;
import org.typedipc.runtime.spi.TestEnums.Wide;

/** Malformed input fails decoding with an {@link IpcProtocolException} and nothing else. */
class CodecsMalformedInputTest {

  @Test
  @Timeout(10)
  void everyStrictPrefixOfAValidEncodingIsRejected() {
    for (Sample<?> sample : CodecSamples.all()) {
      byte[] bytes = sample.encoding();
      for (int length = 0; length < bytes.length; length++) {
        byte[] prefix = Arrays.copyOf(bytes, length);
        assertRejected(sample.codec(), prefix, sample.name() + " cut to " + length + " bytes");
      }
    }
  }

  @Test
  @Timeout(10)
  void aHugeCountIsRejectedBeforeAnythingIsAllocated() {
    List<Codec<?>> counted =
        List.of(
            Codecs.STRING,
            Codecs.BYTES,
            Codecs.BOOLEAN_ARRAY,
            Codecs.SHORT_ARRAY,
            Codecs.CHAR_ARRAY,
            Codecs.INT_ARRAY,
            Codecs.LONG_ARRAY,
            Codecs.FLOAT_ARRAY,
            Codecs.DOUBLE_ARRAY,
            Codecs.BIG_INTEGER,
            Codecs.BIG_DECIMAL,
            Codecs.list(Codecs.BOOLEAN),
            Codecs.list(Codecs.nullable(Codecs.STRING)),
            Codecs.set(Codecs.BYTE),
            Codecs.map(Codecs.BYTE, Codecs.BYTE),
            Codecs.array(Codecs.STRING, String[]::new),
            Codecs.optional(Codecs.list(Codecs.INT)));
    byte[] maxCount =
        bytes(out -> out.writeLength(Integer.MAX_VALUE).writeByte(1).writeByte(2).writeByte(3));
    for (Codec<?> codec : counted) {
      byte[] input =
          codec instanceof PresenceCodecs.OptionalCodec ? prepend(1, maxCount) : maxCount;
      IpcProtocolException e = assertRejected(codec, input, "count 2^31-1 with 3 bytes left");
      assertTrue(e.getMessage().contains("2147483647"), e.getMessage());
    }
  }

  @Test
  @Timeout(10)
  void aCountIsCheckedAtTheElementsSmallestSize() {
    byte[] threeLongsInSixteenBytes = bytes(out -> out.writeLength(3).writeLong(1).writeLong(2));
    IpcProtocolException e =
        assertRejected(Codecs.list(Codecs.LONG), threeLongsInSixteenBytes, "3 longs");
    assertTrue(
        e.getMessage().contains("a count of 3 elements with only 16 bytes left"), e.getMessage());
    assertRejected(Codecs.LONG_ARRAY, threeLongsInSixteenBytes, "3 longs");

    byte[] twoEntriesInTwentyBytes =
        bytes(out -> out.writeLength(2).writeInt(1).writeLong(2).writeLong(3));
    assertRejected(
        Codecs.map(Codecs.INT, Codecs.LONG), twoEntriesInTwentyBytes, "2 int-long entries");
    assertRejected(
        Codecs.set(Codecs.UUID),
        bytes(out -> out.writeLength(2).writeLong(1).writeLong(2)),
        "UUIDs");
  }

  @Test
  @Timeout(10)
  void aLengthLongerThanThirtyOneBitsIsRejected() {
    byte[] sixBytes = {-1, -1, -1, -1, -1, 0};
    assertRejected(Codecs.list(Codecs.INT), sixBytes, "length of six varint bytes");
    assertRejected(Codecs.STRING, new byte[] {-1, -1, -1, -1, 0x0F}, "length of 35 bits");
  }

  @Test
  @Timeout(10)
  void presenceAndBooleanBytesOtherThanZeroOrOneAreRejected() {
    for (int b : new int[] {2, 0x7F, 0x80, 0xFF}) {
      byte[] input = bytes(out -> out.writeByte(b).writeInt(42));
      IpcProtocolException e = assertRejected(Codecs.nullable(Codecs.INT), input, "presence " + b);
      assertTrue(e.getMessage().contains("presence byte"), e.getMessage());
      assertRejected(Codecs.optional(Codecs.INT), input, "optional presence " + b);
      assertRejected(Codecs.BOOLEAN, new byte[] {(byte) b}, "boolean " + b);
      assertRejected(Codecs.BOOLEAN_ARRAY, new byte[] {2, 1, (byte) b}, "boolean element " + b);
    }
  }

  @Test
  @Timeout(10)
  void anUnknownEnumOrdinalIsRejectedNamingTheEnumAndTheOrdinal() {
    IpcProtocolException e =
        assertRejected(Codecs.enumeration(Color.values()), new byte[] {3}, "ordinal 3");
    assertTrue(
        e.getMessage().contains("unknown ordinal 3 of enum " + Color.class.getName()),
        e.getMessage());
    byte[] ordinal130 = bytes(out -> out.writeLength(130));
    assertRejected(Codecs.enumeration(Wide.values()), ordinal130, "ordinal 130");
    assertEquals(
        Wide.W129, decode(Codecs.enumeration(Wide.values()), bytes(out -> out.writeLength(129))));
    assertRejected(
        Codecs.enumeration(Color.values()),
        bytes(out -> out.writeLength(Integer.MAX_VALUE)),
        "max");
  }

  @Test
  @Timeout(10)
  void outOfRangeDatesAndTimesAreRejected() {
    int[][] badDates = {
      {2023, 2, 29},
      {2024, 2, 30},
      {2024, 4, 31},
      {2024, 0, 1},
      {2024, 13, 1},
      {2024, 1, 0},
      {2024, 1, 32},
      {2024, 1, -1},
      {1_000_000_000, 1, 1},
      {-1_000_000_000, 1, 1}
    };
    for (int[] d : badDates) {
      byte[] date = bytes(out -> out.writeInt(d[0]).writeByte(d[1]).writeByte(d[2]));
      IpcProtocolException e = assertRejected(Codecs.LOCAL_DATE, date, Arrays.toString(d));
      assertTrue(e.getMessage().contains("LocalDate out of range"), e.getMessage());
    }
    assertEquals(
        LocalDate.of(2024, 2, 29),
        decode(Codecs.LOCAL_DATE, bytes(out -> out.writeInt(2024).writeByte(2).writeByte(29))));

    int[][] badTimes = {
      {24, 0, 0, 0},
      {0, 60, 0, 0},
      {0, 0, 60, 0},
      {0, 0, 0, 1_000_000_000},
      {0, 0, 0, -1},
      {-1, 0, 0, 0}
    };
    for (int[] t : badTimes) {
      byte[] dateTime =
          bytes(
              out ->
                  out.writeInt(2024)
                      .writeByte(1)
                      .writeByte(1)
                      .writeByte(t[0])
                      .writeByte(t[1])
                      .writeByte(t[2])
                      .writeInt(t[3]));
      assertRejected(Codecs.LOCAL_DATE_TIME, dateTime, Arrays.toString(t));
    }
    byte[] badDateInDateTime =
        bytes(out -> out.writeInt(2024).writeByte(2).writeByte(30).writeInt(0).writeInt(0));
    assertRejected(Codecs.LOCAL_DATE_TIME, badDateInDateTime, "February 30th");
    assertEquals(
        LocalDateTime.of(2024, 1, 1, 23, 59, 59, 999_999_999),
        decode(
            Codecs.LOCAL_DATE_TIME,
            bytes(
                out ->
                    out.writeInt(2024)
                        .writeByte(1)
                        .writeByte(1)
                        .writeByte(23)
                        .writeByte(59)
                        .writeByte(59)
                        .writeInt(999_999_999))));

    long[][] badInstants = {
      {Instant.MAX.getEpochSecond() + 1, 0},
      {Instant.MIN.getEpochSecond() - 1, 0},
      {0, -1},
      {0, 1_000_000_000},
      {Long.MAX_VALUE, 0},
      {Long.MIN_VALUE, 0}
    };
    for (long[] i : badInstants) {
      byte[] instant = bytes(out -> out.writeLong(i[0]).writeInt((int) i[1]));
      IpcProtocolException e = assertRejected(Codecs.INSTANT, instant, Arrays.toString(i));
      assertTrue(e.getMessage().contains("Instant out of range"), e.getMessage());
    }
    for (int nanos : new int[] {-1, 1_000_000_000, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      byte[] duration = bytes(out -> out.writeLong(Long.MAX_VALUE).writeInt(nanos));
      assertRejected(Codecs.DURATION, duration, "duration nanos " + nanos);
    }
    assertEquals(
        Duration.ofSeconds(Long.MAX_VALUE, 999_999_999),
        decode(Codecs.DURATION, bytes(out -> out.writeLong(Long.MAX_VALUE).writeInt(999_999_999))));
  }

  @Test
  @Timeout(10)
  void anEmptyBigIntegerIsRejected() {
    assertRejected(Codecs.BIG_INTEGER, new byte[] {0}, "empty magnitude");
    assertRejected(Codecs.BIG_DECIMAL, new byte[] {0, 0, 0, 0, 2}, "empty unscaled value");
  }

  @Test
  @Timeout(10)
  void duplicateSetElementsAndMapKeysAreRejected() {
    byte[] twice = bytes(out -> out.writeLength(2).writeString("a").writeString("a"));
    IpcProtocolException e = assertRejected(Codecs.set(Codecs.STRING), twice, "set");
    assertTrue(e.getMessage().contains("a Set with the same element twice"), e.getMessage());
    byte[] keyTwice =
        bytes(out -> out.writeLength(2).writeString("a").writeInt(1).writeString("a").writeInt(2));
    e = assertRejected(Codecs.map(Codecs.STRING, Codecs.INT), keyTwice, "map");
    assertTrue(e.getMessage().contains("a Map with the same key twice"), e.getMessage());
    byte[] nullTwice = bytes(out -> out.writeLength(2).writeByte(0).writeByte(0));
    assertRejected(Codecs.set(Codecs.nullable(Codecs.STRING)), nullTwice, "set of null twice");
    assertRejected(
        Codecs.map(Codecs.nullable(Codecs.STRING), Codecs.nullable(Codecs.INT)),
        bytes(out -> out.writeLength(2).writeByte(0).writeByte(0).writeByte(0).writeByte(0)),
        "null key twice");
  }

  @Test
  @Timeout(10)
  void malformedUtf8IsRejected() {
    byte[][] bad = {
      {2, (byte) 0xC0, (byte) 0x80}, // overlong NUL
      {3, (byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
      {1, (byte) 0x80}, // a lone continuation byte
      {2, (byte) 0xE2, (byte) 0x82}, // a three-byte sequence cut short
      {4, (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80} // beyond U+10FFFF
    };
    for (byte[] input : bad) {
      assertRejected(Codecs.STRING, input, hex(input));
    }
  }

  @Test
  @Timeout(10)
  void hostileNestingOfARecursiveCodecIsRejectedWithoutExhaustingTheStack() {
    Codec<Object> tree = recursiveList();
    byte[] deep = new byte[200_000];
    Arrays.fill(deep, (byte) 1);
    IpcProtocolException e = assertRejected(tree, deep, "200,000 nested lists");
    assertTrue(e.getMessage().contains("nested deeper than 64"), e.getMessage());
  }

  /** A codec of lists of itself, as generated code for a recursive record would compose. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Codec<Object> recursiveList() {
    Codec<Object>[] self = new Codec[1];
    Codec<Object> lazy =
        new Codec<>() {
          @Override
          public void encode(WireWriter out, Object value) {
            self[0].encode(out, value);
          }

          @Override
          public Object decode(WireReader in) {
            return self[0].decode(in);
          }
        };
    self[0] = (Codec) Codecs.list(lazy);
    return lazy;
  }

  private static byte[] prepend(int b, byte[] bytes) {
    byte[] result = new byte[bytes.length + 1];
    result[0] = (byte) b;
    System.arraycopy(bytes, 0, result, 1, bytes.length);
    return result;
  }
}
