package org.typedipc.runtime.internal.protocol;

import java.io.Closeable;
import java.time.Duration;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcPacketTooLargeException;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;
import org.typedipc.runtime.internal.dispatch.CancelSignal;
import org.typedipc.runtime.internal.loop.Daemons;
import org.typedipc.runtime.internal.dispatch.RemoteError;
import org.typedipc.runtime.internal.dispatch.RendererLink;
import org.typedipc.runtime.internal.dispatch.MainLink;
import org.typedipc.runtime.internal.dispatch.ReplySink;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * Main's end of a connection to a renderer process. The reader thread hands each message straight
 * to the renderer's session, so an idle main runs the listener on the reader thread, and a
 * handler's reply is written by whichever thread produces it: no hand-off on the hot path.
 */
public final class MainSideConnection extends Connection implements RendererLink {
  private final RequestTable<RemoteReply> replies = new RequestTable<>();
  private volatile MainLink session;
  private volatile Process process;
  // Frame ids are unique in the renderer's process, so this connection's frames are an increasing
  // run from its main frame's id, with gaps where the process's other connections opened frames.
  private final int mainFrameId;
  private int highestFrameId;
  /** The frames the renderer has open, at most the settings' maxFramesPerRenderer. */
  private final Set<Integer> openFrames = new HashSet<>();

  MainSideConnection(PacketReader reader, PacketWriter writer, Closeable resource, ConnectionSettings settings, int mainFrameId) {
    super(reader, writer, resource, settings);
    this.mainFrameId = mainFrameId;
    this.highestFrameId = mainFrameId;
  }

  void attach(MainLink session, Process process) {
    this.session = session;
    this.process = process;
  }

  @Override
  void handle(Packet packet) {
    WireReader header = packet.header;
    switch (packet.type) {
      case FRAME_OPENED: {
        int frameId = header.readLength();
        int parentId = header.readLength();
        header.requireFullyRead();
        if (frameId <= highestFrameId || parentId < mainFrameId || parentId > highestFrameId) {
          throw new IpcProtocolException(ErrorMessages.malformedFrameOpened(frameId, parentId));
        }
        // The main frame, opened by the handshake, counts too.
        if (openFrames.size() + 1 >= settings().maxFramesPerRenderer()) {
          throw new IpcProtocolException(ErrorMessages.tooManyFrames(settings().maxFramesPerRenderer()));
        }
        openFrames.add(frameId);
        highestFrameId = frameId;
        session.frameOpened(frameId, parentId);
        return;
      }
      case FRAME_CLOSED: {
        int frameId = knownFrame(header.readLength());
        header.requireFullyRead();
        openFrames.remove(frameId);
        session.frameClosed(frameId);
        return;
      }
      case SEND: {
        int frameId = knownFrame(header.readLength());
        String channel = inboundChannel(header.readLength());
        header.requireFullyRead();
        session.send(frameId, channel, packet.payload);
        return;
      }
      case SYNC:
      case INVOKE: {
        int frameId = knownFrame(header.readLength());
        long requestId = header.readLong();
        String channel = inboundChannel(header.readLength());
        long deadlineMillis = header.readLong();
        header.requireFullyRead();
        RemoteReply reply = new RemoteReply(this, requestId);
        if (requestId <= 0 || !replies.put(requestId, reply)) {
          throw new IpcProtocolException(ErrorMessages.requestIdInUse(requestId));
        }
        Duration deadline = deadlineMillis > 0 ? Duration.ofMillis(deadlineMillis) : null;
        if (deadline != null && packet.type == PacketType.INVOKE) {
          // The caller sends CANCEL at its deadline too; this also covers a renderer that hangs.
          reply.expireAfter(deadlineMillis);
        }
        if (packet.type == PacketType.SYNC) {
          session.sendSync(frameId, channel, packet.payload, deadline, reply);
        } else {
          session.invoke(frameId, channel, packet.payload, deadline, reply);
        }
        return;
      }
      case CANCEL: {
        long requestId = header.readLong();
        header.requireFullyRead();
        RemoteReply reply = replies.get(requestId);
        if (reply != null) {
          reply.cancel();
        }
        return;
      }
      default:
        throw new IpcProtocolException(ErrorMessages.notFromRenderer(packet.type));
    }
  }

