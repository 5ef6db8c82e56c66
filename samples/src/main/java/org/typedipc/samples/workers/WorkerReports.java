package org.typedipc.samples.workers;

import org.typedipc.api.IpcContract;
import org.typedipc.api.Send;

/** Worker → main: how far a job got, while main waits for its result. */
@IpcContract
public interface WorkerReports {
  @Send("jobs:progress")
  void progress(int jobId, int percent);
}
