package org.typedipc.runtime.internal.renderer;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcCall;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcRendererEvent;
import org.typedipc.runtime.internal.dispatch.InboundMessage;

/**
 * A message from main to one frame, delivered on the renderer's loop: what the renderer's events
 * say about it, shared by the event and the invoke deliveries. It is itself the loop's task, which
 * gives its bytes of the inbound credit back once delivered (no task object per delivery).
 */
abstract class MainDelivery extends InboundMessage implements Runnable, IpcRendererEvent, IpcCall {
  final FrameState frame;

  MainDelivery(FrameState frame, String channel, byte[] payload) {
    super(channel, payload, frame.client.maxDecodedBytes(), frame.client.mainLog, "renderer");
    this.frame = frame;
  }

  /** As {@link #MainDelivery(FrameState, String, byte[])}, with arguments lent by the calling thread (see {@link InboundMessage}). */
  MainDelivery(FrameState frame, String channel, byte[] lent, int length) {
    super(channel, lent, length, frame.client.maxDecodedBytes(), frame.client.mainLog, "renderer");
    this.frame = frame;
  }

  /** As {@link #MainDelivery(FrameState, String, byte[])}, with arguments lent from a direct buffer by the calling thread. */
  MainDelivery(FrameState frame, String channel, ByteBuffer lent) {
    super(channel, lent, frame.client.maxDecodedBytes(), frame.client.mainLog, "renderer");
    this.frame = frame;
  }

  @Override
  public final void run() {
    try {
      deliverOnLoop();
    } finally {
      frame.client.delivered(this);
    }
  }

  /** Delivers the message, on the renderer's loop. */
  abstract void deliverOnLoop();

  @Override
  public IpcRenderer sender() {
    return frame.endpoint;
  }

  @Override
  public String channel() {
    return channel;
  }

  @Override
  public Optional<Frame> frame() {
    return Optional.empty(); // in a renderer the other end is always main
  }

  @Override
  public int frameId() {
    return frame.id;
  }
}
