package org.typedipc.runtime.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.codec.CodecTesting.encode;
import static org.typedipc.runtime.codec.CodecTesting.roundTrip;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.codec.TestEnums.Color;
import org.typedipc.runtime.codec.TestEnums.Wide;

/**
 * Every codec of {@link Codecs} reads back exactly what it wrote. jqwik reports the seed of a
 * failing property and reruns it with that seed until it passes (see junit-platform.properties).
 */
class CodecsRoundTripTest {

  // Scalars

  @Property(tries = 1000)
  void booleansRoundTrip(@ForAll boolean value) {
    assertEquals(value, roundTrip(Codecs.BOOLEAN, value));
  }

  @Property(tries = 1000)
  void bytesRoundTrip(@ForAll byte value) {
    assertEquals(value, roundTrip(Codecs.BYTE, value));
  }

  @Property(tries = 10_000)
  void shortsRoundTrip(@ForAll short value) {
    assertEquals(value, roundTrip(Codecs.SHORT, value));
  }

  @Property(tries = 10_000)
  void charsRoundTripIncludingLoneSurrogates(@ForAll @CharRange(from = 0, to = 0xFFFF) char value) {
    assertEquals(value, roundTrip(Codecs.CHAR, value));
  }

  @Property(tries = 10_000)
  void intsRoundTrip(@ForAll int value) {
    assertEquals(value, roundTrip(Codecs.INT, value));
  }

  @Property(tries = 10_000)
  void longsRoundTrip(@ForAll long value) {
    assertEquals(value, roundTrip(Codecs.LONG, value));
  }

  @Property(tries = 10_000)
  void floatsRoundTripBitForBit(@ForAll int bits) {
    float value = Float.intBitsToFloat(bits);
    assertEquals(
        Float.floatToRawIntBits(value), Float.floatToRawIntBits(roundTrip(Codecs.FLOAT, value)));
  }

  @Property(tries = 10_000)
  void doublesRoundTripBitForBit(@ForAll long bits) {
    double value = Double.longBitsToDouble(bits);
    assertEquals(
        Double.doubleToRawLongBits(value),
        Double.doubleToRawLongBits(roundTrip(Codecs.DOUBLE, value)));
  }

  @Property(tries = 1000)
  void floatsAndDoublesWithEdgeValuesRoundTrip(@ForAll float f, @ForAll double d) {
    assertEquals(f, roundTrip(Codecs.FLOAT, f));
    assertEquals(d, roundTrip(Codecs.DOUBLE, d));
  }

