package org.typedipc.runtime.internal.main;

import java.time.Duration;
import org.typedipc.runtime.internal.dispatch.MainLink;
import org.typedipc.runtime.internal.dispatch.ReplySink;
import org.typedipc.runtime.internal.dispatch.StreamSink;
import org.typedipc.runtime.internal.renderer.RendererClient;
import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.RendererOptions;

/**
 * A renderer in main's JVM: the client and main's session call each other directly. Payloads are
 * still encoded and decoded on every hop, so nothing mutable is shared. Each direction is bounded
 * by the receiving side's inbound credit as a socket's would be: the sending thread waits where a
 * socket write would block.
 */
final class EmbeddedConnection extends RendererClient implements EmbeddedRenderer {
  EmbeddedConnection(MainRuntime main, int id, RendererOptions options) {
    super("renderer #" + id, options, client -> new Admitting(new RendererSession(main, id, ProcessHandle.current().pid(), java.util.Optional.empty(), client)));
    openMainFrame();
  }

  RendererSession session() {
    return ((Admitting) mainLink()).session;
  }

  @Override
  public Renderer renderer() {
    return session();
  }

  @Override
  public void event(int frameId, String channel, byte[] payload) {
    admitFromMain();
    super.event(frameId, channel, payload);
  }

  @Override
  public void invoke(int frameId, String channel, byte[] payload, Duration deadline, ReplySink reply) {
    admitFromMain();
    super.invoke(frameId, channel, payload, deadline, reply);
  }

  @Override
  public void stream(int frameId, String channel, byte[] payload, StreamSink sink) {
    admitFromMain();
    // In-process a stream is an invoke whose reply is the sink; super.invoke, so it is admitted once.
    super.invoke(frameId, channel, payload, null, sink);
  }

  @Override
  public void post(int frameId, String channel, byte[] payload, int[] portIds) {
    admitFromMain();
    super.post(frameId, channel, payload, portIds);
  }

  @Override
  public void portMessage(int portId, byte[] payload) {
    admitFromMain();
    super.portMessage(portId, payload);
  }

  /** The renderer's link to main's session: its messages wait for main's credit first. */
  private static final class Admitting implements MainLink {
    final RendererSession session;

    Admitting(RendererSession session) {
      this.session = session;
    }

    @Override
    public void frameOpened(int frameId, int parentFrameId) {
      session.frameOpened(frameId, parentFrameId);
    }

    @Override
    public void frameClosed(int frameId) {
      session.frameClosed(frameId);
    }

    @Override
    public void send(int frameId, String channel, byte[] payload) {
      session.awaitRoomAsSender();
      session.send(frameId, channel, payload);
    }

    @Override
    public void sendSync(int frameId, String channel, byte[] payload, Duration deadline, ReplySink reply) {
      session.awaitRoomAsSender();
      session.sendSync(frameId, channel, payload, deadline, reply);
    }

    @Override
    public void invoke(int frameId, String channel, byte[] payload, Duration deadline, ReplySink reply) {
      session.awaitRoomAsSender();
      session.invoke(frameId, channel, payload, deadline, reply);
    }

    @Override
    public void stream(int frameId, String channel, byte[] payload, StreamSink sink) {
      session.awaitRoomAsSender();
      session.stream(frameId, channel, payload, sink);
    }

    @Override
    public void post(int frameId, String channel, byte[] payload, int[] portIds, long[] delivered) {
      session.awaitRoomAsSender();
      session.post(frameId, channel, payload, portIds, delivered);
    }

    @Override
    public void portReturned(int portId, byte[] payload) {
      session.portReturned(portId, payload); // what main sent comes back without waiting for credit
    }

    @Override
    public void portMessage(int portId, byte[] payload) {
      session.awaitRoomAsSender();
      session.portMessage(portId, payload);
    }

    @Override
    public void portClosed(int portId) {
      session.portClosed(portId);
    }

    @Override
    public void disconnect(RendererGone why) {
      session.disconnect(why);
    }

    @Override
    public boolean isEnded() {
      return session.isEnded();
    }
  }
}
