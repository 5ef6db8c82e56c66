package org.typedipc.runtime.internal.dispatch;

/**
 * Tells the peer that the caller of one request stopped waiting. One per connection, so that a
 * call keeps it and its request id rather than an action of its own (see {@link
 * ReplySink#onCancel(RequestCanceller, long)}).
 */
@FunctionalInterface
public interface RequestCanceller {
  void cancel(long requestId);
}
