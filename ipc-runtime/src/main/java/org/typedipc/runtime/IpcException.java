package org.typedipc.runtime;

/** The root of every failure typed-ipc reports. */
public class IpcException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that says what went wrong, where, and what to do.
   *
   * @param message what went wrong, where, and what to do
   */
  public IpcException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the failure that caused it.
   *
   * @param message what went wrong, where, and what to do
   * @param cause the failure that caused it
   */
  public IpcException(String message, Throwable cause) {
    super(message, cause);
  }
}
