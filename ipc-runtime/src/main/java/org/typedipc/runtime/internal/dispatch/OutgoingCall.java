package org.typedipc.runtime.internal.dispatch;

import java.util.Optional;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcCall;
import org.typedipc.runtime.internal.messages.RateLimitedLog;

/**
 * A call this side makes to the other (main to a renderer frame, or a renderer frame to main), as
 * this side's interceptors see it. Its arguments are decoded from the encoded payload when asked
 * for, so an interceptor gets a copy it cannot change.
 */
public final class OutgoingCall extends InboundMessage implements IpcCall {
  private final Type type;
  private final Optional<Frame> frame;
  private final int frameId;

  /**
   * {@code frame} is the renderer frame at the other end as main sees it, or null in a renderer
   * (where the other end is always main); {@code frameId} is that frame's id.
   */
  public OutgoingCall(Type type, Frame frame, int frameId, String channel, byte[] payload, long maxDecodedBytes, RateLimitedLog log, String side) {
    // No listener runs on it, so no failure is ever blamed on a sender in the log passed on.
    super(channel, payload, maxDecodedBytes, log, side);
    this.type = type;
    this.frame = Optional.ofNullable(frame);
    this.frameId = frameId;
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
    return frame;
  }

  @Override
  public int frameId() {
    return frameId;
  }
}
