package org.typedipc.runtime.internal.main;

import org.typedipc.runtime.internal.messages.Checks;
import org.typedipc.runtime.internal.dispatch.Payloads;
import org.typedipc.runtime.internal.dispatch.RemoteError;
import org.typedipc.runtime.internal.dispatch.ReplySink;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.typedipc.runtime.IpcMainInvokeEvent;

/**
 * One {@code invoke} on main's loop: the first scope with a handler (the sending frame's, the
 * renderer's, then the global one) answers it; the handler's value or stage becomes the reply. It
 * is also the event the handler gets.
 */
final class InvokeDelivery extends FrameDelivery implements IpcMainInvokeEvent {
  private static final System.Logger LOG = System.getLogger("org.typedipc.runtime");

  private final ReplySink reply;

  InvokeDelivery(FrameHandle frame, String channel, byte[] payload, ReplySink reply) {
    super(frame, channel, payload);
    this.reply = reply;
  }

  @Override
  public void run() {
    RendererSession renderer = frame.session();
    MainHandler handler = frame.scope.takeHandler(channel);
    if (handler == null) {
      handler = renderer.scope.takeHandler(channel);
    }
    if (handler == null) {
      handler = renderer.main.takeHandler(channel);
    }
    if (handler == null) {
      LOG.log(System.Logger.Level.WARNING, ErrorMessages.noHandler(channel));
      reply.fail(new RemoteError(RemoteError.Kind.NO_HANDLER, null, null));
      return;
    }
    Object result;
    try {
      result = handler.call.handle(this, this);
    } catch (Exception | Error e) {
      fail(handler, e);
      return;
    }
    if (result instanceof CompletionStage) {
      MainHandler answering = handler;
      ((CompletionStage<?>) result).whenComplete((value, failure) -> {
        if (failure != null) {
          fail(answering, unwrap(failure));
        } else {
          succeed(answering, value);
        }
      });
    } else {
      succeed(handler, result);
    }
  }

  private void succeed(MainHandler handler, Object value) {
    byte[] payload;
    try {
      payload = Payloads.encode(handler.resultCodec, value);
    } catch (RuntimeException e) {
      fail(handler, e);
      return;
    }
    reply.succeed(payload);
  }

  private void fail(MainHandler handler, Throwable failure) {
    if (failure == malformed()) {
      reply.fail(RemoteError.of(failure));
      frame.session().malformedPayload(channel, malformed());
      return;
    }
    RemoteError error = RemoteError.of(failure, handler.exceptions);
    // A declared exception is an answer the contract foresees, not a failure to log.
    if (error.kind() != RemoteError.Kind.DECLARED) {
      LOG.log(System.Logger.Level.WARNING, ErrorMessages.handlerFailedLog(channel), failure);
    }
    reply.fail(error);
    if (failure instanceof VirtualMachineError) {
      throw (VirtualMachineError) failure;
    }
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
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
