package test;

import org.typedipc.api.Event;
import org.typedipc.api.IpcEvents;

@IpcEvents
public interface Progress {
  void progress(String task, int percent);

  @Event("jobs:done")
  void done(long jobId);

  void reset();
}
