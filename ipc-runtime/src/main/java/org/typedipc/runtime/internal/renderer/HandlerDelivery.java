package org.typedipc.runtime.internal.renderer;

import org.typedipc.runtime.IpcOutcome;
import org.typedipc.runtime.internal.dispatch.AccountedReply;
import org.typedipc.runtime.internal.dispatch.CallTracker;
import org.typedipc.runtime.internal.dispatch.RemoteError;
import org.typedipc.runtime.IpcRendererInvokeEvent;
import org.typedipc.runtime.internal.dispatch.InvokeHandler;
import org.typedipc.runtime.internal.dispatch.ReplySink;
import org.typedipc.runtime.internal.dispatch.TrafficCounters;
import org.typedipc.runtime.internal.messages.Checks;

/**
 * One invoke from main, on the renderer's loop: the frame's handler answers it, its value or stage
 * becoming the reply. It is also the event the handler gets.
 */
final class HandlerDelivery extends MainDelivery implements IpcRendererInvokeEvent, ReplySink {
  private final ReplySink reply;
  /** The interceptors' tracker, or null; set before the handler runs. */
  private CallTracker tracker;

  HandlerDelivery(FrameState frame, String channel, byte[] payload, ReplySink reply) {
    super(frame, channel, payload);
    this.reply = reply;
  }

  @Override
  public void run() {
    TrafficCounters traffic = frame.client.traffic;
    traffic.count(Type.RENDERER_INVOKE, payloadBytes());
    try {
      tracker = frame.client.interception.enter(this);
    } catch (RuntimeException refused) {
      traffic.denied();
      reply.fail(RemoteError.of(refused));
      return;
    }
    traffic.inboundPending(1);
    long start = System.nanoTime();
    dispatch();
    traffic.handlerTime(System.nanoTime() - start);
  }

  private void dispatch() {
    InvokeHandler<IpcRendererInvokeEvent> handler = frame.handlers.take(channel);
    if (handler == null) {
      InvokeHandler.noHandler(channel, this, RendererClient.WARNINGS, 0);
    } else {
      handler.answer(this, this, AccountedReply.of(this, reply), RendererClient.WARNINGS, 0);
      if (malformed() != null) {
        frame.client.malformedPayload(channel, malformed());
      }
    }
  }

  @Override
  public void succeed(byte[] payload) {
    answered(payload.length);
    if (tracker != null) {
      tracker.finish(IpcOutcome.Status.SUCCEEDED, payload.length);
    }
    reply.succeed(payload);
  }

  @Override
  public void fail(RemoteError error) {
    answered(0);
    if (tracker != null) {
      tracker.finish(IpcOutcome.Status.FAILED, 0);
    }
    reply.fail(error);
  }

  private void answered(int replyBytes) {
    frame.client.traffic.inboundPending(-1);
    frame.client.traffic.replied(Type.RENDERER_INVOKE, replyBytes);
  }

  @Override
  public Type type() {
    return Type.RENDERER_INVOKE;
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
