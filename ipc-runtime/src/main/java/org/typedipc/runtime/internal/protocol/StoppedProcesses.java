package org.typedipc.runtime.internal.protocol;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a process is stopped (SIGSTOP, or halted by a debugger), as Linux's {@code /proc} says.
 * A stopped peer that had flooded its side's credit cannot be told apart on the wire from a live
 * one blocked on that credit: both are silent behind bytes not read yet. Elsewhere, or when the
 * process is gone, this answers {@code false} and only the wire's silence counts.
 */
final class StoppedProcesses {
  private StoppedProcesses() {}

  static boolean isStopped(long pid) {
    String stat;
    try {
      stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    } catch (IOException | SecurityException e) {
      return false;
    }
    // "pid (command) state ...": the command may itself hold spaces and parentheses.
    int end = stat.lastIndexOf(')');
    if (end < 0 || end + 2 >= stat.length()) {
      return false;
    }
    char state = stat.charAt(end + 2);
    return state == 'T' || state == 't';
  }
}
