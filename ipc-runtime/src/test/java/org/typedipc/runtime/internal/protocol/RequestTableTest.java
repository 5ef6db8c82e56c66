package org.typedipc.runtime.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class RequestTableTest {
  @Test
  void behavesLikeAMapUnderRandomOperations() {
    long seed = Long.getLong("typedipc.seed", System.nanoTime());
    System.out.println("RequestTableTest seed=" + seed);
    SplittableRandom random = new SplittableRandom(seed);
    RequestTable<String> table = new RequestTable<>();
    Map<Long, String> reference = new HashMap<>();
    for (int i = 0; i < 200_000; i++) {
      long id = 1 + random.nextInt(random.nextBoolean() ? 50 : 5_000);
      String message = "seed " + seed + ", step " + i + ", id " + id;
      switch (random.nextInt(4)) {
        case 0:
          assertEquals(!reference.containsKey(id), table.put(id, "v" + id), message);
          reference.putIfAbsent(id, "v" + id);
          break;
        case 1:
          assertEquals(reference.remove(id), table.remove(id), message);
          break;
        case 2:
          table.remove(id, "v" + id + "?");
          assertEquals(reference.get(id), table.get(id), message);
          break;
        default:
          assertEquals(reference.get(id), table.get(id), message);
      }
    }
    assertEquals(new HashSet<>(reference.values()), new HashSet<>(table.removeAll()), "seed " + seed);
    assertNull(table.get(1));
  }

  @Test
  void removeWithValueRemovesOnlyThatValue() {
    RequestTable<String> table = new RequestTable<>();
    assertTrue(table.put(7, "a"));
    assertFalse(table.put(7, "b"));
    table.remove(7, "b");
    assertEquals("a", table.get(7));
    table.remove(7, "a");
    assertNull(table.get(7));
  }
}
