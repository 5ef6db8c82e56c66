package org.typedipc.runtime.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A real process seen running, stopped by SIGSTOP, and running again after SIGCONT. */
@Timeout(60)
class StoppedProcessesTest {
  @Test
  void seesAProcessStopAndResume() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux's /proc only");
    Process sleeper = new ProcessBuilder("sleep", "60").redirectErrorStream(true).start();
    try {
      assertFalse(StoppedProcesses.isStopped(sleeper.pid()));
      signal("-STOP", sleeper.pid());
      assertTrue(eventually(() -> StoppedProcesses.isStopped(sleeper.pid())), "never seen stopped");
      signal("-CONT", sleeper.pid());
      assertTrue(eventually(() -> !StoppedProcesses.isStopped(sleeper.pid())), "never seen running again");
    } finally {
      sleeper.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    assertFalse(StoppedProcesses.isStopped(sleeper.pid()), "a process that is gone is not stopped");
  }

  @Test
  void thisProcessRuns() {
    assertFalse(StoppedProcesses.isStopped(ProcessHandle.current().pid()));
  }

  private static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 500; i++) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(10);
    }
    return false;
  }

  private static void signal(String signal, long pid) throws Exception {
    Process kill = new ProcessBuilder("kill", signal, Long.toString(pid)).redirectErrorStream(true).start();
    kill.getInputStream().readAllBytes();
    assertEquals(0, kill.waitFor());
  }
}
