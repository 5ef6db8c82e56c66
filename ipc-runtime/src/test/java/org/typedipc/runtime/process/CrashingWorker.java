package org.typedipc.runtime.process;

/**
 * A worker that dies before it connects: it writes {@link #LINES} numbered lines to standard error,
 * then exits with {@link #EXIT_CODE} ({@code exit}) or throws {@link #FAILURE} ({@code throw}).
 */
public final class CrashingWorker {
  static final int LINES = 30;
  static final int EXIT_CODE = 7;
  static final String FAILURE = "the worker failed on purpose before connecting";

  private CrashingWorker() {}

  public static void main(String[] args) {
    for (int i = 0; i < LINES; i++) {
      System.err.println("worker line " + i);
    }
    if (args[0].equals("throw")) {
      throw new IllegalStateException(FAILURE);
    }
    System.exit(EXIT_CODE);
  }
}
