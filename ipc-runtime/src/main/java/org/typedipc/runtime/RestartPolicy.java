package org.typedipc.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * When main relaunches a renderer it {@link RendererLaunch#withRestart launched}, after the model
 * of an Erlang supervisor: after an abnormal end (a {@link RendererGone.Reason#ABNORMAL_EXIT},
 * {@link RendererGone.Reason#DISCONNECTED DISCONNECTED}, {@link
 * RendererGone.Reason#PROTOCOL_ERROR PROTOCOL_ERROR} or {@link RendererGone.Reason#UNRESPONSIVE
 * UNRESPONSIVE}; never after the renderer or main closed the
 * connection, a clean exit, or once main is closed), at most {@link #maxRestarts} times within
 * {@link #within a window}, each after a back-off that doubles from the first delay up to the
 * longest. When one more restart would exceed the limit, main gives up: it logs that and calls the
 * {@link #onGiveUp} listener with the last renderer's end.
 *
 * <pre>{@code
 * RestartPolicy policy = RestartPolicy.onAbnormalExit()
 *     .maxRestarts(3).within(Duration.ofMinutes(1))
 *     .backoff(Duration.ofMillis(200), Duration.ofSeconds(5))
 *     .onGiveUp(gone -> alert("worker keeps crashing: " + gone.detail()));
 * }</pre>
 *
 * <p>A relaunch that fails to start or connect counts as an abnormal end. Immutable.
 */
public final class RestartPolicy {
  private final int maxRestarts;
  private final Duration window;
  private final Duration firstDelay;
  private final Duration longestDelay;
  private final Consumer<RendererGone> giveUpListener;

  private RestartPolicy(int maxRestarts, Duration window, Duration firstDelay, Duration longestDelay,
      Consumer<RendererGone> giveUpListener) {
    this.maxRestarts = maxRestarts;
    this.window = window;
    this.firstDelay = firstDelay;
    this.longestDelay = longestDelay;
    this.giveUpListener = giveUpListener;
  }

  /**
   * Relaunches after an abnormal end: by default at most 3 times within 1 minute, after 200 ms,
   * 400 ms, 800 ms … up to 5 s.
   *
   * @return the default policy, to adjust with the other methods
   */
  public static RestartPolicy onAbnormalExit() {
    return new RestartPolicy(3, Duration.ofMinutes(1), Duration.ofMillis(200), Duration.ofSeconds(5), gone -> {});
  }

  /**
   * At most {@code restarts} relaunches within the window; 0 never relaunches.
   *
   * @param restarts the most relaunches within the window, zero or more
   * @return a copy with that limit
   * @throws IllegalArgumentException if {@code restarts} is negative
   */
  public RestartPolicy maxRestarts(int restarts) {
    if (restarts < 0) {
      throw new IllegalArgumentException(ErrorMessages.negativeRestarts(restarts));
    }
    return new RestartPolicy(restarts, window, firstDelay, longestDelay, giveUpListener);
  }

  /**
   * The window in which at most {@link #maxRestarts} relaunches may happen.
   *
   * @param window the length of the sliding window; positive
   * @return a copy with that window
   * @throws IllegalArgumentException if {@code window} is not positive
   */
  public RestartPolicy within(Duration window) {
    return new RestartPolicy(maxRestarts, requirePositive(window, "window"), firstDelay, longestDelay, giveUpListener);
  }

  /**
   * Waits {@code first} before the first relaunch in the window, then twice as long each time, at most {@code longest}.
   *
   * @param first the delay before the first relaunch; positive
   * @param longest the longest delay; at least {@code first}
   * @return a copy with that back-off
   * @throws IllegalArgumentException if a delay is not positive or {@code longest} is shorter than {@code first}
   */
  public RestartPolicy backoff(Duration first, Duration longest) {
    requirePositive(first, "first");
    requirePositive(longest, "longest");
    if (longest.compareTo(first) < 0) {
      throw new IllegalArgumentException(ErrorMessages.backoffShorterThanFirst(first, longest));
    }
    return new RestartPolicy(maxRestarts, window, first, longest, giveUpListener);
  }

  /**
   * Calls {@code listener} with the last renderer's end once main gives up relaunching; it runs on
   * a runtime thread and should return quickly.
   *
   * @param listener receives the last renderer's end
   * @return a copy with that listener
   */
  public RestartPolicy onGiveUp(Consumer<RendererGone> listener) {
    return new RestartPolicy(maxRestarts, window, firstDelay, longestDelay, Objects.requireNonNull(listener, "listener"));
  }

  /** {@return the most relaunches within {@link #window()}} */
  public int maxRestarts() {
    return maxRestarts;
  }

  /** {@return the window that {@link #maxRestarts()} counts in} */
  public Duration window() {
    return window;
  }

  /**
   * Whether a renderer that ended so is relaunched, if the limit allows.
   *
   * @param gone how the renderer ended
   * @return {@code true} for an abnormal end
   */
  public boolean restartsAfter(RendererGone gone) {
    switch (gone.reason()) {
      case ABNORMAL_EXIT:
      case DISCONNECTED:
      case PROTOCOL_ERROR:
      case UNRESPONSIVE:
        return true;
      default:
        return false;
    }
  }

  /**
   * The wait before a relaunch when {@code earlierRestarts} relaunches already happened in the window.
   *
   * @param earlierRestarts the relaunches already made in the window
   * @return the first delay doubled that many times, at most the longest
   */
  public Duration delayAfter(int earlierRestarts) {
    Duration delay = firstDelay;
    for (int i = 0; i < earlierRestarts && delay.compareTo(longestDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(longestDelay) < 0 ? delay : longestDelay;
  }

  /** {@return the {@link #onGiveUp} listener; one that does nothing unless set} */
  public Consumer<RendererGone> giveUpListener() {
    return giveUpListener;
  }

  private static Duration requirePositive(Duration duration, String name) {
    if (Objects.requireNonNull(duration, name).isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(ErrorMessages.nonPositiveDuration(name, duration));
    }
    return duration;
  }

  @Override
  public String toString() {
    return "RestartPolicy[at most " + maxRestarts + " within " + window + ", back-off " + firstDelay + " to " + longestDelay + "]";
  }
}
