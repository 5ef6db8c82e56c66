package org.typedipc.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.testing.ReplayableSeed;

/**
 * What main sends before a renderer is ready: held, then delivered in order to the listeners the
 * renderer registered by then, on every channel; and bounded while it waits.
 */
@Timeout(120)
class StartUpDeliveryTest {
  private static final int CHANNELS = 20;
  private static final int MESSAGES = 200;

  @RegisterExtension
  final ReplayableSeed.Recorder seeds = new ReplayableSeed.Recorder();

  private IpcMain main;

  @BeforeEach
  void createMain() {
    main = IpcMain.create();
  }

  @AfterEach
  void closeMain() {
    main.close();
  }

  @ParameterizedTest
  @CsvSource({"STDIO, run", "UNIX_SOCKET, run", "TCP, run", "STDIO, connect", "UNIX_SOCKET, connect", "TCP, connect"})
  void everythingMainSentBeforeReadyArrivesInOrderOnEveryChannel(TransportKind transport, String entryPoint, @TempDir Path directory)
      throws Exception {
    ReplayableSeed seed = seeds.draw(transport + " start-up delivery through " + entryPoint);
    CompletableFuture<Object> allSent = new CompletableFuture<>();
    CompletableFuture<Object> received = new CompletableFuture<>();
    main.handle("all-sent", (event, args) -> allSent);
    main.on("received", (event, args) -> received.complete(args[0]));
    Path errors = directory.resolve("renderer.err");
    Path closedReason = directory.resolve("closed-reason");
    Renderer renderer = main.launch(RendererLaunch.mainClass(LateListenerRenderer.class.getName())
            .withArgs(entryPoint, Long.toString(seed.value()), Integer.toString(CHANNELS), closedReason.toString())
            .withTransport(transport)
            .withErrorOutput(errors))
        .get(30, TimeUnit.SECONDS);

    Random random = seed.random();
    List<List<Object>> sent = new ArrayList<>();
    for (int i = 0; i < MESSAGES; i++) {
      String channel = "ch-" + random.nextInt(CHANNELS);
      renderer.send(channel, i);
      sent.add(List.of(channel, i));
    }
    renderer.send("report");
    allSent.complete(true);

    assertEquals(sent, received.get(60, TimeUnit.SECONDS), () -> "renderer's errors: " + read(errors));
    // The renderer served after its set-up returned; once main closes it, run() or join() returns.
    renderer.close();
    ProcessHandle.of(renderer.processId()).ifPresent(process -> process.onExit().join());
    assertTrue(read(closedReason).contains("closed by main"), () -> read(closedReason) + "; errors: " + read(errors));
  }

  @ParameterizedTest
  @EnumSource(value = TransportKind.class, names = {"UNIX_SOCKET", "TCP"})
  void aRendererThatHoldsMoreThanItsLimitBeforeReadyClosesSayingWhy(TransportKind transport) throws Exception {
    RendererAcceptor acceptor = main.listen(transport);
    RendererInvitation invitation = acceptor.invite();
    RendererConnection connection = RendererProcess.connect(invitation.endpoint(), RendererOptions.defaults().withHeldBytesLimit(10_000));
    Renderer renderer = invitation.renderer().get(30, TimeUnit.SECONDS);
    try {
      for (int i = 0; i < 20; i++) {
        renderer.send("early", (Object) new byte[1000]);
      }
    } catch (IpcDisconnectedException e) {
      // The renderer closed on reaching its limit before main finished sending: what is tested.
    }
    String reason = connection.whenClosed().toCompletableFuture().get(30, TimeUnit.SECONDS);
    assertTrue(reason.contains("over the limit of 10000 bytes"), reason);
    assertTrue(reason.contains("RendererConnection.ready()"), reason);
    RendererGone gone = renderer.whenGone().toCompletableFuture().get(30, TimeUnit.SECONDS);
    assertTrue(gone.detail().contains("over the limit of 10000 bytes"), gone.toString());
    connection.ready(); // after close: does nothing
    assertTrue(connection.isClosed());
  }

  @org.junit.jupiter.api.Test
  void theDefaultHeldLimitIsSixteenMebibytesAndHoldsALargestPacket() throws Exception {
    long limit = RendererOptions.defaults().heldBytesLimit();
    assertEquals(16L << 20, limit);
    assertTrue(limit >= ConnectionSettings.defaults().maxPacketBytes() - 64);
    assertTrue(limit <= ConnectionSettings.defaults().totalInboundBytes());
    RendererAcceptor acceptor = main.listen(TransportKind.UNIX_SOCKET);
    RendererInvitation invitation = acceptor.invite();
    RendererConnection connection = RendererProcess.connect(invitation.endpoint(), RendererOptions.defaults());
    Renderer renderer = invitation.renderer().get(30, TimeUnit.SECONDS);
    try {
      for (int i = 0; i < 20; i++) {
        renderer.send("early", (Object) new byte[1 << 20]);
      }
    } catch (IpcDisconnectedException e) {
      // The renderer closed on reaching its limit before main finished sending: what is tested.
    }
    String reason = connection.whenClosed().toCompletableFuture().get(60, TimeUnit.SECONDS);
    assertTrue(reason.contains("over the limit of " + (16L << 20) + " bytes"), reason);
  }

  @ParameterizedTest
  @EnumSource(value = TransportKind.class, names = {"UNIX_SOCKET", "TCP"})
  void heldMessagesWithinTheLimitWaitForReadyAndReadyTwiceChangesNothing(TransportKind transport) throws Exception {
    RendererAcceptor acceptor = main.listen(transport);
    RendererInvitation invitation = acceptor.invite();
    RendererConnection connection = RendererProcess.connect(invitation.endpoint(), RendererOptions.defaults().withHeldBytesLimit(10_000));
    try {
      Renderer renderer = invitation.renderer().get(30, TimeUnit.SECONDS);
      List<Object> got = Collections.synchronizedList(new ArrayList<>());
      CompletableFuture<Object> echoed = new CompletableFuture<>();
      main.handle("echo", (event, args) -> args[0]);
      connection.ipcRenderer().on("early", (event, args) -> got.add(args[0]));
      for (int i = 0; i < 5; i++) {
        renderer.send("early", i);
      }
      // The invoke's reply comes after the five messages; they are still held.
      assertEquals("sync", connection.ipcRenderer().invoke("echo", "sync").get(30, TimeUnit.SECONDS));
      assertTrue(got.isEmpty(), got::toString);
      connection.ipcRenderer().on("last", (event, args) -> echoed.complete(List.copyOf(got)));
      renderer.send("last");
      connection.ready();
      connection.ready();
      assertEquals(List.of(0, 1, 2, 3, 4), echoed.get(30, TimeUnit.SECONDS));
      assertFalse(connection.isClosed());
    } finally {
      connection.close();
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "(no " + file.getFileName() + ")";
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }
}
