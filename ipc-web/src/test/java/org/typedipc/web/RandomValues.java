package org.typedipc.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Seeded random values of every type the string channels carry, nested. */
final class RandomValues {
  private static final double[] SPECIAL_DOUBLES = {Double.NaN, -0.0, Double.POSITIVE_INFINITY, 3.0, 1e300, Double.MIN_VALUE};

  private final Random random;

  RandomValues(long seed) {
    this.random = new Random(seed);
  }

  Object next(int depth) {
    int kind = random.nextInt(depth > 2 ? 9 : 11);
    return switch (kind) {
      case 0 -> null;
      case 1 -> random.nextBoolean();
      case 2 -> random.nextInt();
      case 3 -> random.nextBoolean() ? random.nextLong() : (random.nextBoolean() ? Long.MIN_VALUE : (1L << 53) + 1);
      case 4 -> random.nextInt(4) == 0 ? SPECIAL_DOUBLES[random.nextInt(SPECIAL_DOUBLES.length)] : random.nextDouble() * 1e6 - 5e5;
      case 5 -> string();
      case 6 -> bytes();
      case 7 -> Instant.ofEpochSecond(random.nextLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()), random.nextInt(1_000_000_000));
      case 8 -> "\uFEFF" + string();
      case 9 -> list(depth);
      default -> map(depth);
    };
  }

  private String string() {
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(40);
    for (int i = 0; i < n; i++) {
      int cp = switch (random.nextInt(4)) {
        case 0 -> 0x20 + random.nextInt(0x5F);
        case 1 -> 0xA0 + random.nextInt(0x700);
        case 2 -> 0x10000 + random.nextInt(0x1000);
        default -> 0xE000 + random.nextInt(0x1000);
      };
      b.appendCodePoint(cp);
    }
    return b.toString();
  }

  private byte[] bytes() {
    byte[] bytes = new byte[random.nextInt(64)];
    random.nextBytes(bytes);
    return bytes;
  }

  private List<Object> list(int depth) {
    List<Object> list = new ArrayList<>();
    int n = random.nextInt(5);
    for (int i = 0; i < n; i++) {
      list.add(next(depth + 1));
    }
    return list;
  }

  private Map<String, Object> map(int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    int n = random.nextInt(5);
    for (int i = 0; i < n; i++) {
      String key = switch (random.nextInt(4)) {
        case 0 -> Integer.toString(random.nextInt(100));
        case 1 -> "__proto__";
        default -> string();
      };
      map.put(key, next(depth + 1));
    }
    return map;
  }

  /** Deep equality that compares byte arrays by content. */
  static boolean same(Object a, Object b) {
    if (a instanceof byte[] x && b instanceof byte[] y) {
      return Arrays.equals(x, y);
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!same(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      if (!x.keySet().equals(y.keySet())) {
        return false;
      }
      for (Object key : x.keySet()) {
        if (!same(x.get(key), y.get(key))) {
          return false;
        }
      }
      return true;
    }
    return a == null ? b == null : a.equals(b);
  }
}
