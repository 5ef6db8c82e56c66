package org.typedipc.samples.workers;

/** What a worker reports when it finished a job. */
public record JobResult(int jobId, long value) {}
