package org.typedipc.runtime.internal.dispatch;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import org.typedipc.runtime.IpcWarning;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.DeclaredExceptions;
import org.typedipc.runtime.spi.WireWriter;

/**
 * A user's invoke handler, string or typed, in main ({@code ipcMain.handle}) or in a renderer
 * ({@code ipcRenderer.handle}), and how it answers one call: its value or stage becomes the reply,
 * its failure a remote error.
 *
 * @param <E> the event the handler gets
 */
public final class InvokeHandler<E> {
  /** Calls the user handler with decoded arguments. */
  @FunctionalInterface
  public interface Call<E> {
    Object handle(E event, InboundMessage message) throws Exception;
  }

  final boolean once;
  private final Call<E> call;
  private final Codec<Object> resultCodec;
  private final DeclaredExceptions exceptions;

  @SuppressWarnings("unchecked")
  InvokeHandler(Call<E> call, Codec<?> resultCodec, DeclaredExceptions exceptions, boolean once) {
    this.call = call;
    this.resultCodec = (Codec<Object>) resultCodec;
    this.exceptions = exceptions;
    this.once = once;
  }

  /**
   * Runs the handler for {@code message} and sends its outcome to {@code reply}; a failure the
   * contract does not declare also goes to {@code warnings}.
   */
  public void answer(E event, InboundMessage message, ReplySink reply, Warnings warnings, int rendererId) {
    Object result;
    try {
      result = call.handle(event, message);
    } catch (Exception | Error e) {
      if (message.isSendersFault(e)) {
        // Past a limit, or the peer broke the protocol (the caller drops it): no stack trace.
        reply.fail(RemoteError.of(e));
        return;
      }
      fail(message.channel, reply, e, warnings, rendererId);
      return;
    }
    if (reply instanceof StreamSink || result instanceof Flow.Publisher) {
      stream(message.channel, reply, result, warnings, rendererId);
    } else if (result instanceof CompletionStage) {
      ((CompletionStage<?>) result).whenComplete((value, failure) -> {
        if (failure != null) {
          fail(message.channel, reply, unwrap(failure), warnings, rendererId);
        } else {
          succeed(message.channel, reply, value, warnings, rendererId);
        }
      });
    } else {
      succeed(message.channel, reply, result, warnings, rendererId);
    }
  }

  /**
   * Answers a stream with the publisher the handler returned; a stream's handler that returns
   * anything else, or a publisher returned to an invoke, fails the call with a text that says so.
   */
  private void stream(String channel, ReplySink reply, Object result, Warnings warnings, int rendererId) {
    if (!(reply instanceof StreamSink)) {
      fail(channel, reply, new IllegalStateException(ErrorMessages.publisherToInvoke(channel)), warnings, rendererId);
    } else if (!(result instanceof Flow.Publisher)) {
      fail(channel, reply, new IllegalStateException(ErrorMessages.notAPublisher(channel, result)), warnings, rendererId);
    } else {
      ((Flow.Publisher<?>) result).subscribe(
          new StreamProducer(channel, (StreamSink) reply, resultCodec, exceptions, warnings, rendererId));
    }
  }

  /** Answers a call on {@code channel} that no handler serves, as Electron does. */
  public static void noHandler(String channel, ReplySink reply, Warnings warnings, int rendererId) {
    warnings.expected(System.Logger.Level.WARNING,
        new IpcWarning(IpcWarning.Kind.NO_HANDLER, channel, rendererId, ErrorMessages.noHandler(channel), null));
    reply.fail(new RemoteError(RemoteError.Kind.NO_HANDLER, null, null));
  }

  private void succeed(String channel, ReplySink reply, Object value, Warnings warnings, int rendererId) {
    WireWriter encoded;
    try {
      encoded = Payloads.lend(resultCodec, value);
    } catch (RuntimeException e) {
      fail(channel, reply, e, warnings, rendererId);
      return;
    }
    try {
      reply.succeed(encoded);
    } finally {
      Payloads.giveBack(encoded);
    }
  }

  private void fail(String channel, ReplySink reply, Throwable failure, Warnings warnings, int rendererId) {
    RemoteError error = RemoteError.of(failure, exceptions);
    // A declared exception is an answer the contract foresees, not a failure to log.
    if (error.kind() != RemoteError.Kind.DECLARED) {
      warnings.expected(System.Logger.Level.WARNING, new IpcWarning(
          IpcWarning.Kind.HANDLER_FAILED, channel, rendererId, ErrorMessages.handlerFailedLog(channel), failure));
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
}
