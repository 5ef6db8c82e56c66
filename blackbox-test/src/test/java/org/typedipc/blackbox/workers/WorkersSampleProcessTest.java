package org.typedipc.blackbox.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.typedipc.api.IpcContract;
import org.typedipc.runtime.IpcMain;
import org.typedipc.samples.workers.WorkersSample;

/**
 * Runs the two-process workers sample as a user runs it, a modular application in its own JVM,
 * and checks what it promises: every job done with the right result, a killed worker relaunched,
 * and no worker process left once main exits.
 */
@Timeout(120)
class WorkersSampleProcessTest {
  private static final String MAIN = "org.typedipc.samples/" + WorkersSample.class.getName();
  private static final Pattern STARTED = Pattern.compile("worker #\\d+ \\(pid (\\d+)\\) started");
  private static final Pattern KILLED = Pattern.compile("killing worker #\\d+ \\(kill -9 (\\d+)\\)");

  @TempDir
  Path output;

  @Test
  void finishesEveryJobAndLeavesNoProcess() throws Exception {
    Run run = runSample();
    assertEquals(0, run.exitCode, run.describe());
    assertTrue(run.stdout.contains("all 8 jobs done; results [55, 110, 165, 220, 275, 330, 385, 440]"), run.describe());
    assertEquals(2, run.startedWorkers().size(), run.describe());
    run.assertNoWorkerAlive();
  }

  @Test
  void survivesTheKillOfAWorkerAndLeavesNoProcess() throws Exception {
    Run run = runSample(WorkersSample.KILL_ONE);
    assertEquals(0, run.exitCode, run.describe());
    assertTrue(run.stdout.contains("all 8 jobs done; results [55, 110, 165, 220, 275, 330, 385, 440]"), run.describe());
    Matcher killed = KILLED.matcher(run.stdout);
    assertTrue(killed.find(), "the sample killed no worker\n" + run.describe());
    long killedPid = Long.parseLong(killed.group(1));
    Set<Long> started = run.startedWorkers();
    assertTrue(started.contains(killedPid), run.describe());
    assertEquals(3, started.size(), "two workers and the relaunch of the killed one\n" + run.describe());
    assertTrue(run.seenChildren.containsAll(started), "the workers were main's children: " + run.seenChildren + "\n" + run.describe());
    assertTrue(run.stdout.contains("wait for its relaunch"), run.describe());
    run.assertNoWorkerAlive();
  }

  @Test
  void refusesAnUnknownArgumentSayingHowToCallIt() throws Exception {
    Run run = runSample("--kill-all");
    assertEquals(2, run.exitCode, run.describe());
    assertTrue(run.stderr.contains("Unknown argument '--kill-all'. Usage: WorkersSample [--kill-one]"), run.describe());
    assertEquals(Set.of(), run.startedWorkers(), run.describe());
  }

  /** Runs the sample's main from the module path, noting the pids of its children while it runs. */
  private Run runSample(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", modulePath(), "--module", MAIN));
    command.addAll(List.of(args));
    Path stdout = output.resolve("stdout.txt");
    Path stderr = output.resolve("stderr.txt");
    Process process = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .start();
    Set<Long> children = new TreeSet<>();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (!process.waitFor(10, TimeUnit.MILLISECONDS)) {
        process.children().forEach(child -> children.add(child.pid()));
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the sample did not finish within 90 s\n" + Files.readString(stdout) + Files.readString(stderr));
        }
      }
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    return new Run(process.exitValue(), Files.readString(stdout), Files.readString(stderr), children);
  }

  /** The jars of the sample, the runtime and the API, as a user's module path. */
  private static String modulePath() {
    return Stream.of(WorkersSample.class, IpcMain.class, IpcContract.class)
        .map(WorkersSampleProcessTest::location)
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Run(int exitCode, String stdout, String stderr, Set<Long> seenChildren) {
    Set<Long> startedWorkers() {
      Set<Long> pids = new TreeSet<>();
      Matcher started = STARTED.matcher(stdout);
      while (started.find()) {
        pids.add(Long.parseLong(started.group(1)));
      }
      return pids;
    }

    /** Main returned from close only once its workers were gone, so none may be alive now. */
    void assertNoWorkerAlive() {
      Set<Long> pids = new TreeSet<>(seenChildren);
      pids.addAll(startedWorkers());
      Set<Long> alive = pids.stream()
          .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
          .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(Set.of(), alive, "worker processes outlived the sample\n" + describe());
      assertTrue(stdout.contains("processes left behind: 0"), describe());
    }

    String describe() {
      return "exit code " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
    }
  }
}
