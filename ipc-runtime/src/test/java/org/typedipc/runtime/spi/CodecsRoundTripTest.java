package org.typedipc.runtime.spi;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.spi.CodecTesting.encode;
import static org.typedipc.runtime.spi.CodecTesting.roundTrip;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.spi.TestEnums.Color;
import org.typedipc.runtime.spi.TestEnums.Wide;
import org.typedipc.runtime.testing.Gen;
import org.typedipc.runtime.testing.Generators;
import org.typedipc.runtime.testing.PrimitiveArrays;
import org.typedipc.runtime.testing.Property;
import org.typedipc.runtime.testing.PropertyExtension;

/**
 * Every codec of {@link Codecs} reads back exactly what it wrote. Small types are checked for every
 * value; the others over seeded random values (see {@link Property} to rerun a failure).
 */
@ExtendWith(PropertyExtension.class)
class CodecsRoundTripTest {

  // Scalars

  @Test
  @Timeout(10)
  void everyBooleanRoundTrips() {
    assertEquals(false, roundTrip(Codecs.BOOLEAN, false));
    assertEquals(true, roundTrip(Codecs.BOOLEAN, true));
  }

  @Test
  @Timeout(10)
  void everyByteRoundTrips() {
    for (int i = Byte.MIN_VALUE; i <= Byte.MAX_VALUE; i++) {
      assertEquals((byte) i, roundTrip(Codecs.BYTE, (byte) i));
    }
  }

  @Test
  @Timeout(10)
  void everyShortRoundTripsBigEndian() {
    for (int i = Short.MIN_VALUE; i <= Short.MAX_VALUE; i++) {
      short value = (short) i;
      assertEquals(value, roundTrip(Codecs.SHORT, value));
      assertArrayEquals(bigEndian(2).putShort(value).array(), encode(Codecs.SHORT, value));
    }
  }

