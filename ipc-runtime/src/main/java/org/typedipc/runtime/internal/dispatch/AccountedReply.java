package org.typedipc.runtime.internal.dispatch;

import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * Keeps a reply's shape when a delivery puts its own accounting in front of it: a stream's sink
 * stays a {@link StreamSink}, so its handler still streams, while the stream's end goes through the
 * delivery that counts it and each item's size to the stats.
 */
public final class AccountedReply {
  private AccountedReply() {}

  /**
   * The sink a handler answers to: {@code accounting} itself for a single reply, or for a stream a
   * sink whose items and credit go straight to {@code original}, each item's size to {@code
   * itemBytes} unless the stream was cancelled, and whose end goes to {@code accounting}.
   */
  public static ReplySink of(ReplySink accounting, ReplySink original, IntConsumer itemBytes) {
    if (!(original instanceof StreamSink)) {
      return accounting;
    }
    StreamSink stream = (StreamSink) original;
    return new StreamSink() {
      @Override
      public void item(byte[] payload) {
        if (!stream.isCancelled()) {
          itemBytes.accept(payload.length);
        }
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

  /** {@code stream} as its opener hands it to the link: the same sink, each item's size also going to {@code itemBytes}. */
  public static StreamSink counted(StreamSink stream, IntConsumer itemBytes) {
    return (StreamSink) of(stream, stream, itemBytes);
  }
}
