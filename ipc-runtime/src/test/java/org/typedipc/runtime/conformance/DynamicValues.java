package org.typedipc.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The values string channels carry, and assertions that compare them by exact Java type. */
final class DynamicValues {
  private DynamicValues() {}

  /** One of each value kind of the string channels, nested too, in a fixed order. */
  static Map<String, Object> sampleValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("int", 42);
    values.put("intMin", Integer.MIN_VALUE);
    values.put("long", 1L << 40);
    values.put("smallLong", 7L);
    values.put("double", 3.5);
    values.put("wholeDouble", 2.0);
    values.put("negativeZero", -0.0);
    values.put("nan", Double.NaN);
    values.put("infinity", Double.NEGATIVE_INFINITY);
    values.put("longMax", Long.MAX_VALUE);
    values.put("true", true);
    values.put("false", false);
    values.put("string", "héllo ✓ 🚀");
    values.put("emptyString", "");
    values.put("null", null);
    values.put("bytes", new byte[] {0, 1, -1, 127, -128});
    values.put("emptyBytes", new byte[0]);
    values.put("instant", Instant.ofEpochSecond(1_700_000_000L, 123_456_789));
    values.put("beforeEpoch", Instant.parse("1969-07-20T20:17:40Z"));
    values.put("withId", Map.of("id", 1, "name", "ly")); // 69
    values.put("list", List.of(1, "two", 3.0, List.of(4L), new byte[] {5}));
    Map<String, Object> withNull = new LinkedHashMap<>();
    withNull.put("present", "yes");
    withNull.put("absent", null);
    values.put("nested", Map.of("a", List.of(Map.of("b", new byte[] {9}), withNull), "when", Instant.EPOCH));
    values.put("emptyList", List.of());
    values.put("emptyMap", Map.of());
    return values;
  }

  /** Asserts deep equality where every scalar keeps its exact Java type and byte[] compare by content. */
  static void assertDeepEquals(Object expected, Object actual, String path) {
    if (expected == null) {
      assertNull(actual, path);
    } else if (expected instanceof byte[]) {
      assertInstanceOf(byte[].class, actual, path);
      assertArrayEquals((byte[]) expected, (byte[]) actual, path);
    } else if (expected instanceof List) {
      assertInstanceOf(List.class, actual, path);
      List<?> e = (List<?>) expected;
      List<?> a = (List<?>) actual;
      assertEquals(e.size(), a.size(), path + " size");
      for (int i = 0; i < e.size(); i++) {
        assertDeepEquals(e.get(i), a.get(i), path + "[" + i + "]");
      }
    } else if (expected instanceof Map) {
      assertInstanceOf(Map.class, actual, path);
      Map<?, ?> e = (Map<?, ?>) expected;
      Map<?, ?> a = (Map<?, ?>) actual;
      assertEquals(e.keySet(), a.keySet(), path + " keys");
      for (Map.Entry<?, ?> entry : e.entrySet()) {
        assertDeepEquals(entry.getValue(), a.get(entry.getKey()), path + "." + entry.getKey());
      }
    } else {
      assertNotNull(actual, path);
      assertEquals(expected.getClass(), actual.getClass(), path + " keeps its type");
      assertEquals(expected, actual, path);
    }
  }

  /** {@code depth} lists, each holding the next, the innermost holding "leaf". */
  static Object nestedLists(int depth) {
    Object value = "leaf";
    for (int i = 0; i < depth; i++) {
      value = List.of(value);
    }
    return value;
  }

  /** {@code depth} maps, each holding the next under "k", the innermost holding "leaf". */
  static Object nestedMaps(int depth) {
    Object value = "leaf";
    for (int i = 0; i < depth; i++) {
      value = Map.of("k", value);
    }
    return value;
  }

  static int listDepth(Object value) {
    int depth = 0;
    while (value instanceof List) {
      depth++;
      value = ((List<?>) value).get(0);
    }
    assertEquals("leaf", value);
    return depth;
  }
}
