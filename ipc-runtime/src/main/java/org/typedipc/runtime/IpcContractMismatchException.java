package org.typedipc.runtime;

/**
 * Main and a renderer were compiled against different versions of a contract, or speak different
 * protocol versions; the connection was refused at the handshake, before any message.
 */
public class IpcContractMismatchException extends IpcException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message naming both sides' versions or fingerprints.
   *
   * @param message a sentence naming both sides' versions or fingerprints
   */
  public IpcContractMismatchException(String message) {
    super(message);
  }
}
