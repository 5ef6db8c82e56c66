package org.typedipc.runtime;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Which renderer frames may send on a channel — Electron's advice to validate the sender of every
 * IPC message, declared once instead of checked in every handler. Main checks it before any
 * listener or handler runs; a refused {@code invoke} or {@code sendSync} fails with {@link
 * IpcAccessDeniedException} naming the channel and the sender, a refused {@code send} is dropped,
 * and main logs each refused sender once per channel.
 *
 * <pre>{@code
 * IpcMainOptions.defaults()
 *     .withSenderPolicy("settings:write", SenderPolicy.MAIN_FRAME_ONLY)
 *     .withSenderPolicy(SenderPolicy.frames(frame -> trusted.contains(frame.renderer())));
 * }</pre>
 */
@FunctionalInterface
public interface SenderPolicy {
  /** Any frame of any renderer: the default. */
  SenderPolicy ANY_RENDERER = frame -> true;

  /** Only the main frame of a renderer, never a subframe. */
  SenderPolicy MAIN_FRAME_ONLY = Frame::isMainFrame;

  /**
   * Whether {@code frame} may send on the channel.
   *
   * @param frame the frame that sent the call
   * @return true to let the call through, false to refuse it
   */
  boolean allows(Frame frame);

  /**
   * The frames {@code which} accepts.
   *
   * @param which tests each sending frame
   * @return a policy that allows the frames {@code which} accepts
   */
  static SenderPolicy frames(Predicate<? super Frame> which) {
    Objects.requireNonNull(which, "which");
    return which::test;
  }

  /**
   * Frames this policy and {@code other} both allow.
   *
   * @param other the other policy
   * @return a policy that allows a frame only if both do
   */
  default SenderPolicy and(SenderPolicy other) {
    Objects.requireNonNull(other, "other");
    return frame -> allows(frame) && other.allows(frame);
  }
}
