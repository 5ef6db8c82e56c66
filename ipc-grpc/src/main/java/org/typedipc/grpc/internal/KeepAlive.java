package org.typedipc.grpc.internal;

import java.time.Duration;

/**
 * gRPC keepalive on both ends: a ping after {@code time} without reads, and the connection is
 * dropped when its answer takes longer than {@code timeout}. Main permits renderers to ping as often
 * as it pings them.
 */
public record KeepAlive(Duration time, Duration timeout) {
  public static final KeepAlive DEFAULTS = new KeepAlive(Duration.ofSeconds(20), Duration.ofSeconds(10));

  public KeepAlive {
    if (time.isNegative() || time.isZero()) {
      throw new IllegalArgumentException(GrpcMessages.durationNotPositive("keepalive time", time));
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(GrpcMessages.durationNotPositive("keepalive timeout", timeout));
    }
  }
}
