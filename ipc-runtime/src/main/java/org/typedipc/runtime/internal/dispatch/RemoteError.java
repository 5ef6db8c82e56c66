package org.typedipc.runtime.internal.dispatch;

import org.typedipc.runtime.IpcAccessDeniedException;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcNoHandlerException;
import org.typedipc.runtime.IpcRemoteException;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.spi.DeclaredExceptions;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;

/**
 * A failed reply as it crosses the wire: the kind; for a handler failure the remote exception's
 * class name and message (never its stack); for a declared exception its index among the channel's
 * declared exceptions and its encoded data.
 */
public record RemoteError(Kind kind, String className, String message, int declaredIndex, byte[] declaredData) {
  /** What failed. */
  public enum Kind {
    /** The handler threw, its stage failed, or its result could not be encoded. */
    HANDLER_FAILED,
    /** No scope has a handler for the invoked channel. */
    NO_HANDLER,
    /** No listener at all for a sendSync channel. */
    NO_LISTENER,
    /** The handler failed with an exception its contract method declares. */
    DECLARED,
    /** The call's frame or connection went away before the reply; the message says which. */
    GONE
  }

  public RemoteError(Kind kind, String className, String message) {
    this(kind, className, message, -1, null);
  }

  /** The call's frame or connection went away; {@code why} says which. */
  public static RemoteError gone(String why) {
    return new RemoteError(Kind.GONE, null, why);
  }

  public static RemoteError of(Throwable failure) {
    return new RemoteError(Kind.HANDLER_FAILED, failure.getClass().getName(), failure.getMessage());
  }

  /**
   * The error for {@code failure}: a declared one with its data if {@code exceptions} declares its
   * type, else a handler failure with its class name and message. Data that cannot be encoded make
   * a handler failure that says so.
   */
  public static RemoteError of(Throwable failure, DeclaredExceptions exceptions) {
    int index = exceptions.indexOf(failure);
    if (index < 0) {
      return of(failure);
    }
    try {
      WireWriter out = new WireWriter(64);
      exceptions.encode(out, index, failure);
      return new RemoteError(Kind.DECLARED, failure.getClass().getName(), failure.getMessage(), index, out.toByteArray());
    } catch (RuntimeException e) {
      return of(e);
    }
  }

  /** The exception the caller of {@code channel} sees, for any kind but {@link Kind#DECLARED}. */
  public IpcException toException(String channel) {
    switch (kind) {
      case NO_HANDLER:
        return new IpcNoHandlerException(channel, ErrorMessages.noHandler(channel));
      case NO_LISTENER:
        return new IpcNoHandlerException(channel, ErrorMessages.syncNoListener(channel));
      case GONE:
        return new IpcDisconnectedException(ErrorMessages.callGone(channel, message));
      case HANDLER_FAILED:
        // An interceptor's or sender policy's refusal keeps its type across the wire.
        if (IpcAccessDeniedException.class.getName().equals(className)) {
          return new IpcAccessDeniedException(message);
        }
        return new IpcRemoteException(channel, className, message);
      default:
        return new IpcRemoteException(channel, className, message);
    }
  }

  /**
   * The exception the caller of {@code channel} sees: a declared exception decoded with {@code
   * exceptions}, else as {@link #toException(String)}.
   *
   * @throws org.typedipc.runtime.IpcProtocolException if a declared exception's index or data are malformed
   */
  public Exception toException(String channel, DeclaredExceptions exceptions) {
    if (kind != Kind.DECLARED) {
      return toException(channel);
    }
    WireReader in = new WireReader(declaredData);
    Exception declared = exceptions.decode(in, declaredIndex);
    in.requireFullyRead();
    return declared;
  }
}
