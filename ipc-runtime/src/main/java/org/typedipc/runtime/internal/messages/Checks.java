package org.typedipc.runtime.internal.messages;

import java.time.Duration;

/** Checks of channel names and listeners at the API boundary, failing with the catalogue's texts. */
public final class Checks {
  private Checks() {}

  /** Returns {@code channel} if it is a non-empty name. */
  public static String requireName(String channel) {
    if (channel == null || channel.isEmpty()) {
      throw new IllegalArgumentException(ErrorMessages.missingChannel());
    }
    return channel;
  }

  /** Returns {@code deadline} if it is positive. */
  public static Duration requirePositive(Duration deadline) {
    if (deadline == null || deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException(ErrorMessages.nonPositiveDeadline(deadline));
    }
    return deadline;
  }

  /** Returns {@code listener} if it is not null. */
  public static <T> T requireListener(T listener, String what) {
    if (listener == null) { // not Objects.requireNonNull with a supplier: that allocates on every call
      throw new NullPointerException(ErrorMessages.nullListener(what));
    }
    return listener;
  }
}
