package org.typedipc.runtime.internal.renderer;

import java.util.Optional;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcCall;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcRendererEvent;
import org.typedipc.runtime.internal.dispatch.InboundMessage;

/**
 * A message from main to one frame, delivered on the renderer's loop: what the renderer's events
 * say about it, shared by the event and the invoke deliveries.
 */
abstract class MainDelivery extends InboundMessage implements Runnable, IpcRendererEvent, IpcCall {
  final FrameState frame;

  MainDelivery(FrameState frame, String channel, byte[] payload) {
    super(channel, payload, frame.client.maxDecodedBytes(), frame.client.mainLog, "renderer");
    this.frame = frame;
  }

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
