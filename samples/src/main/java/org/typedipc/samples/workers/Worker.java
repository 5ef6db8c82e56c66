package org.typedipc.samples.workers;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;

/**
 * A worker renderer of {@link WorkersSample}: it performs the jobs main assigns, one after the
 * other, and reports progress and results. Main launches it; it lives until main closes its
 * connection (or main's process ends), and then exits.
 */
public final class Worker {
  /** How long one step of a job takes, so that a run lasts long enough to kill a worker in it. */
  static final long STEP_MILLIS = 60;

  private Worker() {}

  public static void main(String[] args) {
    // Listeners must not block the renderer's deliveries: the jobs run on a thread of their own,
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
      WorkerJobsIpc.renderer(ipcRenderer).onAssign((event, job) -> jobs.execute(() -> perform(job, reports)));
    }); // returns once the connection closed; main then returns and the process exits
  }

  private static void perform(Job job, WorkerReports reports) {
    try {
      long value = 0;
      for (int step = 1; step <= job.steps(); step++) {
        Thread.sleep(STEP_MILLIS);
        value += job.valueOfStep(step);
        reports.progress(job.id(), 100 * step / job.steps());
      }
      reports.done(new JobResult(job.id(), value));
    } catch (IpcDisconnectedException e) {
      // Main closed the connection: nobody waits for this job any more.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
