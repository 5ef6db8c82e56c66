package org.typedipc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Which ends a restart policy relaunches after, how long it waits, and which settings it refuses. */
@Timeout(10)
class RestartPolicyTest {
  private static RendererGone gone(RendererGone.Reason reason) {
    return new RendererGone(reason, OptionalInt.empty(), "test");
  }

  @Test
  void relaunchesAfterAbnormalEndsOnly() {
    RestartPolicy policy = RestartPolicy.onAbnormalExit();
    assertTrue(policy.restartsAfter(gone(RendererGone.Reason.ABNORMAL_EXIT)));
    assertTrue(policy.restartsAfter(gone(RendererGone.Reason.DISCONNECTED)));
    assertTrue(policy.restartsAfter(gone(RendererGone.Reason.PROTOCOL_ERROR)));
    assertFalse(policy.restartsAfter(gone(RendererGone.Reason.CLOSED)));
    assertFalse(policy.restartsAfter(gone(RendererGone.Reason.CLEAN_EXIT)));
  }

  @Test
  void theBackOffDoublesUpToTheLongest() {
    RestartPolicy policy = RestartPolicy.onAbnormalExit().backoff(Duration.ofMillis(200), Duration.ofMillis(1000));
    assertEquals(Duration.ofMillis(200), policy.delayAfter(0));
    assertEquals(Duration.ofMillis(400), policy.delayAfter(1));
    assertEquals(Duration.ofMillis(800), policy.delayAfter(2));
    assertEquals(Duration.ofMillis(1000), policy.delayAfter(3));
    assertEquals(Duration.ofMillis(1000), policy.delayAfter(Integer.MAX_VALUE));
  }

  @Test
  void theDefaultsAreThreeRestartsAMinute() {
    RestartPolicy policy = RestartPolicy.onAbnormalExit();
    assertEquals(3, policy.maxRestarts());
    assertEquals(Duration.ofMinutes(1), policy.window());
  }

  @Test
  void badSettingsAreRefusedWithTheirName() {
    RestartPolicy policy = RestartPolicy.onAbnormalExit();
    assertTrue(assertThrows(IllegalArgumentException.class, () -> policy.maxRestarts(-1)).getMessage().contains("maxRestarts"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> policy.within(Duration.ZERO)).getMessage().contains("window"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> policy.backoff(Duration.ofSeconds(2), Duration.ofSeconds(1))).getMessage().contains("shorter than the first"));
    assertThrows(NullPointerException.class, () -> policy.onGiveUp(null));
  }
}
