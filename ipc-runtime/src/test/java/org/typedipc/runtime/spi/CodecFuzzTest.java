package org.typedipc.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.spi.TestEnums.Color;
import org.typedipc.runtime.spi.TestEnums.Wide;

/**
 * Coverage-guided fuzzing of every built-in decoder. In a normal build each target replays its
 * committed corpus ({@code CodecFuzzTestInputs/<target>/}); with {@code JAZZER_FUZZ=1} Jazzer
 * mutates inputs for real (see FUZZING.md). The first byte of an input picks the codec of the
 * family, the rest is the message. For every input the decoder returns a value or throws an {@link
 * IpcProtocolException}; a value's encoding decodes to a value that encodes the same; and decoding
 * allocates at most {@link #MAX_AMPLIFICATION} times the input (plus a fixed allowance).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CodecFuzzTest {
  /** Allocated bytes per input byte; the decoders' documented bound (README, "Limits"): a list of empty sets comes closest. */
  static final int MAX_AMPLIFICATION = 96;
  private static final long FIXED_ALLOWANCE = 64 * 1024;
  private static final long DECODED_LIMIT = 4L * 1024 * 1024;

  private static final List<Codec<?>> SCALARS = List.of(
      Codecs.BOOLEAN, Codecs.BYTE, Codecs.SHORT, Codecs.CHAR, Codecs.INT, Codecs.LONG, Codecs.FLOAT, Codecs.DOUBLE,
      Codecs.STRING, Codecs.UUID, Codecs.nullable(Codecs.STRING), Codecs.optional(Codecs.INT));
  private static final List<Codec<?>> TIMES = List.of(
      Codecs.INSTANT, Codecs.DURATION, Codecs.LOCAL_DATE, Codecs.LOCAL_DATE_TIME, Codecs.LOCAL_TIME, Codecs.PERIOD,
      Codecs.ZONE_OFFSET, Codecs.ZONE_ID, Codecs.OFFSET_DATE_TIME, Codecs.ZONED_DATE_TIME);
  private static final List<Codec<?>> NUMBERS_AND_TEXT = List.of(
      Codecs.BIG_INTEGER, Codecs.BIG_DECIMAL, Codecs.BIT_SET, Codecs.URI, Codecs.PATH, Codecs.CURRENCY,
      Codecs.enumeration(Color.values()), Codecs.enumeration(Wide.values()));
  private static final List<Codec<?>> PRIMITIVE_ARRAYS = List.of(
      Codecs.BYTES, Codecs.BOOLEAN_ARRAY, Codecs.SHORT_ARRAY, Codecs.CHAR_ARRAY, Codecs.INT_ARRAY, Codecs.LONG_ARRAY,
      Codecs.FLOAT_ARRAY, Codecs.DOUBLE_ARRAY);
  private static final List<Codec<?>> COLLECTIONS = List.of(
      Codecs.list(Codecs.STRING),
      Codecs.list(Codecs.list(Codecs.list(Codecs.nullable(Codecs.BYTES)))),
      Codecs.set(Codecs.list(Codecs.INT)),
      Codecs.set(Codecs.enumeration(Color.values())),
      Codecs.map(Codecs.list(Codecs.STRING), Codecs.nullable(Codecs.INT)),
      Codecs.map(Codecs.STRING, Codecs.DYNAMIC),
      Codecs.array(Codecs.nullable(Codecs.STRING), String[]::new),
      Codecs.array(Codecs.array(Codecs.UUID, UUID[]::new), UUID[][]::new),
      Codecs.list(Codecs.INT_ARRAY));

  @FuzzTest
  void dynamicArgs(byte[] input) {
    check(Codecs.DYNAMIC_ARGS, input);
  }

  @FuzzTest
  void dynamicValue(byte[] input) {
    check(Codecs.DYNAMIC, input);
  }

  @FuzzTest
  void scalars(byte[] input) {
    checkFamily(SCALARS, input);
  }

  @FuzzTest
  void times(byte[] input) {
    checkFamily(TIMES, input);
  }

  @FuzzTest
  void numbersTextAndEnums(byte[] input) {
    checkFamily(NUMBERS_AND_TEXT, input);
  }

  @FuzzTest
  void primitiveArrays(byte[] input) {
    checkFamily(PRIMITIVE_ARRAYS, input);
  }

  @FuzzTest
  void collections(byte[] input) {
    checkFamily(COLLECTIONS, input);
  }

  /** The codec the first byte picks, over the rest of the input. */
  private static void checkFamily(List<Codec<?>> family, byte[] input) {
    if (input.length == 0) {
      return;
    }
    check(family.get((input[0] & 0xFF) % family.size()), Arrays.copyOfRange(input, 1, input.length));
  }

  /** Decodes {@code message} and checks the decoder's promises; an assertion error is a finding. */
  static <T> void check(Codec<T> codec, byte[] message) {
    if (allocatedDecoding(codec, message) > allowance(message)) {
      // Once more: the first decoding may have initialised classes (time-zone rules, say).
      long allocated = allocatedDecoding(codec, message);
      assertTrue(allocated <= allowance(message),
          () -> allocated + " bytes allocated decoding " + message.length + " bytes: " + HexFormat.of().formatHex(message));
    }
    T value;
    try {
      value = decode(codec, message);
    } catch (IpcProtocolException rejected) {
      return;
    }
    // Encoding is canonical: what a decoded value encodes to decodes to a value that encodes the same.
    byte[] encoded = CodecTesting.encode(codec, value);
    byte[] again = CodecTesting.encode(codec, decode(codec, encoded));
    assertArrayEquals(encoded, again, () -> "round trip of " + HexFormat.of().formatHex(message) + " changed");
  }

  private static long allowance(byte[] message) {
    return FIXED_ALLOWANCE + (long) MAX_AMPLIFICATION * message.length;
  }

  private static <T> T decode(Codec<T> codec, byte[] message) {
    WireReader in = new WireReader(message).limitDecodedBytes(DECODED_LIMIT, "under fuzzing");
    T value = codec.decode(in);
    in.requireFullyRead();
    return value;
  }

  /** The bytes this thread allocates decoding {@code message}, accepted or rejected. */
  private static long allocatedDecoding(Codec<?> codec, byte[] message) {
    long before = allocatedBytes();
    try {
      decode(codec, message);
    } catch (IpcProtocolException rejected) {
      // measured all the same: a count that lies allocates before the lie shows
    }
    return allocatedBytes() - before;
  }

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }
}
