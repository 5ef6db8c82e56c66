package org.typedipc.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.function.Executable;

/**
 * Bounded waits for tests of asynchronous behaviour: every wait ends after {@link #WAIT_SECONDS}
 * with a message saying what did not happen, so a broken delivery fails a test instead of hanging
 * it. Shared by the string-channel and the typed conformance suites.
 */
public final class Waits {
  /** How long any wait lasts at most. */
  public static final long WAIT_SECONDS = 5;

  /** What "at once" means for a failure that must not wait for a deadline. */
  public static final Duration AT_ONCE = Duration.ofSeconds(2);

  /** A short deadline, for the tests that wait for one to pass. */
  public static final Duration SHORT_DEADLINE = Duration.ofMillis(200);

  private Waits() {}

  /** Collects what listeners receive, for the test thread to take. */
  public static final class Inbox<T> {
    private final LinkedBlockingQueue<T> queue = new LinkedBlockingQueue<>();

    public void add(T item) {
      queue.add(item);
    }

    /** The next item, waiting for it at most {@link #WAIT_SECONDS}. */
    public T take() {
      try {
        T item = queue.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (item == null) {
          fail("nothing arrived within " + WAIT_SECONDS + " s");
        }
        return item;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }

    /** How many items wait to be taken. */
    public int size() {
      return queue.size();
    }
  }

  /** Waits until {@code condition} holds, at most {@link #WAIT_SECONDS}. */
  public static void eventually(BooleanSupplier condition, String what) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        fail("not within " + WAIT_SECONDS + " s: " + what);
      }
      sleep(5);
    }
  }

  /** The value of {@code stage}, waiting at most {@link #WAIT_SECONDS}. */
  public static <T> T await(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("expected a value, but the call failed with " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("no completion within " + WAIT_SECONDS + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Waits for {@code latch}, at most {@link #WAIT_SECONDS}. */
  public static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(WAIT_SECONDS, TimeUnit.SECONDS), "not counted down within " + WAIT_SECONDS + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** How {@code stage} failed, waiting at most {@link #WAIT_SECONDS}. */
  public static Throwable failureOf(CompletionStage<?> stage) {
    CompletableFuture<?> future = stage.toCompletableFuture();
    Object value;
    try {
      value = future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (CancellationException e) {
      return e;
    } catch (TimeoutException e) {
      throw new AssertionError("expected a failure, but the call did not complete within " + WAIT_SECONDS + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
    throw new AssertionError("expected a failure, but the call returned " + value);
  }

  /** Asserts that {@code stage} fails with a {@code type}, and returns the failure. */
  public static <T extends Throwable> T assertFailsWith(Class<T> type, CompletionStage<?> stage) {
    Throwable failure = failureOf(stage);
    assertInstanceOf(type, failure, () -> "failed with " + failure);
    return type.cast(failure);
  }

  /** How a call that may throw or return a failed future failed. */
  public static Throwable failureOfCall(Supplier<? extends CompletionStage<?>> call) {
    CompletionStage<?> stage;
    try {
      stage = call.get();
    } catch (RuntimeException | Error e) {
      return e;
    }
    return failureOf(stage);
  }

  /** Asserts that {@code call} finishes within {@link #AT_ONCE}; returns its elapsed time. */
  public static Duration assertAtOnce(Executable call) {
    long start = System.nanoTime();
    try {
      call.execute();
    } catch (Throwable t) {
      throw new AssertionError("unexpected failure", t);
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(elapsed.compareTo(AT_ONCE) < 0, "took " + elapsed.toMillis() + " ms, expected at once");
    return elapsed;
  }

  /** Asserts that {@code call} throws a {@code type} within {@link #AT_ONCE}. */
  public static <T extends Throwable> T assertThrowsAtOnce(Class<T> type, Executable call) {
    AtomicReference<T> thrown = new AtomicReference<>();
    assertAtOnce(() -> thrown.set(assertThrows(type, call)));
    return thrown.get();
  }

  /** Sleeps; an interrupt fails the test. */
  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
