package org.typedipc.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcEndpoint;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.testing.LaunchedRenderer;

/** Main and renderers in separate OS processes, over every transport. */
@Timeout(60)
class CrossProcessTest {
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

  private Renderer launch(RendererLaunch launch) throws Exception {
    return LaunchedRenderer.launchReady(main, launch);
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void rendererProcessInvokesAndSendsSyncToMain(TransportKind transport) throws Exception {
    LinkedBlockingQueue<Object> got = new LinkedBlockingQueue<>();
    main.handle("echo", (event, args) -> "echo:" + args[0]);
    main.on("sync-echo", (event, args) -> event.setReturnValue(List.of(args[0], event.frameId())));
    main.on("invoked", (event, args) -> got.add(args[0]));
    main.on("synced", (event, args) -> got.add(args[0]));
    Renderer renderer = launch(transport);
    renderer.send("command", List.of("invoke", "echo", "hi"));
    assertEquals("echo:hi", got.poll(20, TimeUnit.SECONDS));
    renderer.send("command", List.of("sendSync", "sync-echo", 7));
    assertEquals(List.of(7, 1), got.poll(20, TimeUnit.SECONDS));
    renderer.send("command", List.of("invoke", "missing", "x"));
    assertEquals("failed: Error invoking remote method 'missing': No handler registered for 'missing'", got.poll(20, TimeUnit.SECONDS));
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void mixedCallsFromARendererProcessStartInCallOrder(TransportKind transport) throws Exception {
    List<Integer> order = Collections.synchronizedList(new ArrayList<>());
    main.on("order", (event, args) -> order.add((Integer) args[0]));
    main.on("order-sync", (event, args) -> {
      order.add((Integer) args[0]);
      event.setReturnValue(true);
    });
    main.handle("order-invoke", (event, args) -> order.add((Integer) args[0]));
    CompletableFuture<Object> done = new CompletableFuture<>();
    main.on("burst-done", (event, args) -> done.complete(args[0]));
    Renderer renderer = launch(transport);
    renderer.send("command", List.of("burst", 999));
    assertEquals(999, done.get(30, TimeUnit.SECONDS));
    assertEquals(999, order.size());
    for (int i = 0; i < 999; i++) {
      assertEquals(i, order.get(i), "call " + i + " started out of order");
    }
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void eventsToARendererProcessArriveInSendOrder(TransportKind transport) throws Exception {
    CompletableFuture<Object> collecting = new CompletableFuture<>();
    CompletableFuture<Object> result = new CompletableFuture<>();
    main.on("collecting", (event, args) -> collecting.complete(true));
    main.on("seq-result", (event, args) -> result.complete(args[0]));
    Renderer renderer = launch(transport);
    renderer.send("command", List.of("collect"));
    collecting.get(20, TimeUnit.SECONDS);
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      renderer.send("seq", i);
      expected.add(i);
    }
    renderer.send("seq-end");
    assertEquals(expected, result.get(20, TimeUnit.SECONDS));
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void killedRendererIsGoneWithItsExitCodeAndItsHandlerIsCancelled(TransportKind transport) throws Exception {
    CompletableFuture<Boolean> cancelled = new CompletableFuture<>();
    CompletableFuture<Boolean> started = new CompletableFuture<>();
    main.handle("slow", (event, args) -> {
      event.onCancel(() -> cancelled.complete(true));
      started.complete(true);
      return new CompletableFuture<>();
    });
    Renderer renderer = launch(transport);
    renderer.send("command", List.of("invoke", "slow", 1));
    started.get(20, TimeUnit.SECONDS);
    long killedAt = System.nanoTime();
    ProcessHandle.of(renderer.processId()).orElseThrow().destroyForcibly();
    assertTrue(cancelled.get(5, TimeUnit.SECONDS));
    RendererGone gone = renderer.whenGone().toCompletableFuture().get(5, TimeUnit.SECONDS);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
    assertEquals(RendererGone.Reason.ABNORMAL_EXIT, gone.reason(), gone.toString());
    assertEquals(137, gone.exitCode().orElseThrow(), gone.toString());
    assertTrue(millis < 2000, "gone after " + millis + " ms");
    assertTrue(renderer.isClosed());
    assertTrue(main.renderers().isEmpty());
  }

  @Test
  void rendererExitCodeIsReported() throws Exception {
    Renderer renderer = launch(TransportKind.STDIO);
    renderer.send("command", List.of("exit", 3));
    RendererGone gone = renderer.whenGone().toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertEquals(RendererGone.Reason.ABNORMAL_EXIT, gone.reason());
    assertEquals(3, gone.exitCode().orElseThrow());
  }

  @Test
  void printingToSystemOutDoesNotBreakTheStdioChannelAndLandsOnStandardError(@TempDir Path directory) throws Exception {
    LinkedBlockingQueue<Object> got = new LinkedBlockingQueue<>();
    main.on("printed", (event, args) -> got.add("printed"));
    main.handle("echo", (event, args) -> args[0]);
    main.on("invoked", (event, args) -> got.add(args[0]));
    Path errors = directory.resolve("renderer.err");
    Renderer renderer = launch(RendererLaunch.mainClass(EchoRenderer.class.getName()).withErrorOutput(errors));
    renderer.send("command", List.of("print"));
    assertEquals("printed", got.poll(20, TimeUnit.SECONDS));
    renderer.send("command", List.of("invoke", "echo", "still works"));
    assertEquals("still works", got.poll(20, TimeUnit.SECONDS));
    assertTrue(Files.readString(errors).contains(EchoRenderer.PRINTED_LINE), Files.readString(errors));
  }

  @Test
  void childThatPrintsInsteadOfSpeakingTheProtocolFailsTheLaunchShowingItsBytes() {
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> main.launch(RendererLaunch.mainClass(PrintingProcess.class.getName())).get(30, TimeUnit.SECONDS));
    assertInstanceOf(IpcProtocolException.class, e.getCause());
    assertTrue(e.getCause().getMessage().contains("68 65 6c 6c 6f"), e.getCause().getMessage());
  }

  @ParameterizedTest
  @EnumSource(value = TransportKind.class, names = {"UNIX_SOCKET", "TCP"})
  void killedMainFailsTheRendererPendingCallsAtOnce(TransportKind transport) throws Exception {
    Process mainProcess = new ProcessBuilder(RendererLaunch.mainClass(ListeningMainProcess.class.getName())
        .withArgs(transport.name()).command())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    try {
      String[] line = new BufferedReader(new InputStreamReader(mainProcess.getInputStream(), StandardCharsets.UTF_8))
          .readLine().split(" ");
      IpcEndpoint endpoint = new IpcEndpoint(TransportKind.valueOf(line[0]), line[1], HexFormat.of().parseHex(line[2]));
      RendererConnection connection = RendererProcess.connect(endpoint, RendererOptions.defaults());
      IpcRenderer ipc = connection.ipcRenderer();
      assertEquals("ping", ipc.invoke("echo", "ping").get(10, TimeUnit.SECONDS));
      CompletableFuture<Object> pending = ipc.invoke("never", 1);
      AtomicBoolean observedClose = new AtomicBoolean();
      connection.whenClosed().thenRun(() -> observedClose.set(true));
      long killedAt = System.nanoTime();
      mainProcess.destroyForcibly();
      ExecutionException e = assertThrows(ExecutionException.class, () -> pending.get(5, TimeUnit.SECONDS));
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
      assertInstanceOf(IpcDisconnectedException.class, e.getCause());
      assertTrue(millis < 1000, "failed after " + millis + " ms");
      assertTrue(observedClose.get());
      IpcDisconnectedException after = assertThrows(IpcDisconnectedException.class, () -> ipc.send("x"));
      assertTrue(after.getMessage().contains("IPC method called after context was released"));
    } finally {
      mainProcess.destroyForcibly();
    }
  }
}
