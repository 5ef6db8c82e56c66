package org.typedipc.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.MessageChannelMain;
import org.typedipc.runtime.MessagePort;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.testing.LaunchedRenderer;

/**
 * MessagePorts between real processes: two renderer processes, each over its own transport, talk
 * through a pair main created and posted to each, or one of them made; a killed renderer closes
 * the other ends of its ports, in main and in the other renderer.
 */
@Timeout(90)
class PortProcessTest {
  private IpcMain main;
  private final LinkedBlockingQueue<Object> messages = new LinkedBlockingQueue<>();
  private final LinkedBlockingQueue<Object> closes = new LinkedBlockingQueue<>();

  @BeforeEach
  void createMain() {
    main = IpcMain.create();
    main.on("port-message", (event, args) -> messages.add(args[0]));
    main.on("port-closed", (event, args) -> closes.add(event.sender().id()));
  }

  @AfterEach
  void closeMain() {
    main.close();
  }

  private Renderer launch(TransportKind transport) throws Exception {
    return LaunchedRenderer.launchReady(main, PortRenderer.class, transport);
  }

  /** Posts a port to {@code renderer} in {@code mode} and waits until it took it. */
  private void give(Renderer renderer, String mode, MessagePort port) throws Exception {
    CompletableFuture<Object> taken = new CompletableFuture<>();
    renderer.ipc().once("port-taken", (event, args) -> taken.complete(args[0]));
    renderer.postMessage("port", mode, List.of(port));
    assertEquals(mode, taken.get(30, TimeUnit.SECONDS));
  }

  @ParameterizedTest
  @CsvSource({"UNIX_SOCKET, TCP", "STDIO, UNIX_SOCKET", "TCP, STDIO"})
  void twoRendererProcessesTalkThroughAPairMainCreated(TransportKind first, TransportKind second) throws Exception {
    Renderer reporter = launch(first);
    Renderer echoer = launch(second);
    MessageChannelMain channel = new MessageChannelMain();
    give(reporter, "report", channel.port1());
    give(echoer, "echo", channel.port2());

    for (int i = 0; i < 50; i++) {
      reporter.send("say", List.of("hello", i));
    }

    for (int i = 0; i < 50; i++) {
      assertEquals(List.of("hello", i), messages.poll(30, TimeUnit.SECONDS));
    }
  }

  @ParameterizedTest
  @CsvSource({"UNIX_SOCKET, TCP", "STDIO, STDIO"})
  void aKilledRendererClosesTheOtherEndsOfItsPorts(TransportKind first, TransportKind second) throws Exception {
    Renderer reporter = launch(first);
    Renderer doomed = launch(second);
    MessageChannelMain betweenRenderers = new MessageChannelMain();
    MessageChannelMain withMain = new MessageChannelMain();
    give(reporter, "report", betweenRenderers.port1());
    give(doomed, "echo", betweenRenderers.port2());
    CompletableFuture<Boolean> mainSawClose = new CompletableFuture<>();
    withMain.port1().onClose(() -> mainSawClose.complete(true));
    withMain.port1().start();
    CompletableFuture<Object> taken = new CompletableFuture<>();
    doomed.ipc().once("port-taken", (event, args) -> taken.complete(args[0]));
    doomed.postMessage("port", "echo", List.of(withMain.port2()));
    taken.get(30, TimeUnit.SECONDS);

    ProcessHandle.of(doomed.processId()).orElseThrow().destroyForcibly();

    assertEquals(reporter.id(), closes.poll(30, TimeUnit.SECONDS));
    assertTrue(mainSawClose.get(30, TimeUnit.SECONDS));
    assertTrue(withMain.port1().isClosed());
  }

  @ParameterizedTest
  @CsvSource({"UNIX_SOCKET, STDIO", "STDIO, TCP"})
  void aPairARendererProcessMadeReachesAnotherProcessThroughMainAndClosesWhenItDies(
      TransportKind first, TransportKind second) throws Exception {
    Renderer maker = launch(first);
    Renderer doomed = launch(second);
    CompletableFuture<org.typedipc.runtime.IpcMainEvent> made = new CompletableFuture<>();
    main.once("made", (event, args) -> made.complete(event));
    maker.send("make", "yours");
    MessagePort fromMaker = made.get(30, TimeUnit.SECONDS).ports().get(0);

    give(doomed, "echo", fromMaker);
    for (int i = 0; i < 50; i++) {
      maker.send("say", List.of("made here", i));
    }
    for (int i = 0; i < 50; i++) {
      assertEquals(List.of("made here", i), messages.poll(30, TimeUnit.SECONDS));
    }

    ProcessHandle.of(doomed.processId()).orElseThrow().destroyForcibly();

    assertEquals(maker.id(), closes.poll(30, TimeUnit.SECONDS));
  }
}
