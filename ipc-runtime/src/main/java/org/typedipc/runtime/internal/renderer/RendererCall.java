package org.typedipc.runtime.internal.renderer;

import java.util.Optional;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcCall;
import org.typedipc.runtime.internal.dispatch.InboundMessage;

/**
 * A call a renderer frame makes to main, as the renderer's interceptors see it; its arguments are
 * decoded from the encoded payload when asked for, a copy the interceptor cannot change.
 */
final class RendererCall extends InboundMessage implements IpcCall {
  private final Type type;
  private final int frameId;

  RendererCall(Type type, FrameState frame, String channel, byte[] payload) {
    // No listener runs on it, so no failure is ever blamed on a sender in the log passed on.
    super(channel, payload, frame.client.maxDecodedBytes(), frame.client.mainLog, "renderer");
    this.type = type;
    this.frameId = frame.id;
  }

  @Override
  public Type type() {
    return type;
  }

  @Override
  public String channel() {
    return channel;
  }

  @Override
  public Optional<Frame> frame() {
    return Optional.empty();
  }

  @Override
  public int frameId() {
    return frameId;
  }
}
