package test;

import java.util.concurrent.CompletableFuture;
import org.typedipc.api.Invoke;
import org.typedipc.api.Send;

// Not a contract itself: the kind annotations take effect in the contracts that extend it.
public interface Lifecycle {
  @Send("lifecycle:ping")
  void ping(String from);

  @Invoke
  CompletableFuture<Void> shutdown();
}
