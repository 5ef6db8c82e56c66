package org.typedipc.runtime;

/**
 * Nothing in main answers the channel: an {@code invoke} with no handler in any scope (Electron's
 * {@code No handler registered for '<channel>'}), or a {@code sendSync} with no listener at all.
 */
public class IpcNoHandlerException extends IpcException {
  private static final long serialVersionUID = 1L;

  private final String channel;

  /** Creates the exception for a channel with the full message. */
  public IpcNoHandlerException(String channel, String message) {
    super(message);
    this.channel = channel;
  }

  /** The channel nobody answers. */
  public String channel() {
    return channel;
  }
}
