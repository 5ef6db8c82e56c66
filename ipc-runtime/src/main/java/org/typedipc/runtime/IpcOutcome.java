package org.typedipc.runtime;

import java.time.Duration;

/**
 * How one intercepted call ended.
 *
 * @param status what happened
 * @param duration from the first interceptor to the end: the listeners' return, or the reply
 * @param replyBytes the size of the encoded reply, 0 for none
 */
public record IpcOutcome(Status status, Duration duration, int replyBytes) {
  /** What happened to a call. */
  public enum Status {
    /** The listeners ran (a message), or the handler answered with a value (a call). */
    SUCCEEDED,
    /** The handler or a listener failed, or nothing answered a call. */
    FAILED,
    /** An interceptor or a sender policy refused the call; nothing ran. */
    DENIED
  }
}
