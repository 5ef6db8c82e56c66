package org.typedipc.runtime.process;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.TransportKind;

/** A launched worker that dies before the handshake fails the launch with its exit code and last words. */
@Timeout(120)
class CrashBeforeConnectingTest {
  private IpcMain main;

  @BeforeEach
  void createMain() {
    main = IpcMain.create();
  }

  @AfterEach
  void closeMain() {
    main.close();
  }

  private String launchFailure(RendererLaunch launch) {
    ExecutionException e = assertThrows(ExecutionException.class, () -> main.launch(launch).get(60, TimeUnit.SECONDS));
    assertInstanceOf(IpcException.class, e.getCause());
    return e.getCause().getMessage();
  }

  /** The message names the exit code and holds the last twenty lines, not the earlier ones. */
  private static void assertShowsTheLastLines(String message, int exitCode) {
    assertTrue(message.contains("exited with code " + exitCode), message);
    assertTrue(message.contains("worker line " + (CrashingWorker.LINES - 1)), message);
    assertTrue(message.contains("worker line " + (CrashingWorker.LINES - 20)), message);
    assertFalse(message.contains("worker line " + (CrashingWorker.LINES - 21) + "\n"), message);
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void exitBeforeConnectingReportsTheExitCodeAndTheLastLinesWhileForwardingThemAll(TransportKind transport) throws Exception {
    ByteArrayOutputStream forwarded = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(forwarded, true, StandardCharsets.UTF_8));
    String message;
    try {
      message = launchFailure(RendererLaunch.mainClass(CrashingWorker.class.getName()).withArgs("exit").withTransport(transport));
    } finally {
      System.setErr(original);
    }
    assertShowsTheLastLines(message, CrashingWorker.EXIT_CODE);
    String all = forwarded.toString(StandardCharsets.UTF_8);
    for (int i = 0; i < CrashingWorker.LINES; i++) {
      assertTrue(all.contains("worker line " + i + System.lineSeparator()), all);
    }
  }

  @Test
  void exceptionBeforeConnectingReportsItFromTheErrorFile(@TempDir Path directory) throws Exception {
    Path errors = directory.resolve("worker.err");
    Files.writeString(errors, "an earlier run wrote this\n");
    String message = launchFailure(RendererLaunch.mainClass(CrashingWorker.class.getName()).withArgs("throw")
        .withErrorOutput(errors));
    assertTrue(message.contains("exited with code 1"), message);
    assertTrue(message.contains(CrashingWorker.FAILURE), message);
    assertFalse(message.contains("an earlier run"), message);
    assertTrue(Files.readString(errors).contains("worker line 0"), Files.readString(errors));
  }

  @Test
  void exitBeforeConnectingWithAnErrorFileShowsOnlyTheLastLines(@TempDir Path directory) throws Exception {
    Path errors = directory.resolve("worker.err");
    assertShowsTheLastLines(launchFailure(RendererLaunch.mainClass(CrashingWorker.class.getName()).withArgs("exit")
        .withTransport(TransportKind.TCP).withErrorOutput(errors)), CrashingWorker.EXIT_CODE);
  }
}
