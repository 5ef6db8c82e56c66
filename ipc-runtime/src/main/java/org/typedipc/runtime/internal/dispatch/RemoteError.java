package org.typedipc.runtime.internal.dispatch;

import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcNoHandlerException;
import org.typedipc.runtime.IpcRemoteException;

/**
 * A failed reply as it crosses the wire: the kind, and for a handler failure the remote
 * exception's class name and message (never its stack).
 */
public record RemoteError(Kind kind, String className, String message) {
  /** What failed. */
  public enum Kind {
    /** The handler threw, its stage failed, or its result could not be encoded. */
    HANDLER_FAILED,
    /** No scope has a handler for the invoked channel. */
    NO_HANDLER,
    /** No listener at all for a sendSync channel. */
    NO_LISTENER
  }

  public static RemoteError of(Throwable failure) {
    return new RemoteError(Kind.HANDLER_FAILED, failure.getClass().getName(), failure.getMessage());
  }

  /** The exception the caller of {@code channel} sees. */
  public IpcException toException(String channel) {
    switch (kind) {
      case NO_HANDLER:
        return new IpcNoHandlerException(channel, ErrorMessages.noHandler(channel));
      case NO_LISTENER:
        return new IpcNoHandlerException(channel, ErrorMessages.syncNoListener(channel));
      default:
        return new IpcRemoteException(channel, className, message);
    }
  }
}
