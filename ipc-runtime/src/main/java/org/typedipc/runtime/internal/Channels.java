package org.typedipc.runtime.internal;

import java.util.Objects;

/** Checks of channel names and listeners at the API boundary. */
public final class Channels {
  private Channels() {}

  /** Returns {@code channel} if it is a non-empty name. */
  public static String requireName(String channel) {
    if (channel == null || channel.isEmpty()) {
      throw new IllegalArgumentException(ErrorMessages.missingChannel());
    }
    return channel;
  }

  /** Returns {@code listener} if it is not null. */
  static <T> T requireListener(T listener, String what) {
    return Objects.requireNonNull(listener, () -> "The " + what + " is null; pass one to register.");
  }
}
