package org.typedipc.runtime.process;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.typedipc.runtime.testing.CountingPublisher;
import org.typedipc.runtime.testing.LaunchedRenderer;
import org.typedipc.runtime.testing.RecordingSubscriber;

/** Streams whose other end is a renderer process that is killed mid-stream. */
@Timeout(90)
class StreamProcessTest {
  private IpcMain main;
  private final CountingPublisher mainSide = CountingPublisher.endless();
  private final CompletableFuture<Object> streaming = new CompletableFuture<>();

  @BeforeEach
  void createMain() {
    main = IpcMain.create();
    main.handleStream("endless", (event, args) -> mainSide);
    main.once("streaming", (event, args) -> streaming.complete(args[0]));
  }

  @AfterEach
  void closeMain() {
    main.close();
  }

  private Renderer launch(TransportKind transport) throws Exception {
    return LaunchedRenderer.launchReady(main, StreamingRenderer.class, transport);
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void killingTheSubscribersProcessCancelsMainsPublisher(TransportKind transport) throws Exception {
    Renderer renderer = launch(transport);
    streaming.get(30, TimeUnit.SECONDS);

    ProcessHandle.of(renderer.processId()).orElseThrow().destroyForcibly();

    mainSide.cancelled.get(10, TimeUnit.SECONDS);
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void killingTheProducersProcessFailsMainsStream(TransportKind transport) throws Exception {
    Renderer renderer = launch(transport);
    RecordingSubscriber ticks = RecordingSubscriber.countingInBatches(8);
    renderer.stream("ticks").subscribe(ticks);
    ticks.awaitReceived(100);

    ProcessHandle.of(renderer.processId()).orElseThrow().destroyForcibly();

    ExecutionException failure = assertThrows(ExecutionException.class, () -> ticks.done.get(10, TimeUnit.SECONDS));
    assertInstanceOf(IpcDisconnectedException.class, failure.getCause(), failure.getCause().toString());
  }
}
