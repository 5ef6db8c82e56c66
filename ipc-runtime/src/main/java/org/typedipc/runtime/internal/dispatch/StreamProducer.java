package org.typedipc.runtime.internal.dispatch;

import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import org.typedipc.runtime.IpcWarning;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.DeclaredExceptions;

/**
 * The producer's end of one stream: subscribes to the publisher a handler returned, requests
 * exactly the credit the consumer grants, encodes each item into the {@link StreamSink}, and turns
 * completion and failure into the stream's reply. The consumer's cancel, or its side going away,
 * cancels the publisher's subscription.
 */
final class StreamProducer implements Flow.Subscriber<Object> {
  private static final byte[] NOTHING = new byte[0];

  private final String channel;
  private final StreamSink sink;
  private final Codec<Object> itemCodec;
  private final DeclaredExceptions exceptions;
  private final Warnings warnings;
  private final int rendererId;
  /** Credit granted but not yet used. */
  private final AtomicLong credit = new AtomicLong();
  private volatile Flow.Subscription subscription;

  /** Reports a publisher's failure the contract does not declare to {@code warnings}, about {@code rendererId}. */
  StreamProducer(String channel, StreamSink sink, Codec<Object> itemCodec, DeclaredExceptions exceptions, Warnings warnings,
      int rendererId) {
    this.channel = channel;
    this.sink = sink;
    this.itemCodec = itemCodec;
    this.exceptions = exceptions;
    this.warnings = warnings;
    this.rendererId = rendererId;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    if (subscription != null) {
      s.cancel(); // rule 2.5
      return;
    }
    subscription = s;
    sink.onCancel(s::cancel);
    sink.onCredit(n -> {
      credit.accumulateAndGet(n, CreditGate::saturatedAdd);
      s.request(n);
    });
  }

  @Override
  public void onNext(Object item) {
    if (credit.getAndUpdate(c -> c == Long.MAX_VALUE ? c : c - 1) <= 0) {
      subscription.cancel();
      onError(new IllegalStateException(ErrorMessages.publisherBeyondDemand(channel)));
      return;
    }
    byte[] payload;
    try {
      payload = Payloads.encode(itemCodec, item);
    } catch (RuntimeException e) {
      subscription.cancel();
      onError(e);
      return;
    }
    sink.item(payload);
  }

  @Override
  public void onError(Throwable failure) {
    RemoteError error = RemoteError.of(failure, exceptions);
    if (error.kind() != RemoteError.Kind.DECLARED && !sink.isCancelled()) {
      warnings.expected(System.Logger.Level.WARNING, new IpcWarning(
          IpcWarning.Kind.HANDLER_FAILED, channel, rendererId, ErrorMessages.handlerFailedLog(channel), failure));
    }
    sink.fail(error);
  }

  @Override
  public void onComplete() {
    sink.succeed(NOTHING);
  }
}
