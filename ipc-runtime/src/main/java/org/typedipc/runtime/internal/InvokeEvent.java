package org.typedipc.runtime.internal;

import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcMainInvokeEvent;
import org.typedipc.runtime.Renderer;

/** The event of one invoke. */
final class InvokeEvent implements IpcMainInvokeEvent {
  private final FrameHandle frame;
  private final String channel;
  private final ReplySink reply;

  InvokeEvent(FrameHandle frame, String channel, ReplySink reply) {
    this.frame = frame;
    this.channel = channel;
    this.reply = reply;
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
  public boolean isCancelled() {
    return reply.isCancelled();
  }

  @Override
  public void onCancel(Runnable action) {
    reply.onCancel(Channels.requireListener(action, "cancel action"));
  }
}
