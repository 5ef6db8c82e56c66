package org.typedipc.web.pricing;

import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcEvents;

/** What main sends to and asks of the pricing page. */
@IpcEvents
public interface PriceEvents {
  void changed(String sku, Money price);

  /** The page's counter-offer. */
  CompletableFuture<Money> offer(Money asked);
}
