package org.typedipc.samples.workers;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;

/**
 * A worker renderer of {@link WorkersSample}: it answers main's {@link WorkerJobs#run} calls, one
 * job after the other, and reports progress as it goes. Main launches it; it lives until main
 * closes its connection (or main's process ends), and then exits.
 */
public final class Worker {
  /** How long one step of a job takes, so that a run lasts long enough to kill a worker in it. */
  static final long STEP_MILLIS = 60;

  private Worker() {}

  public static void main(String[] args) {
    // Handlers must not block the renderer's deliveries: the jobs run on a thread of their own,
    // a daemon, so that it never keeps the process alive once the connection is closed.
    ExecutorService jobs = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "jobs");
      thread.setDaemon(true);
      return thread;
    });
    RendererOptions options = RendererOptions.defaults().withContracts(WorkerJobsIpc.DESCRIPTOR, WorkerReportsIpc.DESCRIPTOR);
    RendererProcess.run(options, connection -> {
      IpcRenderer ipcRenderer = connection.ipcRenderer();
      WorkerReports reports = WorkerReportsIpc.renderer(ipcRenderer);
      WorkerJobsIpc.renderer(ipcRenderer).handleRunAsync((event, job) -> CompletableFuture.supplyAsync(() -> perform(job, reports), jobs));
    }); // returns once the connection closed; main then returns and the process exits
  }

  private static JobResult perform(Job job, WorkerReports reports) {
    long value = 0;
    for (int step = 1; step <= job.steps(); step++) {
      try {
        Thread.sleep(STEP_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("job " + job.id() + " interrupted");
      }
      value += job.valueOfStep(step);
      try {
        reports.progress(job.id(), 100 * step / job.steps());
      } catch (IpcDisconnectedException e) {
        // Main closed the connection: nobody waits for this job any more.
        throw new CancellationException("main is gone");
      }
    }
    return new JobResult(job.id(), value);
  }
}
