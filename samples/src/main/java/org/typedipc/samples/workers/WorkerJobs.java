package org.typedipc.samples.workers;

import org.typedipc.api.Event;
import org.typedipc.api.IpcEvents;

/** Main → worker: the jobs main hands a worker. */
@IpcEvents
public interface WorkerJobs {
  @Event("jobs:assign")
  void assign(Job job);
}
