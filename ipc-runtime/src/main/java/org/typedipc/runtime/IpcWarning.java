package org.typedipc.runtime;

import java.util.Objects;

/**
 * Something went wrong in one {@link IpcMain} that its caller cannot be told of directly: a
 * handler failed (its caller gets the error, main's owner gets this), an invoke found no handler,
 * a renderer went away. By default these go to the {@code org.typedipc.runtime.main} logger;
 * {@link IpcMainOptions#withWarnings} sends them to a consumer of the user's instead, for example
 * one that logs them with the application's own logger:
 *
 * <pre>{@code
 * IpcMain ipcMain = IpcMain.create(IpcMainOptions.defaults()
 *     .withWarnings(warning -> appLog.warn("ipc {}: {}", warning.kind(), warning.message())));
 * }</pre>
 *
 * @param kind what went wrong
 * @param channel the channel concerned, or {@code null} when the warning is not about one
 * @param rendererId the id of the renderer concerned ({@link Renderer#id()}), or 0 when none is
 * @param message the full text, as it would be logged
 * @param cause the exception behind the warning, or {@code null} when there is none
 */
public record IpcWarning(Kind kind, String channel, int rendererId, String message, Throwable cause) {
  /** What went wrong. */
  public enum Kind {
    /** A handler of {@code ipcMain.handle} threw or failed its stage; the caller got the error. */
    HANDLER_FAILED,
    /** A renderer invoked a channel no handler serves; the caller got Electron's error. */
    NO_HANDLER,
    /** A renderer's {@code sendSync} found no listener; the caller got an error. */
    NO_LISTENER,
    /**
     * A listener of {@code ipcMain.on} (or a message hook, or the subscriber of a stream main opened)
     * threw; nobody else learns of it.
     */
    LISTENER_FAILED,
    /**
     * A renderer went away other than by a close or a clean exit: its connection broke, its
     * process failed, it stopped responding, or it broke the protocol (a malformed payload, say).
     */
    RENDERER_GONE,
    /**
     * A sender policy refused a renderer's call; the caller of an invoke or sendSync got an {@link
     * IpcAccessDeniedException}. Reported once per sending frame and channel; {@link
     * IpcStats#denied()} counts every refusal.
     */
    SENDER_DENIED
  }

  /**
   * Checks the components.
   *
   * @param kind what went wrong
   * @param channel the channel concerned, or {@code null}
   * @param rendererId the id of the renderer concerned, or 0
   * @param message the full text
   * @param cause the exception behind the warning, or {@code null}
   */
  public IpcWarning {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }
}
