package org.typedipc.web.typed;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import org.typedipc.api.IpcContract;

/**
 * What the typed end-to-end test's page calls on main: records, an enum, a sealed interface with
 * an enum variant, Optionals, longs, byte arrays and collections, and a declared exception.
 */
@IpcContract
public interface Shop {
  CompletableFuture<Order> place(Cart cart) throws OutOfStock;

  CompletableFuture<Map<Status, List<Long>>> summary(Set<Status> statuses, Optional<String> customer);

  CompletableFuture<byte[]> sign(long orderId, byte[] payload);

  void track(String what, long at, Optional<Status> status);

  /** The lines restocked for {@code sku}, as a stream; an unknown sku fails with its declared exception. */
  Flow.Publisher<Line> restock(String sku) throws OutOfStock;

  enum Status {
    NEW,
    PAID,
    SHIPPED
  }

  sealed interface Payment permits Card, Voucher, Cash {}

  record Card(String last4, Instant expires) implements Payment {}

  record Voucher(BigDecimal amount) implements Payment {}

  enum Cash implements Payment {
    EXACT,
    CHANGE
  }

  record Line(String sku, int quantity) {}

  record Cart(String customer, List<Line> lines, Payment payment, Optional<String> note, Map<String, Integer> coupons) {}

  record Order(long id, Status status, Cart cart, Set<String> tags, byte[] receipt, Optional<Instant> shipped) {}

  /** Declared by {@link #place}: the page gets its data. */
  final class OutOfStock extends Exception {
    private static final long serialVersionUID = 1L;

    private final String sku;
    private final int available;

    public OutOfStock(String sku, int available) {
      super(sku + ": only " + available + " left");
      this.sku = sku;
      this.available = available;
    }

    public String sku() {
      return sku;
    }

    public int available() {
      return available;
    }
  }
}
