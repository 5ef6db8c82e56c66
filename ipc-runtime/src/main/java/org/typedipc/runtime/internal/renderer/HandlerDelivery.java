package org.typedipc.runtime.internal.renderer;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import org.typedipc.runtime.IpcOutcome;
import org.typedipc.runtime.internal.dispatch.AccountedReply;
import org.typedipc.runtime.internal.dispatch.CallTracker;
import org.typedipc.runtime.internal.dispatch.RemoteError;
import org.typedipc.runtime.IpcRendererInvokeEvent;
import org.typedipc.runtime.internal.dispatch.InvokeHandler;
import org.typedipc.runtime.internal.dispatch.ReplySink;
import org.typedipc.runtime.internal.dispatch.StreamSink;
import org.typedipc.runtime.internal.dispatch.TrafficCounters;
import org.typedipc.runtime.internal.messages.Checks;
import org.typedipc.runtime.spi.WireWriter;

/**
 * One invoke from main, on the renderer's loop: the frame's handler answers it, its value or stage
 * becoming the reply. It is also the event the handler gets.
 */
final class HandlerDelivery extends MainDelivery implements IpcRendererInvokeEvent, ReplySink {
  private final ReplySink reply;
  /** The interceptors' tracker, or null; set before the handler runs. */
  private CallTracker tracker;
  /** 1 once the end was counted (a field, not an object per call). */
  private volatile int endCounted;
  private static final AtomicIntegerFieldUpdater<HandlerDelivery> END_COUNTED = AtomicIntegerFieldUpdater.newUpdater(HandlerDelivery.class, "endCounted");

  HandlerDelivery(FrameState frame, String channel, byte[] payload, ReplySink reply) {
    super(frame, channel, payload);
    this.reply = reply;
  }

  /** As {@link #HandlerDelivery(FrameState, String, byte[], ReplySink)}, with arguments lent by the calling thread. */
  HandlerDelivery(FrameState frame, String channel, byte[] lent, int length, ReplySink reply) {
    super(frame, channel, lent, length);
    this.reply = reply;
  }

  /** As {@link #HandlerDelivery(FrameState, String, byte[], ReplySink)}, with arguments lent from a direct buffer by the calling thread. */
  HandlerDelivery(FrameState frame, String channel, ByteBuffer lent, ReplySink reply) {
    super(frame, channel, lent);
    this.reply = reply;
  }

  @Override
  void deliverOnLoop() {
    TrafficCounters traffic = frame.client.traffic;
    if (reply instanceof StreamSink) {
      traffic.streamOpened(Type.RENDERER_INVOKE, payloadBytes());
    } else {
      traffic.count(Type.RENDERER_INVOKE, payloadBytes());
    }
    try {
      tracker = frame.client.interception.enter(this);
    } catch (RuntimeException refused) {
      traffic.denied();
      reply.fail(RemoteError.of(refused));
      return;
    }
    traffic.inboundPending(1);
    if (reply instanceof StreamSink) {
      // A cancelled stream's producer may never end it: it stops counting as pending now.
      reply.onCancel(() -> ended(IpcOutcome.Status.FAILED, 0));
    }
    long start = System.nanoTime();
    dispatch();
    traffic.handlerTime(System.nanoTime() - start);
    if (tracker == null && !frame.client.interception.mayKeep(type())) {
      argsSettled(); // the handler took its arguments, and no interceptor or recording may ask again
    }
  }

  private void dispatch() {
    InvokeHandler<IpcRendererInvokeEvent> handler = frame.handlers.take(channel);
    if (handler == null) {
      InvokeHandler.noHandler(channel, this, RendererClient.WARNINGS, 0);
    } else {
      ReplySink accounted = AccountedReply.of(this, reply, frame.client.rendererInvokeStreamItems);
      handler.answer(this, this, accounted, RendererClient.WARNINGS, 0);
      if (malformed() != null) {
        frame.client.malformedPayload(channel, malformed());
      }
    }
  }

  @Override
  public void succeed(byte[] payload) {
    ended(IpcOutcome.Status.SUCCEEDED, payload.length);
    reply.succeed(payload);
  }

  @Override
  public void succeed(WireWriter encoded) {
    ended(IpcOutcome.Status.SUCCEEDED, encoded.size());
    reply.succeed(encoded);
  }

  @Override
  public void fail(RemoteError error) {
    ended(IpcOutcome.Status.FAILED, 0);
    reply.fail(error);
  }

  /** Counts the end of the call once, be it the reply or, for a stream, a cancel. */
  private void ended(IpcOutcome.Status status, int replyBytes) {
    if (!END_COUNTED.compareAndSet(this, 0, 1)) {
      return;
    }
    frame.client.traffic.inboundPending(-1);
    if (!(reply instanceof StreamSink)) {
      frame.client.traffic.replied(Type.RENDERER_INVOKE, replyBytes);
    }
    if (tracker != null) {
      tracker.finish(status, replyBytes);
    }
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
