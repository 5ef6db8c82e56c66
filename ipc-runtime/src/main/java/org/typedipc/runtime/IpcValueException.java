package org.typedipc.runtime;

/**
 * A value cannot cross the wire: its type is not supported, it is cyclic, or it nests too deeply.
 * Thrown at the call; nothing was sent.
 */
public class IpcValueException extends IpcException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message naming the value's type and where it sits.
   *
   * @param message a sentence naming the value's type and where it sits
   */
  public IpcValueException(String message) {
    super(message);
  }
}
