package org.typedipc.blackbox.conformance;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.typedipc.api.Event;
import org.typedipc.api.Invoke;
import org.typedipc.api.IpcEvents;

/** What main calls on a renderer in the typed conformance suite: an event and invokes it answers. */
@IpcEvents
public interface Tasks {
  @Event("tasks:progress")
  void progress(String task, int percent);

  @Invoke("tasks:run")
  CompletableFuture<Report> run(String task, int size) throws Busy;

  @Invoke("tasks:describe")
  CompletionStage<String> describe(String task);

  @Invoke("tasks:stall")
  CompletableFuture<Void> stall();

  /** What a renderer answers {@link #run} with. */
  record Report(String task, int processed, List<String> log) {}

  /** A declared exception of {@link #run}, with data. */
  class Busy extends Exception {
    private static final long serialVersionUID = 1L;

    private final int queued;

    public Busy(int queued) {
      super(queued + " tasks queued");
      this.queued = queued;
    }

    public int queued() {
      return queued;
    }
  }
}
