package test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.typedipc.api.Event;
import org.typedipc.api.Invoke;
import org.typedipc.api.IpcEvents;

@IpcEvents
public interface Worker {
  void progress(String task, int percent);

  @Event("jobs:cancel")
  void cancel(long jobId);

  CompletableFuture<List<String>> index(String folder, int depth) throws BusyException;

  @Invoke("worker:ping")
  CompletionStage<Long> ping();

  CompletableFuture<Void> flush(String reason);
}
