package org.typedipc.runtime;

/**
 * A peer or a call was refused: at connect, a wrong, missing or reused secret, another OS user or an
 * untrusted certificate; on a call, a sender the channel's or scope's sender policy does not admit, or
 * an interceptor's refusal. The message names the check, and for a call the channel and the sender.
 */
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
