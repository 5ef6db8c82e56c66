package org.typedipc.runtime.internal.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The "logged once" memory of refused senders: once per key, and never more keys than its bound. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RecentKeysTest {
  @Test
  void aKeyIsNewOnlyTheFirstTime() {
    RecentKeys keys = new RecentKeys(4);

    assertTrue(keys.firstTime("1/7/settings"));
    assertFalse(keys.firstTime("1/7/settings"));
    assertTrue(keys.firstTime("1/8/settings"));
    assertFalse(keys.firstTime("1/8/settings"));
  }

  @Test
  void aSenderWithEndlessFramesAndChannelsCannotGrowItPastItsBound() {
    RecentKeys keys = new RecentKeys(SenderPolicies.LOGGED_CAPACITY);

    for (int frame = 0; frame < 20 * SenderPolicies.LOGGED_CAPACITY; frame++) {
      assertTrue(keys.firstTime("1/" + frame + "/settings"));
    }

    assertEquals(SenderPolicies.LOGGED_CAPACITY, keys.size());
  }

  @Test
  void theLeastRecentlySeenKeyMakesRoomAndIsNewAgainWhenItReturns() {
    RecentKeys keys = new RecentKeys(2);
    keys.firstTime("a");
    keys.firstTime("b");
    assertFalse(keys.firstTime("a")); // a is now more recent than b

    assertTrue(keys.firstTime("c")); // b makes room

    assertEquals(2, keys.size());
    assertFalse(keys.firstTime("a"));
    assertTrue(keys.firstTime("b"));
  }
}
