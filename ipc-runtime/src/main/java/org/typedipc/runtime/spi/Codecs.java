package org.typedipc.runtime.spi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.BitSet;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * The codecs of JDK types, which generated codecs compose: for example a {@code record Page(String
 * title, List<Optional<Instant>> edits)} is written with {@link #STRING} and {@code
 * list(optional(INSTANT))}.
 *
 * <p>Every codec here is reflection-free and safe to share between threads. None accepts {@code
 * null} unless wrapped in {@link #nullable}: a {@code null} fails the encode with an {@link
 * org.typedipc.runtime.IpcValueException}. Lists, sets, maps and arrays of references are one
 * nesting level each, so a value nested deeper than {@link WireWriter#MAX_DEPTH} fails clearly on
 * either side; {@code nullable} and {@code optional} add no level, so the codec of a type that can
 * contain itself calls {@link WireWriter#enter} and {@link WireReader#enter} itself. Decoding checks
 * every count, range and ordinal and fails only with {@link
 * org.typedipc.runtime.IpcProtocolException}.
 *
 * <p>Numbers are big-endian in their Java width; floats and doubles keep their exact bits, so NaN
 * payloads and {@code -0.0} survive. Counts and lengths are varints of 1 to 5 bytes.
 */
public final class Codecs {
  /**
   * One value of the string API's dynamic model: null, Boolean, Integer, Long, Double, String,
   * byte[], Instant, List and Map with String keys, each keeping its Java type.
   */
  public static final Codec<Object> DYNAMIC = DynamicValueCodec.INSTANCE;

  /** The arguments of a string channel: an array of {@link #DYNAMIC} values. */
  public static final Codec<Object[]> DYNAMIC_ARGS = DynamicArgsCodec.INSTANCE;

  /** A boolean as one byte, 0 or 1. */
  public static final Codec<Boolean> BOOLEAN = ScalarCodecs.BOOLEAN;

  /** A byte as itself. */
  public static final Codec<Byte> BYTE = ScalarCodecs.BYTE;

  /** A short in 2 bytes. */
  public static final Codec<Short> SHORT = ScalarCodecs.SHORT;

  /** A char as its 16-bit UTF-16 unit, so even a lone surrogate survives. */
  public static final Codec<Character> CHAR = ScalarCodecs.CHAR;

  /** An int in 4 bytes. */
  public static final Codec<Integer> INT = ScalarCodecs.INT;

  /** A long in 8 bytes. */
  public static final Codec<Long> LONG = ScalarCodecs.LONG;

  /** A float by its raw bits. */
  public static final Codec<Float> FLOAT = ScalarCodecs.FLOAT;

  /** A double by its raw bits. */
  public static final Codec<Double> DOUBLE = ScalarCodecs.DOUBLE;

  /** A string as UTF-8 with its byte length; one with an unpaired surrogate fails to encode. */
  public static final Codec<String> STRING = ScalarCodecs.STRING;

  /** A byte array with its length. */
  public static final Codec<byte[]> BYTES = PrimitiveArrayCodecs.BYTES;

  /** An instant as epoch seconds (8 bytes) and nanoseconds (4 bytes). */
  public static final Codec<Instant> INSTANT = TimeCodecs.INSTANT;

  /** A duration as seconds (8 bytes) and the nanosecond adjustment (4 bytes). */
  public static final Codec<Duration> DURATION = TimeCodecs.DURATION;

  /** A UUID as its most, then least significant 64 bits. */
  public static final Codec<UUID> UUID = ScalarCodecs.UUID;

  /** A big integer as its two's-complement bytes with their length. */
  public static final Codec<BigInteger> BIG_INTEGER = NumberCodecs.BIG_INTEGER;

  /** A big decimal as its unscaled value and its scale, so {@code 1.10} stays {@code 1.10}. */
  public static final Codec<BigDecimal> BIG_DECIMAL = NumberCodecs.BIG_DECIMAL;

  /** A date as its year (4 bytes), month and day (a byte each). */
  public static final Codec<LocalDate> LOCAL_DATE = TimeCodecs.LOCAL_DATE;

  /** A date and time: the date, then hour, minute and second (a byte each) and nanoseconds. */
  public static final Codec<LocalDateTime> LOCAL_DATE_TIME = TimeCodecs.LOCAL_DATE_TIME;

  /** A time of day: hour, minute and second (a byte each), then nanoseconds (4 bytes). */
  public static final Codec<LocalTime> LOCAL_TIME = TimeCodecs.LOCAL_TIME;

  /** A period as its years, months and days (4 bytes each). */
  public static final Codec<Period> PERIOD = TimeCodecs.PERIOD;

  /** An offset from UTC as its total seconds (4 bytes), from -18 to +18 hours. */
  public static final Codec<ZoneOffset> ZONE_OFFSET = ZoneCodecs.ZONE_OFFSET;

  /**
   * A time zone as its id ({@code Europe/Paris}, {@code +02:00}, {@code Z}), read with the
   * receiver's time-zone rules: a region its JDK does not know is malformed.
   */
  public static final Codec<ZoneId> ZONE_ID = ZoneCodecs.ZONE_ID;

  /** A date and time with an offset: as {@link #LOCAL_DATE_TIME}, then as {@link #ZONE_OFFSET}. */
  public static final Codec<OffsetDateTime> OFFSET_DATE_TIME = ZoneCodecs.OFFSET_DATE_TIME;

  /**
   * A date and time in a zone: the local date-time, the offset and the zone's id. The receiver
   * keeps the instant and the zone, so with other time-zone rules it reads the local time its
   * rules give.
   */
  public static final Codec<ZonedDateTime> ZONED_DATE_TIME = ZoneCodecs.ZONED_DATE_TIME;

  /** A URI as its string; text that does not parse as a URI is malformed. */
  public static final Codec<URI> URI = TextCodecs.URI;

  /**
   * A path as its string, read on the receiver's default file system: it names the same file only
   * on the same machine. A path of another file system (a zip file's) fails the encode.
   */
  public static final Codec<Path> PATH = TextCodecs.PATH;

  /** A currency as its ISO 4217 code; a code the receiver's JDK does not know is malformed. */
  public static final Codec<Currency> CURRENCY = TextCodecs.CURRENCY;

  /** A bit set as {@link BitSet#toByteArray()} with its length. */
  public static final Codec<BitSet> BIT_SET = NumberCodecs.BIT_SET;

  /** A boolean array: the length, then a byte per element. */
  public static final Codec<boolean[]> BOOLEAN_ARRAY = PrimitiveArrayCodecs.BOOLEAN_ARRAY;

  /** A byte array: the same codec as {@link #BYTES}. */
  public static final Codec<byte[]> BYTE_ARRAY = BYTES;

  /** A short array: the length, then 2 bytes per element. */
  public static final Codec<short[]> SHORT_ARRAY = PrimitiveArrayCodecs.SHORT_ARRAY;

  /** A char array: the length, then 2 bytes per element. */
  public static final Codec<char[]> CHAR_ARRAY = PrimitiveArrayCodecs.CHAR_ARRAY;

  /** An int array: the length, then 4 bytes per element. */
  public static final Codec<int[]> INT_ARRAY = PrimitiveArrayCodecs.INT_ARRAY;

  /** A long array: the length, then 8 bytes per element. */
  public static final Codec<long[]> LONG_ARRAY = PrimitiveArrayCodecs.LONG_ARRAY;

  /** A float array: the length, then each element's raw bits. */
  public static final Codec<float[]> FLOAT_ARRAY = PrimitiveArrayCodecs.FLOAT_ARRAY;

  /** A double array: the length, then each element's raw bits. */
  public static final Codec<double[]> DOUBLE_ARRAY = PrimitiveArrayCodecs.DOUBLE_ARRAY;

  private Codecs() {}

  /**
   * The codec that also accepts {@code null}: a presence byte, then the value if present.
   *
   * @param <T> the value type
   * @param codec the codec of the non-null values
   * @return a codec that writes {@code null} as one byte; {@code codec} itself if it already is one
   */
  public static <T> Codec<T> nullable(Codec<T> codec) {
    Objects.requireNonNull(codec, "codec");
    return codec instanceof PresenceCodecs.NullableCodec
        ? codec
        : new PresenceCodecs.NullableCodec<>(codec);
  }

  /**
   * A list as its size and elements; decodes to a mutable {@link java.util.ArrayList}.
   *
   * @param <T> the element type
   * @param element the codec of each element; it must write at least one byte
   * @return the list codec
   * @throws IllegalArgumentException if {@code element} writes nothing, like {@link Codec#none()}
   */
  public static <T> Codec<List<T>> list(Codec<T> element) {
    return new CollectionCodecs.ListCodec<>(requireElement(element));
  }

  /**
   * A set as its size and elements in iteration order; decodes to a {@link java.util.LinkedHashSet}
   * in that order, and an element read twice is malformed.
   *
   * @param <T> the element type
   * @param element the codec of each element; it must write at least one byte
   * @return the set codec
   * @throws IllegalArgumentException if {@code element} writes nothing, like {@link Codec#none()}
   */
  public static <T> Codec<Set<T>> set(Codec<T> element) {
    return new CollectionCodecs.SetCodec<>(requireElement(element));
  }

  /**
   * A map as its size and each key followed by its value; decodes to a {@link
   * java.util.LinkedHashMap} in that order, and a key read twice is malformed.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @param key the codec of each key; it must write at least one byte
   * @param value the codec of each value
   * @return the map codec
   * @throws IllegalArgumentException if {@code key} writes nothing, like {@link Codec#none()}
   */
  public static <K, V> Codec<Map<K, V>> map(Codec<K> key, Codec<V> value) {
    return new CollectionCodecs.MapCodec<>(
        requireElement(key), Objects.requireNonNull(value, "value"));
  }

  /**
   * An {@link Optional}, never itself {@code null}: a presence byte, then any value.
   *
   * @param <T> the type of the value inside
   * @param value the codec of the value when present
   * @return the optional codec
   */
  public static <T> Codec<Optional<T>> optional(Codec<T> value) {
    return new PresenceCodecs.OptionalCodec<>(Objects.requireNonNull(value, "value"));
  }

  /**
   * An array of references as its length and elements, created by e.g. {@code String[]::new}.
   *
   * @param <T> the element type
   * @param element the codec of each element; it must write at least one byte
   * @param newArray creates the decoded array of a given length
   * @return the array codec
   * @throws IllegalArgumentException if {@code element} writes nothing, like {@link Codec#none()}
   */
  public static <T> Codec<T[]> array(Codec<T> element, IntFunction<T[]> newArray) {
    return new CollectionCodecs.ArrayCodec<>(
        requireElement(element), Objects.requireNonNull(newArray, "newArray"));
  }

  /**
   * The codec made of two functions, typically method references to static methods of generated
   * code: {@code encoder} writes a value, {@code decoder} reads it back. Both must follow the
   * contract of {@link Codec}.
   *
   * @param <T> the value type
   * @param encoder writes one value to the writer
   * @param decoder reads one value back from the reader
   * @return the codec that delegates to them
   */
  public static <T> Codec<T> of(BiConsumer<WireWriter, T> encoder, Function<WireReader, T> decoder) {
    return new FunctionCodec<>(
        Objects.requireNonNull(encoder, "encoder"), Objects.requireNonNull(decoder, "decoder"));
  }

  /**
   * An enum constant by its ordinal, one byte for the first 128; pass {@code E.values()}. An
   * ordinal the array does not hold is malformed.
   *
   * @param <E> the enum type
   * @param constants the enum's constants in ordinal order, as {@code values()} returns them
   * @return the enum codec
   */
  public static <E extends Enum<E>> Codec<E> enumeration(E[] constants) {
    return new EnumCodec<>(Objects.requireNonNull(constants, "constants"));
  }

  /**
   * Checks a collection's element codec: each element must take at least one byte, or a count could
   * not be checked against the bytes left.
   */
  private static <T> Codec<T> requireElement(Codec<T> element) {
    Objects.requireNonNull(element, "element");
    if (element == NoneCodec.INSTANCE) {
      throw new IllegalArgumentException(ErrorMessages.zeroByteElement());
    }
    return element;
  }
}
