package org.typedipc.runtime.testing;

import static org.typedipc.runtime.testing.Gen.withEdges;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Generators of JDK values over their whole range, with the values codecs trip on mixed in: zero,
 * ±1, the bounds, NaNs with payloads, subnormals, every UTF-8 width, leap days, the ends of time.
 */
public final class Generators {
  private static final BigInteger TWO_TO_63 = BigInteger.ONE.shiftLeft(63);

  private Generators() {}

  // Integers

  public static Gen<Boolean> booleans() {
    return SplittableRandom::nextBoolean;
  }

  public static Gen<Byte> bytes() {
    return ints(Byte.MIN_VALUE, Byte.MAX_VALUE).map(Integer::byteValue);
  }

  public static Gen<Short> shorts() {
    return ints(Short.MIN_VALUE, Short.MAX_VALUE).map(Integer::shortValue);
  }

  /** UTF-16 units, lone surrogates included. */
  public static Gen<Character> chars() {
    Gen<Character> any =
        random -> (char) (random.nextInt(4) == 0 ? random.nextInt(0xD800, 0xE000) : random.nextInt());
    return withEdges(
        any, '\0', '\u007F', '\u0080', '\u07FF', '\u0800', '\uD7FF', '\uD800', '\uDBFF', '\uDC00',
        '\uDFFF', '\uE000', '\uFFFF');
  }

