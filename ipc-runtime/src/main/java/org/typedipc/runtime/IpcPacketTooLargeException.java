package org.typedipc.runtime;

/** A packet is larger than the connection allows (16 MiB by default); nothing was sent or read. */
public class IpcPacketTooLargeException extends IpcException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message naming the packet's size and the limit.
   *
   * @param message a sentence naming the packet's size and the limit
   */
  public IpcPacketTooLargeException(String message) {
    super(message);
  }
}
