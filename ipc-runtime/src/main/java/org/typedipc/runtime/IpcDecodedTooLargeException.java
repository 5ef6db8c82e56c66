package org.typedipc.runtime;

/**
 * A well-formed message would decode to more heap than its connection allows ({@link
 * ConnectionSettings#maxDecodedBytes()}, 64 MiB by default). The call that carried it fails; the
 * connection stays open, because the sender broke a limit, not the protocol.
 */
public class IpcDecodedTooLargeException extends IpcProtocolException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message naming the channel and the limit.
   *
   * @param message a sentence naming the channel and the limit
   */
  public IpcDecodedTooLargeException(String message) {
    super(message);
  }
}
