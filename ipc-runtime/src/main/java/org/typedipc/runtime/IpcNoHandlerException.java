package org.typedipc.runtime;

/**
 * Nothing in main answers the channel: an {@code invoke} with no handler in any scope (Electron's
 * {@code No handler registered for '<channel>'}), or a {@code sendSync} with no listener at all.
 */
public class IpcNoHandlerException extends IpcException {
  private static final long serialVersionUID = 1L;

  /** The channel nobody answers. */
  private final String channel;

  /**
   * Creates the exception for a channel with the full message.
   *
   * @param channel the channel nobody answers
   * @param message the full message, Electron's where Electron has one
   */
  public IpcNoHandlerException(String channel, String message) {
    super(message);
    this.channel = channel;
  }

  /** {@return the channel nobody answers} */
  public String channel() {
    return channel;
  }
}
