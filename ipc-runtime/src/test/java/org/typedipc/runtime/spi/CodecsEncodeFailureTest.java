package org.typedipc.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.spi.CodecTesting.decode;
import static org.typedipc.runtime.spi.CodecTesting.encode;
import static org.typedipc.runtime.spi.CodecTesting.roundTrip;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.spi.TestEnums.Color;

/** What the codecs refuse to encode, and how deep values may nest. */
class CodecsEncodeFailureTest {

  @Test
  @Timeout(10)
  void everyNonNullableCodecRejectsNullNamingNullable() {
    List<Codec<?>> codecs =
        List.of(
            Codecs.BOOLEAN,
            Codecs.BYTE,
            Codecs.SHORT,
            Codecs.CHAR,
            Codecs.INT,
            Codecs.LONG,
            Codecs.FLOAT,
            Codecs.DOUBLE,
            Codecs.STRING,
            Codecs.BYTES,
            Codecs.INSTANT,
            Codecs.DURATION,
            Codecs.UUID,
            Codecs.BIG_INTEGER,
            Codecs.BIG_DECIMAL,
            Codecs.LOCAL_DATE,
            Codecs.LOCAL_DATE_TIME,
            Codecs.BOOLEAN_ARRAY,
            Codecs.BYTE_ARRAY,
            Codecs.SHORT_ARRAY,
            Codecs.CHAR_ARRAY,
            Codecs.INT_ARRAY,
            Codecs.LONG_ARRAY,
            Codecs.FLOAT_ARRAY,
            Codecs.DOUBLE_ARRAY,
            Codecs.list(Codecs.INT),
            Codecs.set(Codecs.INT),
            Codecs.map(Codecs.STRING, Codecs.INT),
            Codecs.optional(Codecs.INT),
            Codecs.array(Codecs.STRING, String[]::new),
            Codecs.enumeration(Color.values()));
    for (Codec<?> codec : codecs) {
      IpcValueException e = assertThrows(IpcValueException.class, () -> encode(codec, null));
      assertTrue(
          e.getMessage().contains("null") && e.getMessage().contains("nullable"), e.getMessage());
    }
  }

  @Test
  @Timeout(10)
  void nullElementsKeysAndValuesAreRejectedUnlessNullable() {
    List<Integer> withNull = Arrays.asList(1, null);
    assertThrows(IpcValueException.class, () -> encode(Codecs.list(Codecs.INT), withNull));
    assertEquals(withNull, roundTrip(Codecs.list(Codecs.nullable(Codecs.INT)), withNull));

    Map<String, Integer> nullKey = new HashMap<>();
    nullKey.put(null, 1);
    assertThrows(
        IpcValueException.class, () -> encode(Codecs.map(Codecs.STRING, Codecs.INT), nullKey));
    Map<String, Integer> nullValue = new HashMap<>();
    nullValue.put("k", null);
    assertThrows(
        IpcValueException.class, () -> encode(Codecs.map(Codecs.STRING, Codecs.INT), nullValue));

    String[] array = {"a", null};
    assertThrows(
        IpcValueException.class, () -> encode(Codecs.array(Codecs.STRING, String[]::new), array));
  }

  @Test
  @Timeout(10)
  void nullNamesTheTypeInItsMessage() {
    IpcValueException e = assertThrows(IpcValueException.class, () -> encode(Codecs.INSTANT, null));
    assertEquals(
        "A null Instant cannot cross the wire where the value is declared non-null. Pass a value,"
            + " or declare it nullable in the contract (or wrap its codec in Codecs.nullable(…)).",
        e.getMessage());
  }

  @Test
  @Timeout(10)
  void aStringWithAnUnpairedSurrogateFailsToEncode() {
    assertThrows(IpcValueException.class, () -> encode(Codecs.STRING, "a\uD800b"));
    assertThrows(IpcValueException.class, () -> encode(Codecs.STRING, "\uDC00"));
    assertThrows(IpcValueException.class, () -> encode(Codecs.STRING, "end\uD83D"));
  }

