package test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcContract;

@IpcContract
public interface Shop {
  record Item(String name, Money price, Optional<Rgb> color) {}

  CompletableFuture<Money> total(List<Item> items, Map<Rgb, Money> discounts);

  void pay(Money amount);
}
