package org.typedipc.runtime.testing;

import java.util.Random;

/**
 * The seed of a randomized test. It is printed when drawn and belongs in every failure message;
 * {@code -D}{@value #PROPERTY}{@code =<seed>} fixes it, so a failure replays with the same calls.
 *
 * @param value the seed
 */
public record ReplayableSeed(long value) {
  /** The system property that fixes the seed. */
  public static final String PROPERTY = "typedipc.conformance.seed";

  /** The seed of {@value #PROPERTY} if set, or else a fresh one; prints it after {@code what}. */
  public static ReplayableSeed draw(String what) {
    ReplayableSeed seed = new ReplayableSeed(Long.getLong(PROPERTY, System.nanoTime()));
    System.out.println(what + ": " + seed);
    return seed;
  }

  /** A random source that draws the same values for the same seed. */
  public Random random() {
    return new Random(value);
  }

  /** The seed and how to replay it. */
  @Override
  public String toString() {
    return "seed " + value + " (replay with -D" + PROPERTY + "=" + value + ")";
  }
}
