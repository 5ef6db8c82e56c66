package org.typedipc.runtime.spi;


import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.testing.DecoderPromises;
import org.typedipc.runtime.spi.TestEnums.Color;
import org.typedipc.runtime.spi.TestEnums.Wide;

/**
 * Coverage-guided fuzzing of every built-in decoder. In a normal build each target replays its
 * committed corpus ({@code CodecFuzzTestInputs/<target>/}); with {@code JAZZER_FUZZ=1} Jazzer
 * mutates inputs for real (see FUZZING.md). The first byte of an input picks the codec of the
 * family, the rest is the message. For every input the decoder returns a value or throws an {@link
 * IpcProtocolException}; a value's encoding decodes to a value that encodes the same; and decoding
 * allocates at most {@link DecoderPromises#MAX_AMPLIFICATION} times the input (plus a fixed
 * allowance).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CodecFuzzTest {
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
    DecoderPromises.check(Codecs.DYNAMIC_ARGS, input);
  }

  @FuzzTest
  void dynamicValue(byte[] input) {
    DecoderPromises.check(Codecs.DYNAMIC, input);
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
    DecoderPromises.check(family.get((input[0] & 0xFF) % family.size()), Arrays.copyOfRange(input, 1, input.length));
  }
}
