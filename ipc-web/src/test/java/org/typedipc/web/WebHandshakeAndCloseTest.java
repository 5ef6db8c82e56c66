package org.typedipc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.web.internal.WebLimits;

/**
 * The WebSocket transport keeps the guarantees of the socket transports: a silent socket costs main
 * no thread and gives way to others or to its timeout, and a CLOSE is flushed before the socket
 * closes, the closing side reading on until the other side's WebSocket Close answers.
 */
@Timeout(120)
class WebHandshakeAndCloseTest {
  static final Duration HELLO_TIMEOUT = Duration.ofSeconds(8);
  static final int MAX_AWAITING_HELLO = 4;

  @TempDir Path pageRoot;

  private IpcMain ipcMain;
  private WebRenderers web;
  private final List<RawPage> pages = new ArrayList<>();

  private void serve() throws Exception {
    Files.writeString(pageRoot.resolve("index.html"), "<!doctype html><title>page</title>");
    ipcMain = IpcMain.create();
    web = IpcWeb.serve(ipcMain, WebSocketTransport.servingPage(pageRoot)
        .withLimits(WebLimits.DEFAULTS.withHello(HELLO_TIMEOUT, MAX_AWAITING_HELLO)));
  }

  @AfterEach
  void stop() {
    pages.forEach(RawPage::close);
    if (web != null) {
      web.close();
    }
    if (ipcMain != null) {
      ipcMain.close();
    }
  }

  @Test
  void silentSocketsHoldNoThreadGiveWayAndTimeOutWhileAnInvitedRendererIsAdmitted() throws Exception {
    serve();
    for (int i = 0; i < MAX_AWAITING_HELLO + 2; i++) {
      pages.add(RawPage.open(web.socketAddress(), null));
    }
    // The two that waited longest made room for the last two.
    for (RawPage evicted : pages.subList(0, 2)) {
      evicted.closed().get(30, TimeUnit.SECONDS);
    }
    for (RawPage waiting : pages.subList(2, pages.size())) {
      assertFalse(waiting.closed().isDone(), "a socket within the limit was closed before its time");
    }
    assertEquals(List.of(), handshakeThreads(), "threads waiting for a silent socket's HELLO");

    RendererInvitation invitation = web.acceptor().invite();
    try (RawPage invited = RawPage.open(web.socketAddress(), null)) {
      invited.send(RawPage.preamble(), RawPage.hello(invitation.endpoint().secret(), Map.of()));
      assertEquals(2, invited.answer(), "WELCOME");
      invitation.renderer().get(30, TimeUnit.SECONDS);
    }

    long start = System.nanoTime();
    for (RawPage waiting : pages.subList(2, pages.size())) {
      waiting.closed().get(30, TimeUnit.SECONDS);
    }
    long closedAfterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(closedAfterMillis <= HELLO_TIMEOUT.toMillis() + 2000, "silent sockets closed after " + closedAfterMillis + " ms");
  }

  @Test
  void mainsCloseReachesThePageBeforeItsWebSocketClose() throws Exception {
    serve();
    RendererInvitation invitation = web.acceptor().invite();
    RawPage page = RawPage.open(web.socketAddress(), null);
    pages.add(page);
    page.send(RawPage.preamble(), RawPage.hello(invitation.endpoint().secret(), Map.of()));
    assertEquals(2, page.answer(), "WELCOME");
    Renderer renderer = invitation.renderer().get(30, TimeUnit.SECONDS);

    renderer.close();
    assertEquals(1000, page.closed().get(30, TimeUnit.SECONDS), "WebSocket's normal closure");
    List<Integer> types = packetTypes(page.received());
    assertEquals(20, types.get(types.size() - 1), "the last packet before WebSocket's Close is CLOSE: " + types);
  }

  @Test
  void aJvmRendererClosingRightAfterItsSendsDeliversThemAndItsClose() throws Exception {
    serve();
    int count = 200;
    AtomicInteger received = new AtomicInteger();
    ipcMain.on("burst", (event, args) -> received.incrementAndGet());
    RendererInvitation invitation = web.acceptor().invite();
    RendererConnection connection = RendererProcess.connect(invitation.endpoint(), RendererOptions.defaults().withTransports(WebSocketTransport.socketOnly()));
    Renderer renderer = invitation.renderer().get(30, TimeUnit.SECONDS);
    CompletableFuture<RendererGone> gone = renderer.whenGone().toCompletableFuture();
    byte[] payload = new byte[16 << 10];
    for (int i = 0; i < count; i++) {
      connection.ipcRenderer().send("burst", (Object) payload);
    }
    connection.close();
    RendererGone why = gone.get(30, TimeUnit.SECONDS);
    assertEquals(RendererGone.Reason.CLOSED, why.reason(), why.toString());
    assertEquals(count, received.get(), "messages sent before the close");
  }

  private static List<String> handshakeThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .map(Thread::getName)
        .filter(name -> name.startsWith("typed-ipc-handshake"))
        .toList();
  }

  /** The type of each whole packet after the preamble. */
  private static List<Integer> packetTypes(byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    buffer.position(RawPage.preamble().length);
    List<Integer> types = new ArrayList<>();
    while (buffer.remaining() >= 5) {
      int length = buffer.getInt();
      if (length > buffer.remaining()) {
        break;
      }
      types.add(buffer.get(buffer.position()) & 0xFF);
      buffer.position(buffer.position() + length);
    }
    return types;
  }
}
