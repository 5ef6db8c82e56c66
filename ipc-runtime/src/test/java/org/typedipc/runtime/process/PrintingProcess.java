package org.typedipc.runtime.process;

/** A process that is no renderer: it prints to its standard output, as a misconfigured child would. */
public final class PrintingProcess {
  private PrintingProcess() {}

  public static void main(String[] args) throws InterruptedException {
    System.out.println("hello from a process that is not a renderer");
    System.out.flush();
    Thread.sleep(10_000);
  }
}
