package org.typedipc.blackbox.custom;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcContract;

/** Channels whose values hold types with declared codecs, at every kind of position. */
@IpcContract
public interface Shop {
  CompletableFuture<Money> total(List<Money> prices);

  CompletableFuture<Basket> echo(Basket basket);

  void paint(Rgb color, Money price);

  /** Declared-codec types inside a record, a map, an optional and an array, and nullable. */
  record Basket(Map<String, Money> items, Optional<Money> discount, Rgb wrapping, List<Money> history, Money tip) {}
}
