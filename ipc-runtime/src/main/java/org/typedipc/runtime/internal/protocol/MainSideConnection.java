package org.typedipc.runtime.internal.protocol;

import java.io.Closeable;
import java.time.Duration;
import java.util.OptionalInt;
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
import org.typedipc.runtime.internal.loop.ByteBudget;
import org.typedipc.runtime.internal.loop.Daemons;
import org.typedipc.runtime.internal.loop.ReaderHandoff;
import org.typedipc.runtime.internal.loop.Trampoline;
import org.typedipc.runtime.internal.main.RendererSession;
import org.typedipc.runtime.internal.dispatch.RemoteError;
import org.typedipc.runtime.internal.dispatch.RendererLink;
import org.typedipc.runtime.internal.dispatch.ReplySink;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * Main's end of a connection to a renderer process. The reader thread hands each message straight
 * to the renderer's session, so an idle main runs the listener on the reader thread; it stops
 * reading while the session's inbound credit is used up. Replies and messages are queued for the
 * connection's writer thread; main's loop never waits for room: a renderer that far behind is
 * dropped as unresponsive.
 */
public final class MainSideConnection extends Connection implements RendererLink {
  private final RequestTable<RemoteReply> replies = new RequestTable<>();
  private volatile RendererSession session;
  private volatile Process process;
  // Frame ids are unique in the renderer's process, so this connection's frames are an increasing
  // run from its main frame's id, with gaps where the process's other connections opened frames.
  private final int mainFrameId;
  private int highestFrameId;

  MainSideConnection(PacketReader reader, PacketWriter writer, Closeable resource, ConnectionSettings settings, int mainFrameId) {
    super(reader, writer, resource, settings);
    this.mainFrameId = mainFrameId;
    this.highestFrameId = mainFrameId;
  }

  void attach(RendererSession session, Process process) {
    this.session = session;
    this.process = process;
  }

  @Override
  ByteBudget.Account outboundBudget() {
    return session.runtime().outboundBudget().account(settings().maxBufferedBytes());
  }

  /** Application threads wait for room; readers and whoever runs main's loop must not. */
  @Override
  PacketWriter.Admission admission() {
    return Trampoline.isIdle() && !ReaderHandoff.isReader() ? PacketWriter.Admission.WAIT : PacketWriter.Admission.REFUSE;
  }

  /** Main's replies are written by the writer thread: the loop that produces them must not block. */
  @Override
  boolean writesCallsInline() {
    return false;
  }

  @Override
  void awaitInboundRoom() {
    session.awaitInboundRoom();
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
        highestFrameId = frameId;
        session.frameOpened(frameId, parentId);
        return;
      }
      case FRAME_CLOSED: {
        int frameId = knownFrame(header.readLength());
        header.requireFullyRead();
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
      writeControl(PacketType.FRAME_KNOWN, header, null);
    } catch (IpcException e) {
      // The renderer is gone; its frames failed their wait on its side.
    }
  }

  @Override
  public void disconnect(String reason) {
    end(reason, false, false);
  }

  /**
   * Cancels the renderer's handlers at once, then tells its session why it went. Runs on the timer
   * for an unresponsive renderer, so it never waits: a launched process's exit code, when the
   * connection merely closed, is awaited asynchronously for at most {@link #EXIT_CODE_WAIT}.
   */
  @Override
  void ended(String reason, boolean protocolError) {
    for (RemoteReply reply : replies.removeAll()) {
      reply.cancel();
    }
    RendererSession ended = session;
    if (ended == null) {
      return;
    }
    Process launched = process;
    if (protocolError || isUnresponsive() || launched == null) {
      ended.disconnect(gone(reason, protocolError, null));
    } else {
      launched.onExit()
          .completeOnTimeout(null, EXIT_CODE_WAIT.toMillis(), TimeUnit.MILLISECONDS)
          .thenAcceptAsync(exited -> ended.disconnect(gone(reason, false, exited)), Daemons.deliveries());
    }
  }

  /** How long a launched renderer whose connection closed gets to exit, for its exit code. */
  static final Duration EXIT_CODE_WAIT = Duration.ofSeconds(1);

  /** Why the renderer went; {@code exited} is its process once it exited, else null. */
  private RendererGone gone(String reason, boolean protocolError, Process exited) {
    if (protocolError) {
      return new RendererGone(RendererGone.Reason.PROTOCOL_ERROR, OptionalInt.empty(), reason);
    }
    if (isUnresponsive()) {
      return new RendererGone(RendererGone.Reason.UNRESPONSIVE, OptionalInt.empty(), reason);
    }
    if (exited != null) {
      int code = exited.exitValue();
      return new RendererGone(
          code == 0 ? RendererGone.Reason.CLEAN_EXIT : RendererGone.Reason.ABNORMAL_EXIT,
          OptionalInt.of(code),
          ErrorMessages.rendererExited(code, reason));
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
