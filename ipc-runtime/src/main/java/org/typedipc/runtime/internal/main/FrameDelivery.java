package org.typedipc.runtime.internal.main;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.typedipc.runtime.IpcAccessDeniedException;
import org.typedipc.runtime.IpcCall;
import org.typedipc.runtime.internal.dispatch.CallTracker;
import org.typedipc.runtime.internal.dispatch.InboundMessage;
import org.typedipc.runtime.internal.dispatch.RemoteError;
import org.typedipc.runtime.internal.dispatch.ReplySink;
import org.typedipc.runtime.internal.dispatch.StreamSink;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.messages.Loggers;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.Renderer;

/**
 * A message from one frame of a renderer, delivered on main's loop: what main's events say about
 * its sender, shared by the {@code send}/{@code sendSync} and the {@code invoke} deliveries.
 */
abstract class FrameDelivery extends InboundMessage implements Runnable, IpcCall {
  private static final System.Logger LOG = Loggers.MAIN;

  final FrameHandle frame;

  FrameDelivery(FrameHandle frame, String channel, byte[] payload) {
    super(channel, payload, frame.maxDecodedBytes(), frame.session().senderLog, "main");
    this.frame = frame;
  }

  /** A delivery whose arguments the calling thread lends (see {@link InboundMessage#endLoan}). */
  FrameDelivery(FrameHandle frame, String channel, byte[] lent, int length) {
    super(channel, lent, length, frame.maxDecodedBytes(), frame.session().senderLog, "main");
    this.frame = frame;
  }

  /** A delivery whose arguments the calling thread lends from a direct buffer (see {@link InboundMessage#endLoan}). */
  FrameDelivery(FrameHandle frame, String channel, ByteBuffer lent) {
    super(channel, lent, frame.maxDecodedBytes(), frame.session().senderLog, "main");
    this.frame = frame;
  }

  public Renderer sender() {
    return frame.renderer();
  }

  public Frame senderFrame() {
    return frame;
  }

  public long processId() {
    return frame.renderer().processId();
  }

  public int frameId() {
    return frame.id();
  }

  public String channel() {
    return channel;
  }

  @Override
  public Optional<Frame> frame() {
    return Optional.of(frame);
  }

  /**
   * Counts the call (a stream if {@code reply} is one) and runs main's interceptors, its sender
   * policies first; on a refusal the renderer's stats count it and the caller, if it waits, fails
   * with the refusal.
   *
   * @return the tracker to finish, or null; {@link #REFUSED} if the call was refused
   */
  final CallTracker intercept(ReplySink reply) {
    RendererSession renderer = frame.session();
    if (reply instanceof StreamSink) {
      renderer.streamOpened(type(), payloadBytes());
    } else {
      renderer.counted(type(), payloadBytes());
    }
    try {
      return renderer.main.interception.enter(this);
    } catch (RuntimeException refused) {
      renderer.denied();
      if (!(refused instanceof IpcAccessDeniedException)) {
        LOG.log(System.Logger.Level.WARNING, ErrorMessages.interceptorRefusedLog(channel), refused);
      }
      if (reply != null) {
        reply.fail(RemoteError.of(refused));
      }
      return REFUSED;
    }
  }

  /** What {@link #intercept} returns for a refused call. */
  static final CallTracker REFUSED = CallTracker.refusedMarker();
}
