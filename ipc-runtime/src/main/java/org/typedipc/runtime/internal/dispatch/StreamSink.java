package org.typedipc.runtime.internal.dispatch;

import java.util.function.LongConsumer;

/**
 * Where a stream's producer sends its items; a stream is an invoke whose one reply ends it ({@link
 * #succeed} completes, {@link #fail} fails, a cancel of the caller cancels the producer). In-process
 * the consumer's {@link StreamCall} is the sink; across processes the connection writes each item
 * as a packet and carries the consumer's credit back.
 */
public interface StreamSink extends ReplySink {
  /** One encoded item; the producer sends no more items than the credit it was granted. */
  void item(byte[] payload);

  /**
   * Calls {@code credit} with each grant of the consumer, in order, starting with those granted
   * before this call; a grant is positive, and the sum saturates at {@link Long#MAX_VALUE}.
   */
  void onCredit(LongConsumer credit);
}
