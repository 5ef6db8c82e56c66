package org.typedipc.runtime.internal.protocol;

import java.io.Closeable;
import java.time.Duration;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.OptionalLong;
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
import org.typedipc.runtime.internal.loop.ByteBudget;
import org.typedipc.runtime.internal.loop.Daemons;
import org.typedipc.runtime.internal.loop.ReaderHandoff;
import org.typedipc.runtime.internal.loop.Trampoline;
import org.typedipc.runtime.internal.main.RendererSession;
import org.typedipc.runtime.internal.dispatch.RemoteError;
import org.typedipc.runtime.internal.dispatch.RendererLink;
import org.typedipc.runtime.internal.dispatch.ReplySink;
import org.typedipc.runtime.internal.dispatch.StreamSink;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * Main's end of a connection to a renderer process. The reader thread hands each message straight
 * to the renderer's session, so an idle main runs the listener on the reader thread; it stops
 * reading while the session's inbound credit is used up. Replies and messages are queued for the
 * connection's writer thread; main's loop never waits for room: a renderer that far behind is
 * dropped as unresponsive.
 */
public final class MainSideConnection extends Connection implements RendererLink {
  private volatile RendererSession session;
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

  void attach(RendererSession session, Process process) {
    this.session = session;
    this.process = process;
  }

  @Override
  OptionalLong peerPidOnThisHost() {
    Process launched = process;
    return launched == null ? OptionalLong.empty() : OptionalLong.of(launched.pid());
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
        session.send(frameId, channel, packet.payload());
        return;
      }
      case SYNC:
      case INVOKE:
      case STREAM: {
        int frameId = knownFrame(header.readLength());
        RemoteReply call = accept(packet.type, header);
        if (packet.type == PacketType.SYNC) {
          session.sendSync(frameId, call.channel, packet.payload(), call.deadline, call);
        } else {
          invoke(session, frameId, call, packet);
        }
        return;
      }
      case POST: {
        int frameId = knownFrame(header.readLength());
        Post post = readPost(header);
        session.post(frameId, post.channel(), packet.payload(), post.portIds(), post.delivered());
        return;
      }
      case PORT_MESSAGE:
        session.portMessage(readPortId(header), packet.payload());
        return;
      case PORT_CLOSED:
        session.portClosed(readPortId(header));
        return;
      case PORT_RETURNED:
        session.portReturned(readPortId(header), packet.payload());
        return;
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

  // ---- RendererLink: main → renderer ----

  @Override
  public void event(int frameId, String channel, byte[] payload) {
    int channelId = channelId(channel);
    WireWriter header = header();
    header.writeLength(frameId).writeLength(channelId);
    writeLater(PacketType.EVENT, header, payload);
  }

  @Override
  public void invoke(int frameId, String channel, byte[] payload, Duration deadline, ReplySink reply) {
    call(PacketType.INVOKE, frameId, channel, payload, deadline, reply);
  }

  @Override
  public void invoke(int frameId, String channel, WireWriter encoded, Duration deadline, ReplySink reply) {
    call(PacketType.INVOKE, frameId, channel, encoded, deadline, reply);
  }

  @Override
  public void stream(int frameId, String channel, byte[] payload, StreamSink sink) {
    openStream(frameId, channel, payload, sink);
  }

  @Override
  public void post(int frameId, String channel, byte[] payload, int[] portIds) {
    writePost(frameId, channel, payload, portIds, new long[portIds.length]);
  }

  @Override
  public void portMessage(int portId, byte[] payload) {
    writePortMessage(portId, payload);
  }

  @Override
  public void portClosed(int portId) {
    writePortClosed(portId);
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
    // Main's invokes fail now, before the wait for a launched process's exit code below.
    RemoteError gone = RemoteError.gone(reason);
    for (ReplySink call : dropOutgoing()) {
      call.fail(gone);
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
}
