package test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import org.typedipc.api.IpcContract;

@IpcContract
public interface Search {
  Flow.Publisher<String> hits(String query, int limit);

  Flow.Publisher<Long> ticks() throws BusyException;

  CompletableFuture<Integer> count(String query);
}
