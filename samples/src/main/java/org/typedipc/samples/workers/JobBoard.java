package org.typedipc.samples.workers;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Main's bookkeeping in {@link WorkersSample}: which worker holds which unfinished job. A worker
 * that comes takes its share of the waiting jobs; the unfinished jobs of a worker that goes wait
 * for the next one. Called from main's listeners, on whatever thread they run.
 */
final class JobBoard {
  private final int share;
  private final Deque<Job> waiting = new ArrayDeque<>();
  private final Map<Integer, List<Job>> held = new HashMap<>();
  private final Map<Integer, Job> unfinished = new HashMap<>();
  private final Map<Integer, JobResult> results = new TreeMap<>();
  private final CompletableFuture<Map<Integer, JobResult>> allDone = new CompletableFuture<>();

  /** {@code jobs} shared among {@code workers} workers. */
  JobBoard(List<Job> jobs, int workers) {
    this.share = (jobs.size() + workers - 1) / workers;
    waiting.addAll(jobs);
    jobs.forEach(job -> unfinished.put(job.id(), job));
  }

  /** Hands worker {@code workerId} its share of the waiting jobs; returns them, to send. */
  synchronized List<Job> assign(int workerId) {
    List<Job> taken = held.computeIfAbsent(workerId, id -> new ArrayList<>());
    List<Job> assigned = new ArrayList<>();
    while (taken.size() < share && !waiting.isEmpty()) {
      Job job = waiting.pollFirst();
      taken.add(job);
      assigned.add(job);
    }
    return assigned;
  }

  /** Worker {@code workerId} went: its unfinished jobs wait for the next worker; returns them. */
  synchronized List<Job> release(int workerId) {
    List<Job> back = held.getOrDefault(workerId, List.of());
    held.remove(workerId);
    for (int i = back.size() - 1; i >= 0; i--) {
      waiting.addFirst(back.get(i));
    }
    return back;
  }

  /** Records a result; a wrong value fails the whole run. */
  synchronized void finish(int workerId, JobResult result) {
    Job job = unfinished.get(result.jobId());
    if (job == null) {
      return; // already done by an earlier worker
    }
    if (result.value() != job.expectedValue()) {
      fail("job " + job.id() + " reported " + result.value() + ", expected " + job.expectedValue());
      return;
    }
    unfinished.remove(job.id());
    held.getOrDefault(workerId, new ArrayList<>()).remove(job);
    results.put(job.id(), result);
    if (unfinished.isEmpty()) {
      allDone.complete(Collections.unmodifiableMap(new TreeMap<>(results)));
    }
  }

  /** Ends the run with {@code why}. */
  void fail(String why) {
    allDone.completeExceptionally(new IllegalStateException(why));
  }

  /** Completes with every job's result, by job id, once all are done. */
  CompletionStage<Map<Integer, JobResult>> whenAllDone() {
    return allDone;
  }
}
