package org.typedipc.samples.workers;

/**
 * One unit of work: {@code steps} steps, each worth {@link #valueOfStep}. The result is a pure
 * function of the job, so main can check whatever a worker reports.
 */
public record Job(int id, int steps) {
  public Job {
    if (steps < 1) {
      throw new IllegalArgumentException("a job has at least one step, job " + id + " has " + steps);
    }
  }

  /** What step {@code step} (1-based) adds to the result. */
  public long valueOfStep(int step) {
    return (long) id * step * step;
  }

  /** The result a worker must report: the sum of every step's value. */
  public long expectedValue() {
    long sum = 0;
    for (int step = 1; step <= steps; step++) {
      sum += valueOfStep(step);
    }
    return sum;
  }
}
