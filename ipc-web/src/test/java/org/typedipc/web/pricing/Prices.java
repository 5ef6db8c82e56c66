package org.typedipc.web.pricing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcContract;

/** What the pricing page asks of main: Money in a record, a list, an Optional, and alone; dates beside it. */
@IpcContract
public interface Prices {
  record Quote(String sku, Money price, Optional<Money> discount) {}

  CompletableFuture<Quote> quote(String sku);

  CompletableFuture<Money> total(List<Money> amounts, Money shipping);

  void pay(Money amount);

  /** The day after {@code from}, so a date crosses both ways; {@code at} and {@code placed} cross to main. */
  CompletableFuture<LocalDate> due(LocalDate from, LocalTime at, OffsetDateTime placed);
}
