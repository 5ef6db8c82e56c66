package org.typedipc.runtime.internal.protocol;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcPacketTooLargeException;
import org.typedipc.runtime.internal.dispatch.CancelSignal;
import org.typedipc.runtime.internal.dispatch.RemoteError;
import org.typedipc.runtime.internal.dispatch.ReplySink;
import org.typedipc.runtime.internal.loop.Deadlines;
import org.typedipc.runtime.spi.WireWriter;

/**
 * The reply to one SYNC or INVOKE of the peer: the first outcome is written, later ones are
 * ignored. A CANCEL from the peer, the call's deadline or the connection's end cancel it.
 */
class RemoteReply extends Deadlines.Entry implements ReplySink {
  final long requestId;
  final Connection connection;
  /** Created on first need: most calls are answered without anyone asking about cancellation. */
  private CancelSignal cancel;
  private boolean done;

  /** The call's channel, and its deadline as the caller sent it (null if none). */
  final String channel;
  final Duration deadline;

  RemoteReply(Connection connection, long requestId, String channel, Duration deadline) {
    this.connection = connection;
    this.requestId = requestId;
    this.channel = channel;
    this.deadline = deadline;
  }

  @Override
  public void succeed(byte[] payload) {
    succeed(payload, null);
  }

  /** Writes the reply from the encoder's buffer: the packet writer copies it before this returns. */
  @Override
  public void succeed(WireWriter encoded) {
    succeed(null, encoded);
  }

  private void succeed(byte[] payload, WireWriter encoded) {
    if (!finish()) {
      return;
    }
    WireWriter header = Connection.header();
    header.writeLong(requestId);
    try {
      if (encoded == null) {
        connection.writeReply(PacketType.REPLY, header, payload);
      } else {
        connection.writeReply(PacketType.REPLY, header, encoded);
      }
    } catch (IpcException e) {
      if (e instanceof IpcPacketTooLargeException) {
        writeError(RemoteError.Kind.HANDLER_FAILED, e.getClass().getName(), e.getMessage());
      }
    }
  }

  @Override
  public void fail(RemoteError error) {
    if (!finish()) {
      return;
    }
    if (error.kind() == RemoteError.Kind.DECLARED) {
      writeDeclared(error);
    } else {
      writeError(error.kind(), error.className(), error.message());
    }
  }

  /** A declared exception: its index in the header, its data as the payload. */
  private void writeDeclared(RemoteError error) {
    WireWriter header = Connection.header();
    header.writeLong(requestId).writeByte(RemoteError.Kind.DECLARED.ordinal()).writeLength(error.declaredIndex());
    try {
      connection.writeReply(PacketType.REPLY_ERROR, header, error.declaredData());
    } catch (IpcException e) {
      if (e instanceof IpcPacketTooLargeException) {
        writeError(RemoteError.Kind.HANDLER_FAILED, e.getClass().getName(), e.getMessage());
      }
    }
  }

  private void writeError(RemoteError.Kind kind, String className, String message) {
    WireWriter header = Connection.header();
    header.writeLong(requestId).writeByte(kind.ordinal());
    writeNullable(header, className);
    writeNullable(header, message);
    try {
      connection.writeReply(PacketType.REPLY_ERROR, header, (byte[]) null);
    } catch (IpcException e) {
      // The renderer is gone; its call already failed on its side.
    }
  }

  /** Cancels the call once {@code millis} pass, unless it ended before. */
  void expireAfter(long millis) {
    start(TimeUnit.MILLISECONDS.toNanos(millis));
    synchronized (this) {
      if (done || (cancel != null && cancel.isCancelled())) {
        stop(); // it ended meanwhile
      }
    }
  }

  @Override
  protected void expire() {
    cancel();
  }

  private synchronized CancelSignal signal() {
    if (cancel == null) {
      cancel = new CancelSignal();
    }
    return cancel;
  }

  private synchronized boolean finish() {
    if (done || (cancel != null && cancel.isCancelled())) {
      return false;
    }
    done = true;
    connection.forget(this);
    stop();
    return true;
  }

  @Override
  public synchronized boolean isCancelled() {
    return cancel != null && cancel.isCancelled(); // asking makes no signal
  }

  @Override
  public void onCancel(Runnable action) {
    signal().onCancel(action);
  }

  void cancel() {
    CancelSignal signal;
    synchronized (this) {
      stop(); // else the deadlines keep this reply, and its connection, until it passes
      if (done) {
        return;
      }
      signal = signal();
    }
    connection.forget(this);
    signal.cancel();
  }

  private static void writeNullable(WireWriter header, String value) {
    header.writeBoolean(value != null);
    if (value != null) {
      header.writeString(value.length() > 4000 ? value.substring(0, 4000) : value);
    }
  }
}
