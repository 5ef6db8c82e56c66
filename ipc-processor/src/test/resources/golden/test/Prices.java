package test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcContract;

@IpcContract
public interface Prices {
  record Quote(String sku, Money price, Optional<Money> discount) {}

  CompletableFuture<Quote> quote(String sku);

  CompletableFuture<Money> total(List<Money> amounts, Money shipping);

  void pay(Money amount);
}
