package org.typedipc.web.bindings;

import java.lang.reflect.Array;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Seeded random values of any type a contract's bindings map, found by reflection: records,
 * enums, sealed interfaces, collections, Optionals, arrays and the library types. Reference
 * positions are sometimes null, as Java allows; an Optional never is, because the bindings read a
 * null Optional as an empty one. Instants have whole milliseconds within a {@code Date}'s range,
 * the documented limit of their TypeScript type.
 */
final class RandomJavaValues {
  private static final int MAX_DEPTH = 3;
  private static final String[] PIECES = {"a", "Z", "0", " ", "é", "€", "\u0000", "\uFEFF", "😀", "日本", "'", "\\"};
  private static final String[] ZONES = {"UTC", "Z", "Europe/Paris", "+02:00", "America/New_York"};
  private static final String[] URIS = {"https://example.com/a?b=c#d", "urn:isbn:0451450523", "file:///tmp/x", "rel/path"};
  private static final double[] DOUBLES = {Double.NaN, -0.0, 0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
      Double.MIN_VALUE, Double.MAX_VALUE, 1e300, -3.5};
  private static final float[] FLOATS = {Float.NaN, -0.0f, Float.POSITIVE_INFINITY, Float.MIN_VALUE, Float.MAX_VALUE, 1.5f};

  private final Random random;

  RandomJavaValues(long seed) {
    this.random = new Random(seed);
  }

  /** A value at a reference position (may be null) or of a primitive type. */
  Object of(Type type) {
    return of(type, 0, true);
  }

  private Object of(Type type, int depth, boolean nullable) {
    if (type instanceof ParameterizedType parameterized) {
      return parameterized(parameterized, depth, nullable);
    }
    Class<?> c = (Class<?>) type;
    if (c.isPrimitive()) {
      return primitive(c);
    }
    if (nullable && (random.nextInt(8) == 0 || depth > MAX_DEPTH && !isBox(c))) {
      return null;
    }
    if (isBox(c)) {
      return primitive(unbox(c));
    }
    if (c.isArray()) {
      int length = depth > MAX_DEPTH ? 0 : random.nextInt(4);
      Object array = Array.newInstance(c.getComponentType(), length);
      for (int i = 0; i < length; i++) {
        Array.set(array, i, of(c.getComponentType(), depth + 1, !c.getComponentType().isPrimitive()));
      }
      return array;
    }
    if (c.isEnum()) {
      Object[] constants = c.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    }
    if (c.isRecord()) {
      return record(c, depth);
    }
    if (c.isInterface() && c.isSealed()) {
      Class<?>[] permitted = c.getPermittedSubclasses();
      return of(permitted[random.nextInt(permitted.length)], depth, false);
    }
    return library(c);
  }

