package org.typedipc.runtime.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import org.typedipc.runtime.Channel;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.codec.Codec;

/** The event of one {@code send} or {@code sendSync} delivery. */
final class MainEvent implements IpcMainEvent {
  private final FrameHandle frame;
  private final String channel;
  private final ReplySink syncReply;
  private final AtomicBoolean returned;

  /** {@code syncReply} is null for a {@code send}. */
  MainEvent(FrameHandle frame, String channel, ReplySink syncReply) {
    this.frame = frame;
    this.channel = channel;
    this.syncReply = syncReply;
    this.returned = syncReply == null ? null : new AtomicBoolean();
  }

  @Override
  public Renderer sender() {
    return frame.renderer();
  }

  @Override
  public Frame senderFrame() {
    return frame;
  }

  @Override
  public long processId() {
    return frame.renderer().processId();
  }

  @Override
  public int frameId() {
    return frame.id();
  }

  @Override
  public String channel() {
    return channel;
  }

  @Override
  public boolean isSync() {
    return syncReply != null;
  }

  @Override
  public void setReturnValue(Object value) {
    setReturnValue(DynamicValueCodec.INSTANCE, value);
  }

  @Override
  public <R> void setReturnValue(Channel<?, R> channel, R value) {
    setReturnValue(channel.resultCodec(), value);
  }

  private <R> void setReturnValue(Codec<R> codec, R value) {
    if (syncReply == null || returned.get()) {
      return;
    }
    byte[] payload;
    try {
      payload = Payloads.encode(codec, value);
    } catch (IpcValueException e) {
      throw new IpcValueException(ErrorMessages.badReturnValue(channel, e.getMessage()));
    }
    if (returned.compareAndSet(false, true)) {
      syncReply.succeed(payload);
    }
  }

  /** Whether a listener answered the sendSync. */
  boolean hasReturned() {
    return returned != null && returned.get();
  }

  @Override
  public void reply(String channel, Object... args) {
    frame.send(channel, args);
  }

  @Override
  public <A> void reply(Channel<A, ?> channel, A args) {
    frame.send(channel, args);
  }
}
