package org.typedipc.runtime;

/**
 * The other side is gone: a call was pending when its renderer or connection closed, or an IPC
 * method was used after close (Electron's {@code IPC method called after context was released}).
 */
public class IpcDisconnectedException extends IpcException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message naming what closed.
   *
   * @param message a sentence naming what closed
   */
  public IpcDisconnectedException(String message) {
    super(message);
  }
}
