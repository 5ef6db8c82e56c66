package org.typedipc.runtime.internal.main;

import org.typedipc.runtime.internal.dispatch.InboundMessage;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.Renderer;

/**
 * A message from one frame of a renderer, delivered on main's loop: what main's events say about
 * its sender, shared by the {@code send}/{@code sendSync} and the {@code invoke} deliveries.
 */
abstract class FrameDelivery extends InboundMessage implements Runnable {
  final FrameHandle frame;

  FrameDelivery(FrameHandle frame, String channel, byte[] payload) {
    super(channel, payload, frame.maxDecodedBytes(), frame.session().senderLog, "main");
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
}