  @Test
  @Timeout(10)
  void aCollectionWhoseSizeDisagreesWithItsIteratorFailsToEncode() {
    List<Integer> claimsMore =
        new ArrayList<>(List.of(1, 2)) {
          @Override
          public int size() {
            return 3;
          }
        };
    List<Integer> claimsFewer =
        new ArrayList<>(List.of(1, 2)) {
          @Override
          public int size() {
            return 1;
          }
        };
    for (List<Integer> list : List.of(claimsMore, claimsFewer)) {
      IpcValueException e =
          assertThrows(IpcValueException.class, () -> encode(Codecs.list(Codecs.INT), list));
      assertTrue(e.getMessage().contains("changed while it was encoded"), e.getMessage());
    }
  }

  @Test
  @Timeout(10)
  void aCodecWritingNoBytesCannotBeAnElement() {
    assertThrows(IllegalArgumentException.class, () -> Codecs.list(Codec.none()));
    assertThrows(IllegalArgumentException.class, () -> Codecs.map(Codec.none(), Codecs.INT));
  }

  @Test
  @Timeout(10)
  void sixtyFourNestedListsRoundTrip() {
    Codec<Object> codec = nestedLists(WireWriter.MAX_DEPTH);
    Object value = nestedValue(WireWriter.MAX_DEPTH);
    assertEquals(value, roundTrip(codec, value));
  }

  @Test
  @Timeout(10)
  void sixtyFiveNestedListsFailToEncodeAndToDecode() {
    Codec<Object> codec = nestedLists(WireWriter.MAX_DEPTH + 1);
    IpcValueException e =
        assertThrows(
            IpcValueException.class, () -> encode(codec, nestedValue(WireWriter.MAX_DEPTH + 1)));
    assertTrue(e.getMessage().contains("nests deeper than 64 levels"), e.getMessage());

    WireWriter out = new WireWriter();
    for (int i = 0; i <= WireWriter.MAX_DEPTH; i++) {
      out.writeLength(1);
    }
    out.writeInt(7);
    IpcProtocolException p =
        assertThrows(IpcProtocolException.class, () -> decode(codec, out.toByteArray()));
    assertTrue(p.getMessage().contains("nested deeper than 64"), p.getMessage());
  }

  @Test
  @Timeout(10)
  void mapsSetsAndArraysCountAsLevelsButNullableAndOptionalDoNot() {
    int lists = WireWriter.MAX_DEPTH - 3;
    Codec<Object> fits = inMapOfOptionalOfNullableArrayOfSet(nestedLists(lists));
    Object value = Map.of("k", Optional.of(new Object[] {Set.of(nestedValue(lists))}));
    byte[] bytes = encode(fits, value);
    assertArrayEquals(bytes, encode(fits, decode(fits, bytes)));

    Codec<Object> tooDeep = inMapOfOptionalOfNullableArrayOfSet(nestedLists(lists + 1));
    Object deeper = Map.of("k", Optional.of(new Object[] {Set.of(nestedValue(lists + 1))}));
    assertThrows(IpcValueException.class, () -> encode(tooDeep, deeper));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Codec<Object> inMapOfOptionalOfNullableArrayOfSet(Codec inner) {
    Codec array = Codecs.array(Codecs.set(inner), Object[]::new);
    return Codecs.map(Codecs.STRING, Codecs.optional(Codecs.nullable(array)));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Codec<Object> nestedLists(int levels) {
    Codec codec = Codecs.INT;
    for (int i = 0; i < levels; i++) {
      codec = Codecs.list(codec);
    }
    return codec;
  }

  private static Object nestedValue(int levels) {
    Object value = 7;
    for (int i = 0; i < levels; i++) {
      value = List.of(value);
    }
    return value;
  }
}