  @Example
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
  }

  @Property(tries = 1000)
  void uuidsRoundTrip(@ForAll long most, @ForAll long least) {
    UUID value = new UUID(most, least);
    assertEquals(value, roundTrip(Codecs.UUID, value));
  }

  // Strings

  @Property(tries = 2000)
  void wellFormedStringsRoundTrip(@ForAll("text") String value) {
    assertEquals(value, roundTrip(Codecs.STRING, value));
  }

  @Example
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

  @Property(tries = 1000)
  void stringsWithAnUnpairedSurrogateFailToEncode(
      @ForAll("text") String before,
      @ForAll @CharRange(from = 0xD800, to = 0xDFFF) char surrogate,
      @ForAll("text") String after) {
    String broken =
        before + surrogate + (Character.isHighSurrogate(surrogate) ? "x" + after : after);
    assertThrows(IpcValueException.class, () -> encode(Codecs.STRING, broken));
  }

  // Time

  @Property(tries = 1000)
  void instantsRoundTrip(@ForAll("instants") Instant value) {
    assertEquals(value, roundTrip(Codecs.INSTANT, value));
  }

  @Property(tries = 1000)
  void durationsRoundTrip(@ForAll long seconds, @ForAll("nanos") int nanos) {
    Duration value = Duration.ofSeconds(seconds, nanos);
    assertEquals(value, roundTrip(Codecs.DURATION, value));
  }

  @Property(tries = 1000)
  void localDatesRoundTrip(@ForAll("localDates") LocalDate value) {
    assertEquals(value, roundTrip(Codecs.LOCAL_DATE, value));
  }

  @Property(tries = 1000)
  void localDateTimesRoundTrip(@ForAll("localDateTimes") LocalDateTime value) {
    assertEquals(value, roundTrip(Codecs.LOCAL_DATE_TIME, value));
  }

  @Example
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

  @Property(tries = 1000)
  void bigIntegersRoundTrip(@ForAll("bigIntegers") BigInteger value) {
    assertEquals(value, roundTrip(Codecs.BIG_INTEGER, value));
  }

  @Property(tries = 1000)
  void bigDecimalsKeepTheirScale(@ForAll("bigIntegers") BigInteger unscaled, @ForAll int scale) {
    BigDecimal value = new BigDecimal(unscaled, scale);
    BigDecimal back = roundTrip(Codecs.BIG_DECIMAL, value);
    assertEquals(value, back);
    assertEquals(scale, back.scale());
  }

  @Example
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

  @Property(tries = 1000)
  void primitiveArraysRoundTrip(
      @ForAll @Size(max = 40) boolean[] booleans,
      @ForAll @Size(max = 40) byte[] bytes,
      @ForAll @Size(max = 40) short[] shorts,
      @ForAll @Size(max = 40) char[] chars,
      @ForAll @Size(max = 40) int[] ints,
      @ForAll @Size(max = 40) long[] longs) {
    assertArrayEquals(booleans, roundTrip(Codecs.BOOLEAN_ARRAY, booleans));
    assertArrayEquals(bytes, roundTrip(Codecs.BYTES, bytes));
    assertArrayEquals(bytes, roundTrip(Codecs.BYTE_ARRAY, bytes));
    assertArrayEquals(shorts, roundTrip(Codecs.SHORT_ARRAY, shorts));
    assertArrayEquals(chars, roundTrip(Codecs.CHAR_ARRAY, chars));
    assertArrayEquals(ints, roundTrip(Codecs.INT_ARRAY, ints));
    assertArrayEquals(longs, roundTrip(Codecs.LONG_ARRAY, longs));
  }

  @Property(tries = 1000)
  void floatingPointArraysRoundTripBitForBit(
      @ForAll @Size(max = 40) int[] floatBits, @ForAll @Size(max = 40) long[] doubleBits) {
    float[] floats = new float[floatBits.length];
    for (int i = 0; i < floats.length; i++) {
      floats[i] = Float.intBitsToFloat(floatBits[i]);
    }
    double[] doubles = new double[doubleBits.length];
    for (int i = 0; i < doubles.length; i++) {
      doubles[i] = Double.longBitsToDouble(doubleBits[i]);
    }
    float[] floatsBack = roundTrip(Codecs.FLOAT_ARRAY, floats);
    double[] doublesBack = roundTrip(Codecs.DOUBLE_ARRAY, doubles);
    assertEquals(floats.length, floatsBack.length);
    for (int i = 0; i < floats.length; i++) {
      assertEquals(floatBits[i], Float.floatToRawIntBits(floatsBack[i]));
    }
    assertEquals(doubles.length, doublesBack.length);
    for (int i = 0; i < doubles.length; i++) {
      assertEquals(doubleBits[i], Double.doubleToRawLongBits(doublesBack[i]));
    }
  }

  // Enums

  @Property(tries = 1000)
  void enumsRoundTrip(@ForAll Color color, @ForAll Wide wide) {
    assertEquals(color, roundTrip(Codecs.enumeration(Color.values()), color));
    assertEquals(wide, roundTrip(Codecs.enumeration(Wide.values()), wide));
  }

  @Example
  void enumOrdinalsTakeOneByteBelow128() {
    Codec<Wide> codec = Codecs.enumeration(Wide.values());
    assertEquals(1, encode(codec, Wide.W127).length);
    assertEquals(2, encode(codec, Wide.W128).length);
  }

  // Nullable and optional

  @Property(tries = 1000)
  void nullableValuesRoundTripIncludingNull(
      @ForAll("nullableText") String text, @ForAll("nullableInstants") Instant instant) {
    assertEquals(text, roundTrip(Codecs.nullable(Codecs.STRING), text));
    assertEquals(instant, roundTrip(Codecs.nullable(Codecs.INSTANT), instant));
  }

  @Property(tries = 1000)
  void optionalsRoundTrip(@ForAll("optionalText") Optional<String> value) {
    assertEquals(value, roundTrip(Codecs.optional(Codecs.STRING), value));
  }

  @Example
  void nullableIsIdempotentAndOptionalOfNullableReadsEmptyForNull() {
    Codec<String> nullable = Codecs.nullable(Codecs.STRING);
    assertEquals(nullable, Codecs.nullable(nullable));
    Codec<Optional<String>> optionalOfNullable = Codecs.optional(nullable);
    assertEquals(Optional.of("x"), roundTrip(optionalOfNullable, Optional.of("x")));
    assertEquals(Optional.empty(), roundTrip(optionalOfNullable, Optional.empty()));
  }

  // Collections

  @Property(tries = 1000)
  void listsRoundTripAsMutableArrayLists(
      @ForAll @Size(max = 20) List<@From("nullableText") String> value) {
    List<String> back = roundTrip(Codecs.list(Codecs.nullable(Codecs.STRING)), value);
    assertEquals(value, back);
    assertInstanceOf(ArrayList.class, back);
    back.add("appended");
  }

  @Property(tries = 1000)
  void setsRoundTripInEncounterOrder(@ForAll @Size(max = 20) List<Long> elements) {
    Set<Long> value = new LinkedHashSet<>(elements);
    Set<Long> back = roundTrip(Codecs.set(Codecs.LONG), value);
    assertEquals(value, back);
    assertEquals(new ArrayList<>(value), new ArrayList<>(back));
    assertInstanceOf(LinkedHashSet.class, back);
  }

  @Property(tries = 1000)
  void mapsRoundTripInEncounterOrder(
      @ForAll @Size(max = 20)
          Map<@From("text") String, @From("nullableInstants") Instant> entries) {
    Map<String, Instant> value = new LinkedHashMap<>(entries);
    Map<String, Instant> back =
        roundTrip(Codecs.map(Codecs.STRING, Codecs.nullable(Codecs.INSTANT)), value);
    assertEquals(value, back);
    assertEquals(new ArrayList<>(value.keySet()), new ArrayList<>(back.keySet()));
    assertInstanceOf(LinkedHashMap.class, back);
  }

  @Property(tries = 1000)
  void nestedListsOfMapsOfOptionalsRoundTrip(
      @ForAll("nested") List<Map<String, Optional<Instant>>> value) {
    Codec<List<Map<String, Optional<Instant>>>> codec =
        Codecs.list(Codecs.map(Codecs.STRING, Codecs.optional(Codecs.INSTANT)));
    assertEquals(value, roundTrip(codec, value));
  }

  @Property(tries = 1000)
  void objectArraysRoundTrip(@ForAll @Size(max = 20) List<@From("nullableText") String> elements) {
    String[] value = elements.toArray(new String[0]);
    String[] back = roundTrip(Codecs.array(Codecs.nullable(Codecs.STRING), String[]::new), value);
    assertArrayEquals(value, back);
  }

  @Property(tries = 1000)
  void arraysOfArraysRoundTripDeeply(@ForAll @Size(max = 8) List<@Size(max = 8) int[]> rows) {
    int[][] value = rows.toArray(new int[0][]);
    int[][] back = roundTrip(Codecs.array(Codecs.INT_ARRAY, int[][]::new), value);
    assertTrue(Arrays.deepEquals(value, back));
  }

  @Example
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

  // Generators

  @Provide
  Arbitrary<String> text() {
    Arbitrary<Integer> ascii = Arbitraries.integers().between(0, 0x7F);
    Arbitrary<Integer> twoAndThreeBytes =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0x80, 0xD7FF),
            Arbitraries.integers().between(0xE000, 0xFFFF));
    Arbitrary<Integer> supplementary = Arbitraries.integers().between(0x10000, 0x10FFFF);
    return Arbitraries.frequencyOf(
            Tuple.of(4, ascii), Tuple.of(2, twoAndThreeBytes), Tuple.of(2, supplementary))
        .list()
        .ofMaxSize(30)
        .map(
            codePoints -> {
              StringBuilder s = new StringBuilder();
              codePoints.forEach(s::appendCodePoint);
              return s.toString();
            });
  }

  @Provide
  Arbitrary<String> nullableText() {
    return text().injectNull(0.2);
  }

  @Provide
  Arbitrary<Optional<String>> optionalText() {
    return text().optional(0.7);
  }

  @Provide
  Arbitrary<Integer> nanos() {
    return Arbitraries.integers().between(0, 999_999_999);
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Combinators.combine(
            Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
            nanos())
        .as(Instant::ofEpochSecond);
  }

  @Provide
  Arbitrary<Instant> nullableInstants() {
    return instants().injectNull(0.2);
  }

  @Provide
  Arbitrary<LocalDate> localDates() {
    return Arbitraries.longs()
        .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<LocalDateTime> localDateTimes() {
    Arbitrary<LocalTime> times =
        Arbitraries.longs().between(0, LocalTime.MAX.toNanoOfDay()).map(LocalTime::ofNanoOfDay);
    return Combinators.combine(localDates(), times).as(LocalDateTime::of);
  }

  @Provide
  Arbitrary<BigInteger> bigIntegers() {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(40).map(BigInteger::new);
  }

  @Provide
  Arbitrary<List<Map<String, Optional<Instant>>>> nested() {
    return Arbitraries.maps(text(), instants().optional(0.5)).ofMaxSize(4).list().ofMaxSize(4);
  }
}
