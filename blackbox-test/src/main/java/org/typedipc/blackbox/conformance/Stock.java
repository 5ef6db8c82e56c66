package org.typedipc.blackbox.conformance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.typedipc.api.Invoke;
import org.typedipc.api.IpcContract;
import org.typedipc.api.SendSync;

/** Channels whose handlers may fail with the checked exceptions they declare. */
@IpcContract
public interface Stock {
  @Invoke("stock:reserve")
  CompletableFuture<String> reserve(String item, int wanted) throws OutOfStock, Refused;

  @SendSync("stock:reserve-sync")
  String reserveSync(String item, int wanted) throws OutOfStock, Refused;

  /** Declares a subtype before its supertype: the caller gets the most specific. */
  @Invoke("stock:discontinue")
  CompletableFuture<Void> discontinue(String item) throws Discontinued, OutOfStock;

  /** A declared exception whose data are a string, a number, a list and an optional instant. */
  class OutOfStock extends Exception {
    private static final long serialVersionUID = 1L;

    private final String item;
    private final int available;
    private final List<String> alternatives;
    private final transient Optional<Instant> restock;

    public OutOfStock(String item, int available, List<String> alternatives, Optional<Instant> restock) {
      super(item + ": only " + available + " left");
      this.item = item;
      this.available = available;
      this.alternatives = List.copyOf(alternatives);
      this.restock = restock;
    }

    public String item() {
      return item;
    }

    public int available() {
      return available;
    }

    public List<String> alternatives() {
      return alternatives;
    }

    public Optional<Instant> restock() {
      return restock;
    }
  }

  /** A subtype of a declared exception, declared too. */
  class Discontinued extends OutOfStock {
    private static final long serialVersionUID = 1L;

    private final String successor;

    public Discontinued(String item, String successor) {
      super(item, 0, List.of(successor), Optional.empty());
      this.successor = successor;
    }

    public String getSuccessor() {
      return successor;
    }
  }

  /** A declared exception whose only data is its message, read through {@code getMessage()}. */
  class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    public Refused(String message) {
      super(message);
    }
  }
}
