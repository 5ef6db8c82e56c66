package org.typedipc.runtime.internal.protocol;

import java.io.Closeable;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;
import org.typedipc.runtime.internal.dispatch.MainLink;
import org.typedipc.runtime.internal.dispatch.RemoteError;
import org.typedipc.runtime.internal.dispatch.RendererLink;
import org.typedipc.runtime.internal.dispatch.ReplySink;
import org.typedipc.runtime.internal.dispatch.StreamSink;
import org.typedipc.runtime.internal.loop.ByteBudget;
import org.typedipc.runtime.internal.renderer.RendererClient;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * A renderer's end of its connection to main. Calls become packets written by the calling thread;
 * the reader thread completes each call with its reply (waking the caller directly) and delivers
 * main's messages to the renderer's loop.
 */
public final class RendererSideConnection extends Connection implements MainLink {
  private volatile RendererClient client;
  /** Main's process id when main runs on this host; see {@link RendererHandshake#complete}. */
  private final OptionalLong mainPid;

  RendererSideConnection(PacketReader reader, PacketWriter writer, Closeable resource, ConnectionSettings settings,
      OptionalLong mainPid) {
    super(reader, writer, resource, settings);
    this.mainPid = mainPid;
  }

  void attach(RendererClient client) {
    this.client = client;
  }

  @Override
  ByteBudget.Account outboundBudget() {
    return new ByteBudget(settings().totalBufferedBytes()).account(settings().maxBufferedBytes());
  }

  /** The renderer's own threads wait for room; the drain timeout bounds the wait. */
  @Override
  PacketWriter.Admission admission() {
    return PacketWriter.Admission.WAIT;
  }

  /** A renderer's caller writes its call itself: it waits for the reply anyway. */
  @Override
  boolean writesCallsInline() {
    return true;
  }

  @Override
  void awaitInboundRoom() {
    client.awaitInboundRoom();
  }

  @Override
  OptionalLong peerPidOnThisHost() {
    return mainPid;
  }

  @Override
  String peerStopped(long pid, Duration liveness) {
    return ErrorMessages.mainProcessStopped(pid, liveness);
  }

  // ---- MainLink: renderer → main ----

  @Override
  public void frameOpened(int frameId, int parentFrameId) {
    if (parentFrameId == 0) {
      return; // the main frame exists from the handshake on
    }
    WireWriter header = header();
    header.writeLength(frameId).writeLength(parentFrameId);
    writeLater(PacketType.FRAME_OPENED, header, null);
  }

  @Override
  public void frameClosed(int frameId) {
    WireWriter header = header();
    header.writeLength(frameId);
    writeLater(PacketType.FRAME_CLOSED, header, null);
  }

  @Override
  public void send(int frameId, String channel, byte[] payload) {
    int channelId = channelId(channel);
    WireWriter header = header();
    header.writeLength(frameId).writeLength(channelId);
    writeLater(PacketType.SEND, header, payload);
  }

  @Override
  public void sendSync(int frameId, String channel, byte[] payload, Duration deadline, ReplySink reply) {
    call(PacketType.SYNC, frameId, channel, payload, deadline, reply);
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
  public void post(int frameId, String channel, byte[] payload, int[] portIds, long[] delivered) {
    writePost(frameId, channel, payload, portIds, delivered);
  }

  @Override
  public void portMessage(int portId, byte[] payload) {
    writePortMessage(portId, payload);
  }

  @Override
  public void portReturned(int portId, byte[] payload) {
    writePortPayload(PacketType.PORT_RETURNED, portId, payload);
  }

  @Override
  public void portClosed(int portId) {
    writePortClosed(portId);
  }

  @Override
  public void disconnect(RendererGone why) {
    end(why.detail(), false, false);
    // The process may exit next: let the close reach main first (within the drain timeout).
    awaitWritten();
  }

  // ---- packets from main ----

  @Override
  void handle(Packet packet) {
    WireReader header = packet.header;
    switch (packet.type) {
      case EVENT: {
        int frameId = header.readLength();
        String channel = inboundChannel(header.readLength());
        header.requireFullyRead();
        client.event(frameId, channel, packet.payload());
        return;
      }
      case FRAME_KNOWN: {
        int frameId = header.readLength();
        header.requireFullyRead();
        client.frameKnown(frameId);
        return;
      }
      case INVOKE:
      case STREAM: {
        int frameId = header.readLength();
        RemoteReply call = accept(packet.type, header);
        invoke(client, frameId, call, packet);
        return;
      }
      case POST: {
        int frameId = header.readLength();
        Post post = readPost(header);
        client.post(frameId, post.channel(), packet.payload(), post.portIds());
        return;
      }
      case PORT_MESSAGE:
        client.portMessage(readPortId(header), packet.payload());
        return;
      case PORT_CLOSED:
        client.portClosed(readPortId(header));
        return;
      default:
        throw new IpcProtocolException(ErrorMessages.notFromMain(packet.type));
    }
  }

  @Override
  void ended(String reason, boolean protocolError) {
    dropOutgoing(); // the client fails its calls, saying main is gone
    RendererClient ended = client;
    if (ended != null) {
      ended.disconnect(ErrorMessages.mainGone(reason));
    }
  }
}