  public static Gen<Integer> ints() {
    return ints(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** From {@code min} to {@code max} inclusive; the bounds, 0 and ±1 (when in range) come often. */
  public static Gen<Integer> ints(int min, int max) {
    return longs(min, max).map(Long::intValue);
  }

  public static Gen<Long> longs() {
    return longs(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** From {@code min} to {@code max} inclusive; the bounds, 0 and ±1 (when in range) come often. */
  public static Gen<Long> longs(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException(min + " > " + max);
    }
    long[] edges = {min, max, min + 1, max - 1, 0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE};
    return random -> {
      int pick = random.nextInt(8);
      if (pick == 0) {
        long edge = edges[random.nextInt(edges.length)];
        if (edge >= min && edge <= max) {
          return edge;
        }
      }
      if (pick == 1) {
        // Small magnitudes: the values of everyday data and of varint boundaries.
        long small = random.nextLong(-300, 300);
        if (small >= min && small <= max) {
          return small;
        }
      }
      return uniform(random, min, max);
    };
  }

  /** Uniform from {@code min} to {@code max} inclusive, whatever the span. */
  static long uniform(SplittableRandom random, long min, long max) {
    if (max < Long.MAX_VALUE) {
      return random.nextLong(min, max + 1);
    }
    return min == Long.MIN_VALUE ? random.nextLong() : random.nextLong(min - 1, max) + 1;
  }

  // Floating point

  /** Any float bits: NaNs with payloads, ±0, ±infinity, subnormals, and everyday values. */
  public static Gen<Float> floats() {
    Gen<Float> any =
        random -> {
          int sign = random.nextBoolean() ? 0x8000_0000 : 0;
          return switch (random.nextInt(6)) {
            case 0 -> Float.intBitsToFloat(sign | 0x7F80_0000 | random.nextInt(1, 0x80_0000));
            case 1 -> Float.intBitsToFloat(sign | random.nextInt(1, 0x80_0000));
            case 2 -> random.nextInt(-1000, 1000) / 8f;
            default -> Float.intBitsToFloat(random.nextInt());
          };
        };
    return withEdges(
        any,
        0f,
        -0f,
        1f,
        -1f,
        Float.NaN,
        Float.intBitsToFloat(0xFFC0_0000),
        Float.intBitsToFloat(0x7F80_0001),
        Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY,
        Float.MIN_VALUE,
        -Float.MIN_VALUE,
        Float.MIN_NORMAL,
        Float.MAX_VALUE,
        -Float.MAX_VALUE);
  }

  /** Any double bits: NaNs with payloads, ±0, ±infinity, subnormals, and everyday values. */
  public static Gen<Double> doubles() {
    long mantissaBound = 1L << 52;
    Gen<Double> any =
        random -> {
          long sign = random.nextBoolean() ? Long.MIN_VALUE : 0;
          return switch (random.nextInt(6)) {
            case 0 -> Double.longBitsToDouble(
                sign | 0x7FF0_0000_0000_0000L | random.nextLong(1, mantissaBound));
            case 1 -> Double.longBitsToDouble(sign | random.nextLong(1, mantissaBound));
            case 2 -> random.nextInt(-1000, 1000) / 8d;
            default -> Double.longBitsToDouble(random.nextLong());
          };
        };
    return withEdges(
        any,
        0d,
        -0d,
        1d,
        -1d,
        Double.NaN,
        Double.longBitsToDouble(0xFFF8_0000_0000_0000L),
        Double.longBitsToDouble(0x7FF0_0000_0000_0001L),
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE,
        -Double.MIN_VALUE,
        Double.MIN_NORMAL,
        Double.MAX_VALUE,
        -Double.MAX_VALUE);
  }

  // Text and bytes

  /** Well-formed strings of up to 30 code points. */
  public static Gen<String> strings() {
    return strings(30);
  }

  /**
   * Well-formed strings of up to {@code maxCodePoints}: ASCII (NUL included), 2- and 3-byte UTF-8,
   * and supplementary code points, which are surrogate pairs in Java and 4 bytes in UTF-8.
   */
  public static Gen<String> strings(int maxCodePoints) {
    Gen<Integer> codePoints = Generators::codePoint;
    return codePoints
        .list(maxCodePoints)
        .map(
            list -> {
              StringBuilder s = new StringBuilder();
              list.forEach(s::appendCodePoint);
              return s.toString();
            });
  }

  private static int codePoint(SplittableRandom random) {
    return switch (random.nextInt(10)) {
      case 0, 1, 2, 3 -> random.nextInt(0x80);
      case 4 -> random.nextInt(0x80, 0x800);
      case 5, 6 -> random.nextBoolean()
          ? random.nextInt(0x800, 0xD800)
          : random.nextInt(0xE000, 0x10000);
      case 7, 8 -> random.nextInt(0x1_0000, 0x11_0000);
      default -> {
        int[] boundaries = {0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF};
        yield boundaries[random.nextInt(boundaries.length)];
      }
    };
  }

  /** Byte arrays of up to {@code maxLength} bytes. */
  public static Gen<byte[]> byteArrays(int maxLength) {
    return random -> {
      byte[] bytes = new byte[Gen.size(random, maxLength)];
      random.nextBytes(bytes);
      return bytes;
    };
  }

  public static Gen<UUID> uuids() {
    Gen<Long> longs = longs();
    return withEdges(
        random -> new UUID(longs.next(random), longs.next(random)),
        new UUID(0, 0),
        new UUID(-1, -1),
        UUID.fromString("123e4567-e89b-42d3-a456-556642440000"));
  }

  // Time

  /** Nanoseconds of a second, 0 to 999,999,999. */
  public static Gen<Integer> nanos() {
    return ints(0, 999_999_999);
  }

  /** Instants from {@link Instant#MIN} to {@link Instant#MAX}, often around the epoch. */
  public static Gen<Instant> instants() {
    Gen<Long> seconds = longs(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond());
    Gen<Long> recent = longs(-(1L << 32), 1L << 32);
    Gen<Integer> nanos = nanos();
    return withEdges(
        random ->
            Instant.ofEpochSecond(
                (random.nextBoolean() ? seconds : recent).next(random), nanos.next(random)),
        Instant.MIN,
        Instant.MAX,
        Instant.EPOCH,
        Instant.EPOCH.minusNanos(1),
        Instant.ofEpochSecond(Instant.MIN.getEpochSecond(), 999_999_999));
  }

  /** Durations of any seconds and nanosecond adjustment, from the shortest to the longest. */
  public static Gen<Duration> durations() {
    Gen<Long> seconds = longs();
    Gen<Integer> nanos = nanos();
    return withEdges(
        random -> Duration.ofSeconds(seconds.next(random), nanos.next(random)),
        Duration.ZERO,
        Duration.ofNanos(1),
        Duration.ofNanos(-1),
        Duration.ofSeconds(Long.MAX_VALUE, 999_999_999),
        Duration.ofSeconds(Long.MIN_VALUE));
  }

  /** Dates from {@link LocalDate#MIN} to {@link LocalDate#MAX}, often within a few millennia. */
  public static Gen<LocalDate> localDates() {
    Gen<Long> days = longs(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay());
    Gen<Long> nearby = longs(-(1L << 20), 1L << 20);
    return withEdges(
        random -> LocalDate.ofEpochDay((random.nextBoolean() ? days : nearby).next(random)),
        LocalDate.MIN,
        LocalDate.MAX,
        LocalDate.EPOCH,
        LocalDate.of(0, 1, 1),
        LocalDate.of(-1, 12, 31),
        LocalDate.of(2000, 2, 29),
        LocalDate.of(2024, 2, 29),
        LocalDate.of(1900, 2, 28));
  }

  /** Times of day to the nanosecond, often on a whole second. */
  public static Gen<LocalTime> localTimes() {
    Gen<Long> nanoOfDay = longs(0, LocalTime.MAX.toNanoOfDay());
    Gen<Integer> secondOfDay = ints(0, 86_399);
    return withEdges(
        random ->
            random.nextInt(4) == 0
                ? LocalTime.ofSecondOfDay(secondOfDay.next(random))
                : LocalTime.ofNanoOfDay(nanoOfDay.next(random)),
        LocalTime.MIDNIGHT,
        LocalTime.NOON,
        LocalTime.MAX,
        LocalTime.of(23, 59, 59));
  }

  /** Date-times from {@link LocalDateTime#MIN} to {@link LocalDateTime#MAX}. */
  public static Gen<LocalDateTime> localDateTimes() {
    Gen<LocalDate> dates = localDates();
    Gen<LocalTime> times = localTimes();
    return withEdges(
        random -> LocalDateTime.of(dates.next(random), times.next(random)),
        LocalDateTime.MIN,
        LocalDateTime.MAX);
  }

  // Big numbers

  /**
   * Big integers of either sign: mostly up to 320 bits, sometimes up to 20,000, and often next to
   * a power of two, where the two's-complement length changes.
   */
  public static Gen<BigInteger> bigIntegers() {
    Gen<BigInteger> any =
        random -> {
          BigInteger value;
          if (random.nextInt(4) == 0) {
            BigInteger nextTo = BigInteger.valueOf(random.nextInt(-1, 2));
            value = BigInteger.ONE.shiftLeft(random.nextInt(600)).add(nextTo);
          } else {
            int bits = random.nextInt(16) == 0 ? random.nextInt(20_000) : random.nextInt(321);
            byte[] magnitude = new byte[(bits + 7) / 8];
            random.nextBytes(magnitude);
            value = new BigInteger(1, magnitude);
          }
          return random.nextBoolean() ? value : value.negate();
        };
    return withEdges(
        any,
        BigInteger.ZERO,
        BigInteger.ONE,
        BigInteger.ONE.negate(),
        BigInteger.valueOf(127),
        BigInteger.valueOf(128),
        BigInteger.valueOf(-128),
        BigInteger.valueOf(-129),
        BigInteger.valueOf(Long.MAX_VALUE),
        BigInteger.valueOf(Long.MIN_VALUE),
        TWO_TO_63,
        TWO_TO_63.negate().subtract(BigInteger.ONE));
  }

  /** Big decimals of any unscaled value and any scale, from {@code Integer.MIN_VALUE} up. */
  public static Gen<BigDecimal> bigDecimals() {
    Gen<BigInteger> unscaled = bigIntegers();
    Gen<Integer> anyScale = ints();
    Gen<Integer> scales =
        random -> random.nextBoolean() ? random.nextInt(-20, 21) : anyScale.next(random);
    return withEdges(
        random -> new BigDecimal(unscaled.next(random), scales.next(random)),
        BigDecimal.ZERO,
        new BigDecimal("0.00"),
        new BigDecimal("1.10"),
        new BigDecimal("-1E+3"),
        BigDecimal.valueOf(1, Integer.MAX_VALUE),
        BigDecimal.valueOf(-7, Integer.MIN_VALUE));
  }

  // Enums

  /** The constants of {@code type}; the first and the last come up more often. */
  public static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
    return Gen.oneOf(type.getEnumConstants());
  }
}
