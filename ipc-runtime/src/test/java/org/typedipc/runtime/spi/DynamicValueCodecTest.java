package org.typedipc.runtime.spi;

import org.typedipc.runtime.internal.dispatch.Payloads;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.IpcValueException;

@Timeout(10)
class DynamicValueCodecTest {
  private static Object[] roundTrip(Object... args) {
    return Payloads.decode(DynamicArgsCodec.INSTANCE, Payloads.encode(DynamicArgsCodec.INSTANCE, args), "test", Long.MAX_VALUE);
  }

  @Test
  void everyValueKeepsItsJavaType() {
    Instant when = Instant.parse("2026-11-21T10:15:30.123456789Z");
    Object[] back = roundTrip(null, true, false, 42, 42L, 4.5, "żółw ✓ 🐢", new byte[] {1, 2, 3}, when);
    assertEquals(null, back[0]);
    assertEquals(Boolean.TRUE, back[1]);
    assertEquals(Boolean.FALSE, back[2]);
    assertEquals(Integer.valueOf(42), back[3]);
    assertEquals(Long.valueOf(42), back[4]);
    assertEquals(Double.valueOf(4.5), back[5]);
    assertEquals("żółw ✓ 🐢", back[6]);
    assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) back[7]);
    assertEquals(when, back[8]);
  }

  @Test
  void nestedListsAndMapsRoundTripEqualAndInOrder() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", 1);
    map.put("name", "ly");
    map.put("tags", List.of("a", "b"));
    map.put("nothing", null);
    Object[] back = roundTrip(List.of(map, List.of()));
    assertEquals(List.of(map, List.of()), back[0]);
    assertEquals(List.of("id", "name", "tags", "nothing"), new ArrayList<>(((Map<?, ?>) ((List<?>) back[0]).get(0)).keySet()));
  }

  @Test
  void unsupportedValueNamesTypeAndPath() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("handle", new Object());
    IpcValueException e = assertThrows(IpcValueException.class, () -> roundTrip("ok", List.of(1, map)));
    assertTrue(e.getMessage().startsWith("args[1][1].handle is a java.lang.Object, which cannot cross the wire."), e.getMessage());
  }

  @Test
  void setIsRejectedWithItsType() {
    IpcValueException e = assertThrows(IpcValueException.class, () -> roundTrip(new HashSet<>(List.of(1))));
    assertTrue(e.getMessage().contains("args[0] is a java.util.HashSet"), e.getMessage());
  }

  @Test
  void nonStringMapKeyIsRejected() {
    IpcValueException e = assertThrows(IpcValueException.class, () -> roundTrip(Map.of(1, "x")));
    assertTrue(e.getMessage().contains("has a key of type java.lang.Integer"), e.getMessage());
  }

  @Test
  void cycleIsRejectedWithoutStackOverflow() {
    List<Object> list = new ArrayList<>();
    list.add(list);
    IpcValueException e = assertThrows(IpcValueException.class, () -> roundTrip(list));
    assertTrue(e.getMessage().contains("args[0][0] contains itself"), e.getMessage());
  }

  @Test
  void sixtyFourLevelsCrossAndSixtyFiveAreRejected() {
    assertEquals(nest(64), roundTrip(nest(64))[0]);
    IpcValueException e = assertThrows(IpcValueException.class, () -> roundTrip(nest(65)));
    assertTrue(e.getMessage().contains("nests deeper than 64 levels"), e.getMessage());
  }

  @Test
  void sameListTwiceIsNotACycle() {
    List<Object> shared = List.of("x");
    assertEquals(List.of(shared, shared), roundTrip(List.of(shared, shared))[0]);
  }

  @Test
  void unknownTagIsAProtocolError() {
    assertThrows(IpcProtocolException.class, () -> Payloads.decode(DynamicArgsCodec.INSTANCE, new byte[] {1, 99}, "test", Long.MAX_VALUE));
  }

  @Test
  void hugeCountIsRejectedBeforeAllocating() {
    byte[] payload = {1, 9, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07};
    IpcProtocolException e = assertThrows(IpcProtocolException.class, () -> Payloads.decode(DynamicArgsCodec.INSTANCE, payload, "test", Long.MAX_VALUE));
    assertTrue(e.getMessage().contains("count of 2147483647"), e.getMessage());
  }

  @Test
  void everyTruncationOfAValidPayloadIsAProtocolError() {
    byte[] payload = Payloads.encode(DynamicArgsCodec.INSTANCE, new Object[] {Map.of("k", List.of(1, 2L, "s", Instant.EPOCH, new byte[] {7}))});
    for (int length = 0; length < payload.length; length++) {
      byte[] prefix = java.util.Arrays.copyOf(payload, length);
      assertThrows(IpcProtocolException.class, () -> Payloads.decode(DynamicArgsCodec.INSTANCE, prefix, "test", Long.MAX_VALUE), "prefix " + length);
    }
  }

  @Test
  void everySingleByteMutationDecodesOrFailsAsProtocolError() {
    byte[] payload = Payloads.encode(DynamicArgsCodec.INSTANCE, new Object[] {Map.of("k", List.of(1, 2L, "s", Instant.EPOCH, new byte[] {7}, 1.5, true))});
    int[] edits = {0x00, 0xFF, 0x7F, 0x80, 1, -1};
    for (int i = 0; i < payload.length; i++) {
      for (int edit : edits) {
        byte[] mutated = payload.clone();
        mutated[i] = (byte) (edit == -1 ? payload[i] + 1 : edit);
        try {
          Payloads.decode(DynamicArgsCodec.INSTANCE, mutated, "test", Long.MAX_VALUE);
        } catch (IpcProtocolException expected) {
          // fine: the only failure allowed
        }
      }
    }
  }

  private static Object nest(int levels) {
    Object value = "leaf";
    for (int i = 0; i < levels; i++) {
      value = List.of(value);
    }
    return value;
  }
}
