package org.typedipc.runtime;

/** A peer failed authentication: a wrong, missing or reused secret, or another OS user. */
public class IpcAccessDeniedException extends IpcException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message saying which check failed.
   *
   * @param message a sentence saying which check failed
   */
  public IpcAccessDeniedException(String message) {
    super(message);
  }
}
