package org.typedipc.grpc.internal;

import io.grpc.Metadata;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How a renderer's tunnel resumes after a cut: main's first response headers give it a token; its
 * next call presents the token and the bytes it received, main answers with the bytes it received,
 * and each side sends again what the other missed.
 */
final class Resumption {
  /** Main's secret for one tunnel; only the renderer that opened it learns it, over TLS where off loopback. */
  static final Metadata.Key<String> TOKEN = Metadata.Key.of("typedipc-resume-token", Metadata.ASCII_STRING_MARSHALLER);
  /** The bytes of the tunnel the sender of these headers received before the cut. */
  static final Metadata.Key<String> RECEIVED = Metadata.Key.of("typedipc-received", Metadata.ASCII_STRING_MARSHALLER);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "typed-ipc-grpc-outage");
    thread.setDaemon(true);
    return thread;
  });

  private Resumption() {}

  static String newToken() {
    byte[] token = new byte[24];
    RANDOM.nextBytes(token);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
  }

  /** Runs {@code task} once {@code delay} has passed, on a daemon thread. */
  static void after(Duration delay, Runnable task) {
    TIMER.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
  }
}
