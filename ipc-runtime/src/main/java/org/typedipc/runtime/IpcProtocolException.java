package org.typedipc.runtime;

/** Bytes that arrived do not follow the protocol: a malformed or truncated message. */
public class IpcProtocolException extends IpcException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message saying what was malformed and where.
   *
   * @param message a sentence saying what was malformed and where
   */
  public IpcProtocolException(String message) {
    super(message);
  }
}
