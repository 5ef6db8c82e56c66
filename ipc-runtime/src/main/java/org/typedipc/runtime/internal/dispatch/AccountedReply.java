package org.typedipc.runtime.internal.dispatch;

import java.util.function.LongConsumer;

/**
 * Keeps a reply's shape when a delivery puts its own accounting in front of it: a stream's sink
 * stays a {@link StreamSink}, so its handler still streams, while the stream's end goes through the
 * delivery that counts it.
 */
public final class AccountedReply {
  private AccountedReply() {}

  /**
   * The sink a handler answers to: {@code accounting} itself for a single reply, or for a stream a
   * sink whose items and credit go straight to {@code original} and whose end goes to {@code accounting}.
   */
  public static ReplySink of(ReplySink accounting, ReplySink original) {
    if (!(original instanceof StreamSink)) {
      return accounting;
    }
    StreamSink stream = (StreamSink) original;
    return new StreamSink() {
      @Override
      public void item(byte[] payload) {
        stream.item(payload);
      }

      @Override
      public void onCredit(LongConsumer credit) {
        stream.onCredit(credit);
      }

      @Override
      public void succeed(byte[] payload) {
        accounting.succeed(payload);
      }

      @Override
      public void fail(RemoteError error) {
        accounting.fail(error);
      }

      @Override
      public boolean isCancelled() {
        return accounting.isCancelled();
      }

      @Override
      public void onCancel(Runnable action) {
        accounting.onCancel(action);
      }
    };
  }
}
