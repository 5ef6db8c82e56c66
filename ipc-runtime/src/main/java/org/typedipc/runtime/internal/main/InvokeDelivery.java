package org.typedipc.runtime.internal.main;

import org.typedipc.runtime.IpcMainInvokeEvent;
import org.typedipc.runtime.internal.dispatch.InvokeHandler;
import org.typedipc.runtime.internal.dispatch.ReplySink;
import org.typedipc.runtime.internal.messages.Checks;

/**
 * One {@code invoke} on main's loop: the first scope with a handler (the sending frame's, the
 * renderer's, then the global one) answers it; the handler's value or stage becomes the reply. It
 * is also the event the handler gets.
 */
final class InvokeDelivery extends FrameDelivery implements IpcMainInvokeEvent {
  private final ReplySink reply;

  InvokeDelivery(FrameHandle frame, String channel, byte[] payload, ReplySink reply) {
    super(frame, channel, payload);
    this.reply = reply;
  }

  @Override
  public void run() {
    RendererSession renderer = frame.session();
    InvokeHandler<IpcMainInvokeEvent> handler = frame.scope.takeHandler(channel);
    if (handler == null) {
      handler = renderer.scope.takeHandler(channel);
    }
    if (handler == null) {
      handler = renderer.main.takeHandler(channel);
    }
    if (handler == null) {
      InvokeHandler.noHandler(channel, reply, renderer.main.warnings, renderer.id());
    } else {
      handler.answer(this, this, reply, renderer.main.warnings, renderer.id());
      if (malformed() != null) {
        renderer.malformedPayload(channel, malformed());
      }
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
