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
        IncomingCall call = accept(packet.type, header);
        if (packet.type == PacketType.SYNC) {
          session.sendSync(frameId, call.channel(), packet.payload, call.deadline(), call.reply());
        } else {
          session.invoke(frameId, call.channel(), packet.payload, call.deadline(), call.reply());
        }
        return;
      }
      case CANCEL:
        cancelled(header);
        return;
      case REPLY:
        replied(packet);
        return;
      case REPLY_ERROR:
        repliedWithError(packet);
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
    // Main's invokes fail now, before the wait for a launched process's exit code below.
    RemoteError gone = RemoteError.gone(reason);
    for (ReplySink call : dropOutgoing()) {
      call.fail(gone);
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
}
