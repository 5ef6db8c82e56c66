package org.typedipc.runtime.testing;

import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * The seed of a randomized test. It is printed when drawn and named in every failure of the test;
 * {@code -D}{@value #PROPERTY}{@code =<seed>} fixes it, so a failure replays with the same calls.
 *
 * @param value the seed
 */
public record ReplayableSeed(long value) {
  /** The system property that fixes the seed. */
  public static final String PROPERTY = "typedipc.conformance.seed";

  /** A random source that draws the same values for the same seed. */
  public Random random() {
    return new Random(value);
  }

  /** The seed and how to replay it. */
  @Override
  public String toString() {
    return "seed " + value + " (replay with -D" + PROPERTY + "=" + value + ")";
  }

  /**
   * Draws the seeds of one test and names the last one in any failure of the test whose message
   * does not say it yet, such as a timeout: the printed seed alone can be lost, because every run
   * of a parameterized class writes the same output file. Register it on an instance field with
   * {@code @RegisterExtension}.
   */
  public static final class Recorder implements TestExecutionExceptionHandler {
    private final AtomicReference<ReplayableSeed> drawn = new AtomicReference<>();

    /** The seed of {@value #PROPERTY} if set, or else a fresh one; prints it after {@code what}. */
    public ReplayableSeed draw(String what) {
      ReplayableSeed seed = new ReplayableSeed(Long.getLong(PROPERTY, System.nanoTime()));
      drawn.set(seed);
      System.out.println(what + ": " + seed);
      return seed;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
      ReplayableSeed seed = drawn.get();
      if (seed == null
          || failure instanceof TestAbortedException
          || String.valueOf(failure.getMessage()).contains(seed.toString())) {
        throw failure;
      }
      throw new AssertionError("failed with " + seed + "\n  " + failure, failure);
    }
  }
}
