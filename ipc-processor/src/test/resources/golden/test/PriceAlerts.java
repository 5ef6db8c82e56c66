package test;

import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcEvents;

@IpcEvents
public interface PriceAlerts {
  void changed(String sku, Money price);

  CompletableFuture<Money> offer(Money asked);
}
