package org.typedipc.web.typed;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import org.typedipc.api.IpcEvents;

/** What main sends to and asks of the typed end-to-end test's page. */
@IpcEvents
public interface ShopEvents {
  void shipped(Shop.Order order, long at);

  /** The page rates an order, or declines with its declared exception. */
  CompletableFuture<Rating> rate(Shop.Order order) throws NotRated;

  /** The page picks {@code count} lines, as a stream main reads. */
  Flow.Publisher<Shop.Line> picks(int count);

  record Rating(int stars, Optional<String> comment) {}

  /** Thrown by the page's handler: main gets this exception itself. */
  final class NotRated extends Exception {
    private static final long serialVersionUID = 1L;

    private final long orderId;

    public NotRated(long orderId, String message) {
      super(message);
      this.orderId = orderId;
    }

    public long orderId() {
      return orderId;
    }
  }
}