  @Test
  @Timeout(10)
  void everyCharRoundTripsIncludingLoneSurrogates() {
    for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
      char value = (char) i;
      assertEquals(value, roundTrip(Codecs.CHAR, value));
    }
  }

  @Test
  @Timeout(10)
  void intsRoundTripBigEndian(Property property) {
    property.forAll(
        20_000,
        Generators.ints(),
        value -> {
          assertEquals(value, roundTrip(Codecs.INT, value));
          assertArrayEquals(bigEndian(4).putInt(value).array(), encode(Codecs.INT, value));
        });
  }

  @Test
  @Timeout(10)
  void longsRoundTripBigEndian(Property property) {
    property.forAll(
        20_000,
        Generators.longs(),
        value -> {
          assertEquals(value, roundTrip(Codecs.LONG, value));
          assertArrayEquals(bigEndian(8).putLong(value).array(), encode(Codecs.LONG, value));
        });
  }

  @Test
  @Timeout(10)
  void floatsRoundTripBitForBit(Property property) {
    property.forAll(
        20_000,
        Generators.floats(),
        value -> {
          int bits = Float.floatToRawIntBits(value);
          assertEquals(bits, Float.floatToRawIntBits(roundTrip(Codecs.FLOAT, value)));
          assertArrayEquals(bigEndian(4).putInt(bits).array(), encode(Codecs.FLOAT, value));
        });
  }

  @Test
  @Timeout(10)
  void doublesRoundTripBitForBit(Property property) {
    property.forAll(
        20_000,
        Generators.doubles(),
        value -> {
          long bits = Double.doubleToRawLongBits(value);
          assertEquals(bits, Double.doubleToRawLongBits(roundTrip(Codecs.DOUBLE, value)));
          assertArrayEquals(bigEndian(8).putLong(bits).array(), encode(Codecs.DOUBLE, value));
        });
  }

  @Test
  @Timeout(10)
  void floatsAndDoublesKeepTheirValue(Property property) {
    property.forAll(
        5_000,
        Generators.floats(),
        Generators.doubles(),
        (f, d) -> {
          assertEquals(f, roundTrip(Codecs.FLOAT, f));
          assertEquals(d, roundTrip(Codecs.DOUBLE, d));
        });
  }

  @Test
  @Timeout(10)
  void negativeZeroAndNaNSurvive() {
    assertEquals(
        Double.doubleToRawLongBits(-0.0),
        Double.doubleToRawLongBits(roundTrip(Codecs.DOUBLE, -0.0)));
    assertEquals(
        Float.floatToRawIntBits(-0.0f), Float.floatToRawIntBits(roundTrip(Codecs.FLOAT, -0.0f)));
    assertEquals(Double.NaN, roundTrip(Codecs.DOUBLE, Double.NaN));
    assertEquals(Float.NaN, roundTrip(Codecs.FLOAT, Float.NaN));
    assertEquals(Double.NEGATIVE_INFINITY, roundTrip(Codecs.DOUBLE, Double.NEGATIVE_INFINITY));
    assertEquals(Float.MIN_VALUE, roundTrip(Codecs.FLOAT, Float.MIN_VALUE));
    long payload = 0x7FF0_0000_0000_0001L;
    assertEquals(
        payload,
        Double.doubleToRawLongBits(roundTrip(Codecs.DOUBLE, Double.longBitsToDouble(payload))));
  }

  @Test
  @Timeout(10)
  void uuidsRoundTrip(Property property) {
    property.forAll(
        5_000, Generators.uuids(), value -> assertEquals(value, roundTrip(Codecs.UUID, value)));
  }

  // Strings

  @Test
  @Timeout(10)
  void wellFormedStringsRoundTripAsStandardUtf8(Property property) {
    property.forAll(
        5_000,
        Generators.strings(),
        value -> {
          assertEquals(value, roundTrip(Codecs.STRING, value));
          byte[] utf8 = value.getBytes(UTF_8);
          byte[] encoded = encode(Codecs.STRING, value);
          int prefix = encoded.length - utf8.length;
          assertTrue(prefix >= 1 && prefix <= 5, "length prefix of " + prefix + " bytes");
          assertArrayEquals(utf8, Arrays.copyOfRange(encoded, prefix, encoded.length));
        });
  }

  @Test
  @Timeout(10)
  void stringsAtUtf8BoundariesRoundTrip() {
    String boundaries =
        new StringBuilder()
            .appendCodePoint(0)
            .appendCodePoint(0x7F)
            .appendCodePoint(0x80)
            .appendCodePoint(0x7FF)
            .appendCodePoint(0x800)
            .appendCodePoint(0xD7FF)
            .appendCodePoint(0xE000)
            .appendCodePoint(0xFFFF)
            .appendCodePoint(0x10000)
            .appendCodePoint(0x1F600)
            .appendCodePoint(0x10FFFF)
            .toString();
    assertEquals(boundaries, roundTrip(Codecs.STRING, boundaries));
    assertEquals("", roundTrip(Codecs.STRING, ""));
    String large = "\uD83D\uDE00 emoji ".repeat(10_000);
    assertEquals(large, roundTrip(Codecs.STRING, large));
  }

  @Test
  @Timeout(10)
  void stringsWithAnUnpairedSurrogateFailToEncode(Property property) {
    Gen<String> text = Generators.strings();
    Gen<Integer> surrogates = Generators.ints(0xD800, 0xDFFF);
    Gen<String> broken =
        random -> {
          char surrogate = (char) surrogates.next(random).intValue();
          String before = text.next(random);
          String after = text.next(random);
          // A high surrogate followed by a low one would be a pair: put a letter between them.
          return before + surrogate + (Character.isHighSurrogate(surrogate) ? "x" : "") + after;
        };
    property.forAll(
        2_000,
        broken,
        value -> assertThrows(IpcValueException.class, () -> encode(Codecs.STRING, value)));
  }

  // Time

  @Test
  @Timeout(10)
  void instantsRoundTrip(Property property) {
    property.forAll(
        5_000,
        Generators.instants(),
        value -> assertEquals(value, roundTrip(Codecs.INSTANT, value)));
  }

  @Test
  @Timeout(10)
  void durationsRoundTrip(Property property) {
    property.forAll(
        5_000,
        Generators.durations(),
        value -> assertEquals(value, roundTrip(Codecs.DURATION, value)));
  }

  @Test
  @Timeout(10)
  void localDatesRoundTrip(Property property) {
    property.forAll(
        5_000,
        Generators.localDates(),
        value -> assertEquals(value, roundTrip(Codecs.LOCAL_DATE, value)));
  }

  @Test
  @Timeout(10)
  void localDateTimesRoundTrip(Property property) {
    property.forAll(
        5_000,
        Generators.localDateTimes(),
        value -> assertEquals(value, roundTrip(Codecs.LOCAL_DATE_TIME, value)));
  }

  @Test
  @Timeout(10)
  void extremeTimesRoundTrip() {
    for (Instant i : List.of(Instant.MIN, Instant.MAX, Instant.EPOCH)) {
      assertEquals(i, roundTrip(Codecs.INSTANT, i));
    }
    Duration max = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
    Duration min = Duration.ofSeconds(Long.MIN_VALUE);
    for (Duration d : List.of(Duration.ZERO, max, min, Duration.ofNanos(-1))) {
      assertEquals(d, roundTrip(Codecs.DURATION, d));
    }
    for (LocalDate d : List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(2024, 2, 29))) {
      assertEquals(d, roundTrip(Codecs.LOCAL_DATE, d));
    }
    for (LocalDateTime t : List.of(LocalDateTime.MIN, LocalDateTime.MAX)) {
      assertEquals(t, roundTrip(Codecs.LOCAL_DATE_TIME, t));
    }
  }

  // Big numbers

  @Test
  @Timeout(10)
  void bigIntegersRoundTrip(Property property) {
    property.forAll(
        2_000,
        Generators.bigIntegers(),
        value -> assertEquals(value, roundTrip(Codecs.BIG_INTEGER, value)));
  }

  @Test
  @Timeout(10)
  void bigDecimalsKeepTheirScale(Property property) {
    property.forAll(
        2_000,
        Generators.bigDecimals(),
        value -> {
          BigDecimal back = roundTrip(Codecs.BIG_DECIMAL, value);
          assertEquals(value, back);
          assertEquals(value.scale(), back.scale());
        });
  }

  @Test
  @Timeout(10)
  void extremeBigNumbersRoundTrip() {
    BigInteger huge = BigInteger.ONE.shiftLeft(100_000).subtract(BigInteger.ONE);
    for (BigInteger b :
        List.of(
            BigInteger.ZERO,
            BigInteger.ONE.negate(),
            huge,
            huge.negate(),
            BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE))) {
      assertEquals(b, roundTrip(Codecs.BIG_INTEGER, b));
    }
    assertEquals(2, roundTrip(Codecs.BIG_DECIMAL, new BigDecimal("1.10")).scale());
    BigDecimal tiny = BigDecimal.valueOf(1, Integer.MAX_VALUE);
    assertEquals(tiny, roundTrip(Codecs.BIG_DECIMAL, tiny));
    BigDecimal big = BigDecimal.valueOf(-7, Integer.MIN_VALUE);
    assertEquals(big, roundTrip(Codecs.BIG_DECIMAL, big));
  }

  // Primitive arrays

  @Test
  @Timeout(10)
  void integralArraysRoundTrip(Property property) {
    Gen<boolean[]> booleans = PrimitiveArrays.booleans(40);
    Gen<byte[]> bytes = Generators.byteArrays(40);
    Gen<short[]> shorts = PrimitiveArrays.shorts(40);
    Gen<char[]> chars = PrimitiveArrays.chars(40);
    Gen<int[]> ints = PrimitiveArrays.ints(40);
    Gen<long[]> longs = PrimitiveArrays.longs(40);
    property.forAll(1_000, booleans, v -> assertArrayEquals(v, roundTrip(Codecs.BOOLEAN_ARRAY, v)));
    property.forAll(
        1_000,
        bytes,
        v -> {
          assertArrayEquals(v, roundTrip(Codecs.BYTES, v));
          assertArrayEquals(v, roundTrip(Codecs.BYTE_ARRAY, v));
        });
    property.forAll(1_000, shorts, v -> assertArrayEquals(v, roundTrip(Codecs.SHORT_ARRAY, v)));
    property.forAll(1_000, chars, v -> assertArrayEquals(v, roundTrip(Codecs.CHAR_ARRAY, v)));
    property.forAll(1_000, ints, v -> assertArrayEquals(v, roundTrip(Codecs.INT_ARRAY, v)));
    property.forAll(1_000, longs, v -> assertArrayEquals(v, roundTrip(Codecs.LONG_ARRAY, v)));
  }

  @Test
  @Timeout(10)
  void floatingPointArraysRoundTripBitForBit(Property property) {
    property.forAll(
        2_000,
        PrimitiveArrays.floats(40),
        floats -> {
          float[] back = roundTrip(Codecs.FLOAT_ARRAY, floats);
          assertEquals(floats.length, back.length);
          for (int i = 0; i < floats.length; i++) {
            assertEquals(
                Float.floatToRawIntBits(floats[i]), Float.floatToRawIntBits(back[i]), "at " + i);
          }
        });
    property.forAll(
        2_000,
        PrimitiveArrays.doubles(40),
        doubles -> {
          double[] back = roundTrip(Codecs.DOUBLE_ARRAY, doubles);
          assertEquals(doubles.length, back.length);
          for (int i = 0; i < doubles.length; i++) {
            assertEquals(
                Double.doubleToRawLongBits(doubles[i]),
                Double.doubleToRawLongBits(back[i]),
                "at " + i);
          }
        });
  }

  // Enums

  @Test
  @Timeout(10)
  void everyEnumConstantRoundTrips() {
    Codec<Color> colors = Codecs.enumeration(Color.values());
    for (Color color : Color.values()) {
      assertEquals(color, roundTrip(colors, color));
    }
    Codec<Wide> wides = Codecs.enumeration(Wide.values());
    for (Wide wide : Wide.values()) {
      assertEquals(wide, roundTrip(wides, wide));
    }
  }

  @Test
  @Timeout(10)
  void listsOfEnumsRoundTrip(Property property) {
    Codec<List<Wide>> wides = Codecs.list(Codecs.enumeration(Wide.values()));
    Codec<Set<Color>> colors = Codecs.set(Codecs.enumeration(Color.values()));
    property.forAll(
        1_000,
        Generators.enums(Wide.class).list(20),
        Generators.enums(Color.class).set(3),
        (wideList, colorSet) -> {
          assertEquals(wideList, roundTrip(wides, wideList));
          assertEquals(new ArrayList<>(colorSet), new ArrayList<>(roundTrip(colors, colorSet)));
        });
  }

  @Test
  @Timeout(10)
  void enumOrdinalsTakeOneByteBelow128() {
    Codec<Wide> codec = Codecs.enumeration(Wide.values());
    assertEquals(1, encode(codec, Wide.W127).length);
    assertEquals(2, encode(codec, Wide.W128).length);
  }

  // Nullable and optional

  @Test
  @Timeout(10)
  void nullableValuesRoundTripIncludingNull(Property property) {
    property.forAll(
        2_000,
        Generators.strings().orNull(),
        Generators.instants().orNull(),
        (text, instant) -> {
          assertEquals(text, roundTrip(Codecs.nullable(Codecs.STRING), text));
          assertEquals(instant, roundTrip(Codecs.nullable(Codecs.INSTANT), instant));
        });
  }

  @Test
  @Timeout(10)
  void optionalsRoundTrip(Property property) {
    property.forAll(
        2_000,
        Generators.strings().optional(),
        Generators.bigDecimals().optional(),
        (text, decimal) -> {
          assertEquals(text, roundTrip(Codecs.optional(Codecs.STRING), text));
          assertEquals(decimal, roundTrip(Codecs.optional(Codecs.BIG_DECIMAL), decimal));
        });
  }

  @Test
  @Timeout(10)
  void nullableIsIdempotentAndOptionalOfNullableReadsEmptyForNull() {
    Codec<String> nullable = Codecs.nullable(Codecs.STRING);
    assertEquals(nullable, Codecs.nullable(nullable));
    Codec<Optional<String>> optionalOfNullable = Codecs.optional(nullable);
    assertEquals(Optional.of("x"), roundTrip(optionalOfNullable, Optional.of("x")));
    assertEquals(Optional.empty(), roundTrip(optionalOfNullable, Optional.empty()));
  }

  // Collections

  @Test
  @Timeout(10)
  void listsRoundTripAsMutableArrayLists(Property property) {
    Codec<List<String>> codec = Codecs.list(Codecs.nullable(Codecs.STRING));
    property.forAll(
        2_000,
        Generators.strings().orNull().list(20),
        value -> {
          List<String> back = roundTrip(codec, value);
          assertEquals(value, back);
          assertInstanceOf(ArrayList.class, back);
          back.add("appended");
        });
  }

  @Test
  @Timeout(10)
  void setsRoundTripInEncounterOrder(Property property) {
    Codec<Set<Long>> codec = Codecs.set(Codecs.LONG);
    property.forAll(
        2_000,
        Generators.longs().set(20),
        value -> {
          Set<Long> back = roundTrip(codec, value);
          assertEquals(value, back);
          assertEquals(new ArrayList<>(value), new ArrayList<>(back));
          assertInstanceOf(LinkedHashSet.class, back);
        });
  }

  @Test
  @Timeout(10)
  void mapsRoundTripInEncounterOrder(Property property) {
    Codec<Map<String, Instant>> codec = Codecs.map(Codecs.STRING, Codecs.nullable(Codecs.INSTANT));
    property.forAll(
        2_000,
        Gen.mapOf(Generators.strings(), Generators.instants().orNull(), 20),
        value -> {
          Map<String, Instant> back = roundTrip(codec, value);
          assertEquals(value, back);
          assertEquals(new ArrayList<>(value.keySet()), new ArrayList<>(back.keySet()));
          assertInstanceOf(LinkedHashMap.class, back);
        });
  }

  @Test
  @Timeout(10)
  void nestedListsOfMapsOfOptionalsRoundTrip(Property property) {
    Codec<List<Map<String, Optional<Instant>>>> codec =
        Codecs.list(Codecs.map(Codecs.STRING, Codecs.optional(Codecs.INSTANT)));
    property.forAll(
        1_000,
        Gen.mapOf(Generators.strings(), Generators.instants().optional(), 4).list(4),
        value -> assertEquals(value, roundTrip(codec, value)));
  }

  @Test
  @Timeout(10)
  void nestedContainersOfEveryKindRoundTrip(Property property) {
    Codec<Map<Color, Set<List<Optional<BigDecimal>>>>> codec =
        Codecs.map(
            Codecs.enumeration(Color.values()),
            Codecs.set(Codecs.list(Codecs.optional(Codecs.nullable(Codecs.BIG_DECIMAL)))));
    Gen<Map<Color, Set<List<Optional<BigDecimal>>>>> values =
        Gen.mapOf(
            Generators.enums(Color.class), Generators.bigDecimals().optional().list(3).set(3), 3);
    property.forAll(1_000, values, value -> assertEquals(value, roundTrip(codec, value)));
  }

  @Test
  @Timeout(10)
  void objectArraysRoundTrip(Property property) {
    Codec<String[]> codec = Codecs.array(Codecs.nullable(Codecs.STRING), String[]::new);
    property.forAll(
        2_000,
        Generators.strings().orNull().list(20).map(list -> list.toArray(new String[0])),
        value -> assertArrayEquals(value, roundTrip(codec, value)));
  }

  @Test
  @Timeout(10)
  void arraysOfArraysRoundTripDeeply(Property property) {
    Codec<int[][]> codec = Codecs.array(Codecs.INT_ARRAY, int[][]::new);
    property.forAll(
        2_000,
        PrimitiveArrays.ints(8).list(8).map(rows -> rows.toArray(new int[0][])),
        value -> assertTrue(Arrays.deepEquals(value, roundTrip(codec, value))));
  }

  @Test
  @Timeout(10)
  void emptyContainersRoundTrip() {
    assertEquals(List.of(), roundTrip(Codecs.list(Codecs.INT), List.of()));
    assertEquals(Set.of(), roundTrip(Codecs.set(Codecs.STRING), Set.of()));
    assertEquals(Map.of(), roundTrip(Codecs.map(Codecs.STRING, Codecs.INT), Map.of()));
    assertEquals(0, roundTrip(Codecs.array(Codecs.STRING, String[]::new), new String[0]).length);
    assertEquals(0, roundTrip(Codecs.BYTES, new byte[0]).length);
    assertEquals(0, roundTrip(Codecs.DOUBLE_ARRAY, new double[0]).length);
    assertEquals(
        List.of(List.of()), roundTrip(Codecs.list(Codecs.list(Codecs.INT)), List.of(List.of())));
  }

  private static ByteBuffer bigEndian(int size) {
    return ByteBuffer.allocate(size);
  }
}
