package org.typedipc.runtime.process;

/** A worker that takes its time before connecting, so main can close while its launch is pending. */
public final class SlowStartingWorker {
  private SlowStartingWorker() {}

  public static void main(String[] args) throws InterruptedException {
    Thread.sleep(120_000);
  }
}