  private Object parameterized(ParameterizedType type, int depth, boolean nullable) {
    Class<?> raw = (Class<?>) type.getRawType();
    Type[] arguments = type.getActualTypeArguments();
    if (raw == Optional.class) {
      return depth > MAX_DEPTH || random.nextInt(3) == 0 ? Optional.empty() : Optional.of(of(arguments[0], depth + 1, false));
    }
    if (nullable && random.nextInt(8) == 0) {
      return null;
    }
    int size = depth > MAX_DEPTH ? 0 : random.nextInt(4);
    if (raw == List.class) {
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        list.add(of(arguments[0], depth + 1, true));
      }
      return list;
    } else if (raw == Set.class) {
      Set<Object> set = new LinkedHashSet<>();
      for (int i = 0; i < size; i++) {
        set.add(of(arguments[0], depth + 1, true));
      }
      return set;
    } else if (raw == Map.class) {
      Map<Object, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        map.put(of(arguments[0], depth + 1, true), of(arguments[1], depth + 1, true));
      }
      return map;
    }
    throw new IllegalArgumentException("no random values of " + type);
  }

  private Object record(Class<?> record, int depth) {
    RecordComponent[] components = record.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = of(components[i].getGenericType(), depth + 1, !types[i].isPrimitive());
    }
    try {
      return record.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create a " + record.getName(), e);
    }
  }

  private Object primitive(Class<?> c) {
    if (c == boolean.class) {
      return random.nextBoolean();
    } else if (c == byte.class) {
      return (byte) random.nextInt();
    } else if (c == short.class) {
      return (short) random.nextInt();
    } else if (c == char.class) {
      return (char) random.nextInt(0x10000);
    } else if (c == int.class) {
      return random.nextBoolean() ? random.nextInt() : random.nextInt(200) - 100;
    } else if (c == long.class) {
      return random.nextBoolean() ? random.nextLong() : random.nextInt(3) == 0 ? Long.MIN_VALUE : (1L << 53) + 1;
    } else if (c == float.class) {
      return random.nextBoolean() ? FLOATS[random.nextInt(FLOATS.length)] : random.nextFloat() * 1000 - 500;
    } else if (c == double.class) {
      return random.nextBoolean() ? DOUBLES[random.nextInt(DOUBLES.length)] : random.nextGaussian() * 1e6;
    }
    throw new IllegalArgumentException("not a primitive: " + c);
  }

  private Object library(Class<?> c) {
    if (c == String.class) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(6); i > 0; i--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      return text.toString();
    } else if (c == UUID.class) {
      return new UUID(random.nextLong(), random.nextLong());
    } else if (c == Instant.class) {
      return Instant.ofEpochMilli(random.nextLong(-8_640_000_000_000_000L, 8_640_000_000_000_001L));
    } else if (c == Duration.class) {
      return Duration.ofSeconds(random.nextLong(), random.nextInt(1_000_000_000));
    } else if (c == BigInteger.class) {
      BigInteger value = new BigInteger(random.nextInt(130), random);
      return random.nextBoolean() ? value.negate() : value;
    } else if (c == BigDecimal.class) {
      return new BigDecimal((BigInteger) library(BigInteger.class), random.nextInt(40) - 10);
    } else if (c == Period.class) {
      return Period.of(random.nextInt(), random.nextInt(), random.nextInt());
    } else if (c == ZoneOffset.class) {
      return ZoneOffset.ofTotalSeconds(random.nextInt(-64800, 64801));
    } else if (c == ZoneId.class) {
      return ZoneId.of(ZONES[random.nextInt(ZONES.length)]);
    } else if (c == URI.class) {
      return URI.create(URIS[random.nextInt(URIS.length)]);
    } else if (c == LocalDate.class) {
      return date(Year.MAX_VALUE);
    } else if (c == LocalTime.class) {
      return LocalTime.ofNanoOfDay(random.nextLong(LocalTime.MAX.toNanoOfDay() + 1));
    } else if (c == LocalDateTime.class) {
      return LocalDateTime.of(date(Year.MAX_VALUE), (LocalTime) library(LocalTime.class));
    } else if (c == OffsetDateTime.class) {
      return OffsetDateTime.of((LocalDateTime) library(LocalDateTime.class), (ZoneOffset) library(ZoneOffset.class));
    } else if (c == ZonedDateTime.class) {
      // Years a zone's rules can shift by an hour without leaving LocalDateTime's range.
      return ZonedDateTime.of(LocalDateTime.of(date(100_000), (LocalTime) library(LocalTime.class)),
          ZoneId.of(ZONES[random.nextInt(ZONES.length)]));
    }
    throw new IllegalArgumentException("no random values of " + c.getName());
  }

  /** A date in years from -maxYear to maxYear, with the days of each month and leap years equally likely. */
  private LocalDate date(int maxYear) {
    int year = random.nextBoolean() ? random.nextInt(-maxYear, maxYear + 1) : random.nextInt(1900, 2101);
    int month = random.nextInt(1, 13);
    return LocalDate.of(year, month, random.nextInt(1, YearMonth.of(year, month).lengthOfMonth() + 1));
  }

  private static boolean isBox(Class<?> c) {
    return c == Boolean.class || c == Byte.class || c == Short.class || c == Character.class || c == Integer.class
        || c == Long.class || c == Float.class || c == Double.class;
  }

  private static Class<?> unbox(Class<?> box) {
    return Map.<Class<?>, Class<?>>of(Boolean.class, boolean.class, Byte.class, byte.class, Short.class, short.class,
        Character.class, char.class, Integer.class, int.class, Long.class, long.class, Float.class, float.class,
        Double.class, double.class).get(box);
  }
}
