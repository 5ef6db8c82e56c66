package org.typedipc.runtime.internal.main;

import java.util.Optional;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcCall;
import org.typedipc.runtime.internal.dispatch.InboundMessage;

/**
 * A call main makes to a renderer frame, as its interceptors see it. Its arguments are decoded
 * from the encoded payload when asked for, so an interceptor gets a copy it cannot change.
 */
final class OutboundCall extends InboundMessage implements IpcCall {
  private final Type type;
  private final FrameHandle frame;

  OutboundCall(Type type, FrameHandle frame, String channel, byte[] payload) {
    // No listener runs on it, so no failure is ever blamed on a sender in the log passed on.
    super(channel, payload, frame.maxDecodedBytes(), frame.session().senderLog, "main");
    this.type = type;
    this.frame = frame;
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
    return Optional.of(frame);
  }

  @Override
  public int frameId() {
    return frame.id();
  }
}
