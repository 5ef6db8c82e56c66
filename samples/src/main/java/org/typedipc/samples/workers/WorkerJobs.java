package org.typedipc.samples.workers;

import java.util.concurrent.CompletableFuture;
import org.typedipc.api.Invoke;
import org.typedipc.api.IpcEvents;

/** Main → worker: what main calls on a worker. */
@IpcEvents
public interface WorkerJobs {
  /** Runs one job and answers with its result; main calls it, the worker's handler answers. */
  @Invoke("jobs:run")
  CompletableFuture<JobResult> run(Job job);
}
