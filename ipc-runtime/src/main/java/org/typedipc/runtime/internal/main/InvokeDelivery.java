package org.typedipc.runtime.internal.main;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import org.typedipc.runtime.IpcMainInvokeEvent;
import org.typedipc.runtime.IpcOutcome;
import org.typedipc.runtime.internal.dispatch.AccountedReply;
import org.typedipc.runtime.internal.dispatch.CallTracker;
import org.typedipc.runtime.internal.dispatch.RemoteError;
import org.typedipc.runtime.internal.dispatch.InvokeHandler;
import org.typedipc.runtime.internal.dispatch.ReplySink;
import org.typedipc.runtime.internal.dispatch.StreamSink;
import org.typedipc.runtime.internal.messages.Checks;
import org.typedipc.runtime.spi.WireWriter;

/**
 * One {@code invoke} on main's loop: the first scope with a handler (the sending frame's, the
 * renderer's, then the global one) answers it; the handler's value or stage becomes the reply. It
 * is also the event the handler gets.
 */
final class InvokeDelivery extends FrameDelivery implements IpcMainInvokeEvent, ReplySink {
  private final ReplySink reply;
  /** The interceptors' tracker, or null; set before the handler runs. */
  private CallTracker tracker;
  /** 1 once the end was counted (a field, not an object per call). */
  private volatile int endCounted;
  private static final AtomicIntegerFieldUpdater<InvokeDelivery> END_COUNTED = AtomicIntegerFieldUpdater.newUpdater(InvokeDelivery.class, "endCounted");

  InvokeDelivery(FrameHandle frame, String channel, byte[] payload, ReplySink reply) {
    super(frame, channel, payload);
    this.reply = reply;
  }

  /** An invoke whose arguments the calling thread lends until it ends the loan. */
  InvokeDelivery(FrameHandle frame, String channel, byte[] lent, int length, ReplySink reply) {
    super(frame, channel, lent, length);
    this.reply = reply;
  }

  /** An invoke whose arguments the calling thread lends from a direct buffer until it ends the loan. */
  InvokeDelivery(FrameHandle frame, String channel, ByteBuffer lent, ReplySink reply) {
    super(frame, channel, lent);
    this.reply = reply;
  }

  @Override
  public Type type() {
    return Type.INVOKE;
  }

  @Override
  public void run() {
    tracker = intercept(reply);
    if (tracker == REFUSED) {
      return;
    }
    RendererSession renderer = frame.session();
    renderer.inboundPending(1);
    if (reply instanceof StreamSink) {
      // A cancelled stream's producer may never end it: it stops counting as pending now.
      reply.onCancel(() -> answered(IpcOutcome.Status.FAILED, 0));
    }
    long start = System.nanoTime();
    dispatch(renderer);
    renderer.handled(System.nanoTime() - start);
    if (tracker == null && !renderer.main.interception.mayKeep(type())) {
      argsSettled(); // the handler took its arguments, and no interceptor or recording may ask again
    }
  }

  private void dispatch(RendererSession renderer) {
    InvokeHandler<IpcMainInvokeEvent> handler = frame.scope.takeHandler(channel);
    if (handler == null) {
      handler = renderer.scope.takeHandler(channel);
    }
    if (handler == null) {
      handler = renderer.main.takeHandler(channel);
    }
    if (handler == null) {
      InvokeHandler.noHandler(channel, this, renderer.main.warnings, renderer.id());
    } else {
      ReplySink accounted = AccountedReply.of(this, reply, renderer.invokeStreamItems);
      handler.answer(this, this, accounted, renderer.main.warnings, renderer.id());
      if (malformed() != null) {
        renderer.malformedPayload(channel, malformed());
      }
    }
  }

  // ---- ReplySink: the handler's answer, on its way to the caller ----

  @Override
  public void succeed(byte[] payload) {
    answered(IpcOutcome.Status.SUCCEEDED, payload.length);
    reply.succeed(payload);
  }

  @Override
  public void succeed(WireWriter encoded) {
    answered(IpcOutcome.Status.SUCCEEDED, encoded.size());
    reply.succeed(encoded);
  }

  @Override
  public void fail(RemoteError error) {
    answered(IpcOutcome.Status.FAILED, 0);
    reply.fail(error);
  }

  /** Counts the end of the call once, be it the reply or, for a stream, a cancel. */
  private void answered(IpcOutcome.Status status, int replyBytes) {
    if (!END_COUNTED.compareAndSet(this, 0, 1)) {
      return;
    }
    frame.session().inboundPending(-1);
    if (!(reply instanceof StreamSink)) {
      frame.session().replied(Type.INVOKE, replyBytes);
    }
    if (tracker != null) {
      tracker.finish(status, replyBytes);
    }
  }

  // ---- IpcMainInvokeEvent ----

  @Override
  public boolean isCancelled() {
    return reply.isCancelled();
  }

  @Override
  public void onCancel(Runnable action) {
    reply.onCancel(Checks.requireListener(action, "cancel action"));
  }
}
