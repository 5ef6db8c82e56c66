package org.typedipc.runtime;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Why a renderer went away (Electron's {@code render-process-gone} details).
 *
 * @param reason the kind of end
 * @param exitCode the renderer process's exit code, when it was a process that exited
 * @param detail a sentence for logs
 */
public record RendererGone(Reason reason, OptionalInt exitCode, String detail) {
  /** The kinds of end. */
  public enum Reason {
    /** The renderer closed its connection, or main closed it. */
    CLOSED,
    /** The renderer process exited with code 0. */
    CLEAN_EXIT,
    /** The renderer process exited with another code, or was killed. */
    ABNORMAL_EXIT,
    /** The connection broke without a close. */
    DISCONNECTED,
    /** The renderer broke the protocol and was disconnected. */
    PROTOCOL_ERROR,
    /**
     * The renderer stopped taking part: it sent nothing within the liveness timeout, or read
     * nothing of what main queued for it within the drain timeout (or fell that far behind while
     * one of main's listeners sent to it); see {@link ConnectionSettings}. A launched process is
     * ended.
     */
    UNRESPONSIVE
  }

  /**
   * Checks that no component is {@code null}.
   *
   * @param reason the kind of end
   * @param exitCode the renderer process's exit code, when it was a process that exited
   * @param detail a sentence for logs
   */
  public RendererGone {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(exitCode, "exitCode");
    Objects.requireNonNull(detail, "detail");
  }
}
