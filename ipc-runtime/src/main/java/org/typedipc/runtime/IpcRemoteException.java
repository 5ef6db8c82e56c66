package org.typedipc.runtime;

import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * A handler in main threw, or its stage completed exceptionally. The message is Electron's: {@code
 * Error invoking remote method '<channel>': <class name>: <message>}; the remote exception's class
 * name and message are kept apart as well. The remote stack is not sent.
 */
public class IpcRemoteException extends IpcException {
  private static final long serialVersionUID = 1L;

  /** The channel that was invoked. */
  private final String channel;
  /** The class name of the exception thrown in main. */
  private final String remoteClassName;
  /** The message of the exception thrown in main, or {@code null} if it had none. */
  private final String remoteMessage;

  /**
   * Creates the exception a caller sees.
   *
   * @param channel the channel that was invoked
   * @param remoteClassName the class name of the exception the remote handler threw
   * @param remoteMessage the remote exception's message, or {@code null} if it had none
   */
  public IpcRemoteException(String channel, String remoteClassName, String remoteMessage) {
    super(ErrorMessages.invokeFailed(channel, remoteClassName, remoteMessage));
    this.channel = channel;
    this.remoteClassName = remoteClassName;
    this.remoteMessage = remoteMessage;
  }

  /** {@return the channel that was invoked} */
  public String channel() {
    return channel;
  }

  /** {@return the class name of the exception thrown in main, e.g. {@code java.io.FileNotFoundException}} */
  public String remoteClassName() {
    return remoteClassName;
  }

  /** {@return the message of the exception thrown in main, or {@code null} if it had none} */
  public String remoteMessage() {
    return remoteMessage;
  }
}
