package org.typedipc.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.testing.LaunchedRenderer;

/** Main invoking the handlers of a renderer in another OS process, and that process being killed. */
@Timeout(60)
class RendererInvokeProcessTest {
  private IpcMain main;

  @BeforeEach
  void createMain() {
    main = IpcMain.create();
  }

  @AfterEach
  void closeMain() {
    main.close();
  }

  private Renderer launch(TransportKind transport) throws Exception {
    return LaunchedRenderer.launchReady(main, EchoRenderer.class, transport);
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void aKilledRendererFailsAHundredPendingInvokesAtOnce(TransportKind transport) throws Exception {
    Renderer renderer = launch(transport);
    assertEquals(List.of("renderer", "hi"), renderer.invoke("echo-back", "hi").get(20, TimeUnit.SECONDS));
    CompletableFuture<Object> allHanging = new CompletableFuture<>();
    main.once("all-hanging", (event, args) -> allHanging.complete(args[0]));
    List<CompletableFuture<Object>> calls = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      calls.add(renderer.invoke("hang", 100));
    }
    assertEquals(100, allHanging.get(20, TimeUnit.SECONDS));

    long killedAt = System.nanoTime();
    ProcessHandle.of(renderer.processId()).orElseThrow().destroyForcibly();
    for (CompletableFuture<Object> call : calls) {
      ExecutionException failure = assertThrows(
          ExecutionException.class, () -> call.get(5, TimeUnit.SECONDS));
      assertInstanceOf(IpcDisconnectedException.class, failure.getCause(), failure.getCause().toString());
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);

    assertTrue(millis < 2000, "all failed after " + millis + " ms");
  }
}
