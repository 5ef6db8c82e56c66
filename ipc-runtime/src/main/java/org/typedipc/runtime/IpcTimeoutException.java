package org.typedipc.runtime;

/** A call's deadline passed before its reply came; everything the call held is freed. */
public class IpcTimeoutException extends IpcException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message naming the channel and the deadline.
   *
   * @param message a sentence naming the channel and the deadline
   */
  public IpcTimeoutException(String message) {
    super(message);
  }
}
