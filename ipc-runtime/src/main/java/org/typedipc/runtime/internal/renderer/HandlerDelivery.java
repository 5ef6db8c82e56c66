package org.typedipc.runtime.internal.renderer;

import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcRendererInvokeEvent;
import org.typedipc.runtime.internal.dispatch.InboundMessage;
import org.typedipc.runtime.internal.dispatch.InvokeHandler;
import org.typedipc.runtime.internal.dispatch.ReplySink;
import org.typedipc.runtime.internal.messages.Checks;

/**
 * One invoke from main, on the renderer's loop: the frame's handler answers it, its value or stage
 * becoming the reply. It is also the event the handler gets.
 */
final class HandlerDelivery extends InboundMessage implements Runnable, IpcRendererInvokeEvent {
  private final FrameState frame;
  private final ReplySink reply;

  HandlerDelivery(FrameState frame, String channel, byte[] payload, ReplySink reply) {
    super(channel, payload, frame.client.maxDecodedBytes(), frame.client.mainLog, "renderer");
    this.frame = frame;
    this.reply = reply;
  }

  @Override
  public void run() {
    InvokeHandler<IpcRendererInvokeEvent> handler = frame.handlers.take(channel);
    if (handler == null) {
      InvokeHandler.noHandler(channel, reply, RendererClient.WARNINGS, 0);
    } else {
      handler.answer(this, this, reply, RendererClient.WARNINGS, 0);
      if (malformed() != null) {
        frame.client.malformedPayload(channel, malformed());
      }
    }
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
  public boolean isCancelled() {
    return reply.isCancelled();
  }

  @Override
  public void onCancel(Runnable action) {
    reply.onCancel(Checks.requireListener(action, "cancel action"));
  }
}
