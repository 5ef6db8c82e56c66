package org.typedipc.samples.workers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.RestartPolicy;

/**
 * A multi-process app: main launches two {@link Worker} processes over the default transport
 * (their standard streams), calls each with its jobs through {@link WorkerJobs} (a typed invoke
 * whose future is the job's result), hears progress through {@link WorkerReports}, and exits once
 * every job is done, leaving no process behind.
 *
 * <p>With {@code --kill-one}, main kills one worker ({@code kill -9}) in the middle of a job: main's
 * pending call fails at once, the restart policy relaunches the worker, and main hands the new
 * worker the jobs the dead one left unfinished.
 * The run ends with the line {@code all 8 jobs done}, or exits with status 1 saying what failed.
 */
public final class WorkersSample {
  /** The argument that kills one worker mid-run. */
  public static final String KILL_ONE = "--kill-one";
  private static final int WORKERS = 2;
  private static final int JOBS = 8;
  private static final int STEPS_PER_JOB = 5;
  /** A job takes a fraction of a second; a worker that takes longer than this has hung. */
  private static final Duration JOB_DEADLINE = Duration.ofSeconds(20);

  private WorkersSample() {}

  public static void main(String[] args) throws Exception {
    boolean killOne = false;
    for (String arg : args) {
      if (arg.equals(KILL_ONE)) {
        killOne = true;
      } else if (!arg.isBlank()) { // the Maven profile passes an empty argument when given none
        System.err.println("Unknown argument '" + arg + "'. Usage: WorkersSample [" + KILL_ONE + "]");
        System.exit(2);
      }
    }
    JobBoard board = new JobBoard(jobs(), WORKERS);
    AtomicBoolean killed = new AtomicBoolean(true);
    String failure = null;

    IpcMainOptions options = IpcMainOptions.defaults().withContracts(WorkerJobsIpc.DESCRIPTOR, WorkerReportsIpc.DESCRIPTOR);
    try (IpcMain ipcMain = IpcMain.create(options)) {
      // Every worker, the first ones and each relaunch, gets its jobs here.
      ipcMain.onRendererCreated(worker -> {
        List<Job> jobs = board.assign(worker.id());
        say("worker #" + worker.id() + " (pid " + worker.processId() + ") started; jobs " + ids(jobs));
        runOneAfterAnother(worker, jobs, board);
      });
      // A worker that goes leaves its unfinished jobs to the next one.
      ipcMain.onRendererGone((worker, gone) -> {
        List<Job> back = board.release(worker.id());
        if (!back.isEmpty()) {
          say("worker #" + worker.id() + " gone (" + gone.reason() + "); jobs " + ids(back) + " wait for its relaunch");
        }
      });

      WorkerReportsIpc.Registrar reports = WorkerReportsIpc.main(ipcMain);
      reports.onProgress((event, jobId, percent) -> {
        say("job " + jobId + ": " + percent + "% (worker #" + event.sender().id() + ")");
        if (percent >= 40 && percent < 100 && killed.compareAndSet(false, true)) {
          say("killing worker #" + event.sender().id() + " (kill -9 " + event.processId() + ")");
          ProcessHandle.of(event.processId()).ifPresent(ProcessHandle::destroyForcibly);
        }
      });

      RendererLaunch worker = RendererLaunch.mainClass(Worker.class.getName())
          .withRestart(RestartPolicy.onAbnormalExit()
              .maxRestarts(3).within(Duration.ofMinutes(1))
              .backoff(Duration.ofMillis(100), Duration.ofSeconds(1))
              .onGiveUp(gone -> board.fail("a worker kept failing: " + gone.detail())));
      List<CompletableFuture<Renderer>> launches = new ArrayList<>();
      for (int i = 0; i < WORKERS; i++) {
        launches.add(ipcMain.launch(worker)); // the workers start side by side
      }
      for (CompletableFuture<Renderer> launch : launches) {
        launch.get(30, TimeUnit.SECONDS);
      }
      killed.set(!killOne); // armed once every worker runs
      try {
        Map<Integer, JobResult> results = board.whenAllDone().toCompletableFuture().get(60, TimeUnit.SECONDS);
        say("all " + results.size() + " jobs done; results " + results.values().stream().map(JobResult::value).toList());
      } catch (Exception e) {
        failure = "the jobs did not finish: " + e;
      }
    } // close ends every worker, and returns once their processes are gone

    long left = ProcessHandle.current().descendants().count();
    say("processes left behind: " + left);
    if (failure == null && left > 0) {
      failure = left + " worker process(es) outlived main's close";
    }
    if (failure != null) {
      System.err.println(failure);
      System.exit(1);
    }
  }

  /**
   * Calls {@code worker} with each job once the previous one is done. A worker that dies fails the
   * pending call at once; its jobs then wait in the board for the relaunch, so the chain just ends.
   */
  private static void runOneAfterAnother(Renderer worker, List<Job> jobs, JobBoard board) {
    WorkerJobs calls = WorkerJobsIpc.to(worker, JOB_DEADLINE);
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (Job job : jobs) {
      chain = chain.thenCompose(previous -> calls.run(job)).thenAccept(result -> board.finish(worker.id(), result));
    }
    chain.exceptionally(failure -> {
      Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
      if (!(cause instanceof IpcDisconnectedException)) {
        board.fail("worker #" + worker.id() + " failed a job: " + cause);
      }
      return null;
    });
  }

  private static List<Job> jobs() {
    List<Job> jobs = new ArrayList<>();
    for (int id = 1; id <= JOBS; id++) {
      jobs.add(new Job(id, STEPS_PER_JOB));
    }
    return jobs;
  }

  private static List<Integer> ids(List<Job> jobs) {
    return jobs.stream().map(Job::id).toList();
  }

  private static void say(String line) {
    System.out.println(line);
  }
}