  private int knownFrame(int frameId) {
    if (frameId < mainFrameId || frameId > highestFrameId) {
      throw new IpcProtocolException(ErrorMessages.frameNeverOpened(frameId));
    }
    return frameId;
  }

  void forget(RemoteReply reply) {
    replies.remove(reply.requestId, reply);
  }

  void writeReply(PacketType type, WireWriter header, byte[] payload) {
    write(type, header, payload);
  }

  // ---- RendererLink: main → renderer ----

  @Override
  public void event(int frameId, String channel, byte[] payload) {
    int channelId = channelId(channel);
    WireWriter header = header();
    header.writeLength(frameId).writeLength(channelId);
    writeLater(PacketType.EVENT, header, payload);
  }

  @Override
  public void frameKnown(int frameId) {
    WireWriter header = header();
    header.writeLength(frameId);
    try {
      writeLater(PacketType.FRAME_KNOWN, header, null);
    } catch (IpcException e) {
      // The renderer is gone; its frames failed their wait on its side.
    }
  }

  @Override
  public void disconnect(String reason) {
    end(reason, false, false);
  }

  @Override
  void ended(String reason, boolean protocolError) {
    for (RemoteReply reply : replies.removeAll()) {
      reply.cancel();
    }
    MainLink ended = session;
    if (ended != null) {
      ended.disconnect(gone(reason, protocolError));
    }
  }

  /** Why the renderer went; for a launched process, waits briefly for its exit code. */
  private RendererGone gone(String reason, boolean protocolError) {
    if (protocolError) {
      return new RendererGone(RendererGone.Reason.PROTOCOL_ERROR, OptionalInt.empty(), reason);
    }
    Process launched = process;
    if (launched != null) {
      try {
        if (launched.waitFor(1, TimeUnit.SECONDS)) {
          int code = launched.exitValue();
          return new RendererGone(
              code == 0 ? RendererGone.Reason.CLEAN_EXIT : RendererGone.Reason.ABNORMAL_EXIT,
              OptionalInt.of(code),
              ErrorMessages.rendererExited(code, reason));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return new RendererGone(
        ErrorMessages.isPeerClosed(reason) ? RendererGone.Reason.CLOSED : RendererGone.Reason.DISCONNECTED,
        OptionalInt.empty(),
        reason);
  }

  /** Main's reply to one SYNC or INVOKE: the first outcome is written, later ones are ignored. */
  static final class RemoteReply implements ReplySink {
    final long requestId;
    private final MainSideConnection connection;
    /** Created on first need: most calls are answered without anyone asking about cancellation. */
    private CancelSignal cancel;
    private boolean done;
    private ScheduledFuture<?> expiry;

    RemoteReply(MainSideConnection connection, long requestId) {
      this.connection = connection;
      this.requestId = requestId;
    }

    @Override
    public void succeed(byte[] payload) {
      if (!finish()) {
        return;
      }
      WireWriter header = header();
      header.writeLong(requestId);
      try {
        connection.writeReply(PacketType.REPLY, header, payload);
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
      WireWriter header = header();
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
      WireWriter header = header();
      header.writeLong(requestId).writeByte(kind.ordinal());
      writeNullable(header, className);
      writeNullable(header, message);
      try {
        connection.writeReply(PacketType.REPLY_ERROR, header, null);
      } catch (IpcException e) {
        // The renderer is gone; its call already failed on its side.
      }
    }

    synchronized void expireAfter(long millis) {
      expiry = Daemons.timer().schedule(this::cancel, millis, TimeUnit.MILLISECONDS);
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
      if (expiry != null) {
        expiry.cancel(false);
      }
      return true;
    }

    @Override
    public boolean isCancelled() {
      return signal().isCancelled();
    }

    @Override
    public void onCancel(Runnable action) {
      signal().onCancel(action);
    }

    void cancel() {
      CancelSignal signal;
      synchronized (this) {
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
}
