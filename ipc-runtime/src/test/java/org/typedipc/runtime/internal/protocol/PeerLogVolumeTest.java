package org.typedipc.runtime.internal.protocol;

import java.io.IOException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcEndpoint;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.internal.messages.RateLimitedLog;
import org.typedipc.runtime.spi.WireWriter;
import org.typedipc.runtime.testing.CapturedLog;

/**
 * One peer cannot flood the log: refused connections, messages past the decoded-size limit and
 * malformed payloads are logged without stack traces, the first {@value RateLimitedLog#FIRST} and
 * then one line at each doubling, saying how many were left out. A renderer that gets a malformed
 * payload from main closes its connection, saying why, as main does with a renderer.
 */
@Timeout(60)
class PeerLogVolumeTest {
  private IpcMain main;

  @AfterEach
  void close() {
    if (main != null) {
      main.close();
    }
  }

  private static Predicate<CapturedLog.Entry> startingWith(String prefix) {
    return entry -> entry.message().startsWith(prefix);
  }

  /** Waits until {@code expected} lines match, then checks no more come. */
  private static void awaitLines(CapturedLog.Capture log, Predicate<CapturedLog.Entry> which, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (log.count(which) < expected && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(300);
    assertEquals(expected, log.count(which), () -> log.entries(which).toString());
    for (CapturedLog.Entry entry : log.entries(which)) {
      assertEquals(null, entry.thrown(), entry.message());
    }
  }

  @Test
  void twoHundredRefusedConnectionsWriteTenLines() throws Exception {
    main = IpcMain.create();
    RendererAcceptor listener = main.listen(TransportKind.UNIX_SOCKET);
    String address = listener.invite().endpoint().address();
    try (CapturedLog.Capture log = CapturedLog.capture()) {
      for (int i = 0; i < 200; i++) {
        try (SocketChannel raw = SocketChannel.open(UnixDomainSocketAddress.of(address))) {
          raw.write(ByteBuffer.wrap("NOTIPC".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        }
      }
      // Lines for the 1st to 5th, 10th, 20th, 40th, 80th and 160th refusal.
      Predicate<CapturedLog.Entry> refused = startingWith("Refused a renderer connection");
      awaitLines(log, refused, 10);
      List<CapturedLog.Entry> lines = log.entries(refused);
      assertTrue(lines.get(9).message().endsWith("(79 more like it since the last such line were not logged)"), lines.get(9).message());
      System.out.println("log volume: 200 refused connections wrote " + lines.size() + " lines (bound 10)");
    }
  }

  @Test
  void messagesPastTheDecodedSizeLimitAreLoggedRateLimitedWithoutStackTraces() throws Exception {
    ConnectionSettings capped = ConnectionSettings.defaults().withMaxPacketBytes(256 * 1024).withMaxDecodedBytes(512 * 1024);
    main = IpcMain.create(IpcMainOptions.defaults().withConnectionSettings(capped));
    main.handle("echo", (event, args) -> args[0]);
    main.on("told", (event, args) -> { });
    RendererAcceptor listener = main.listen(TransportKind.UNIX_SOCKET);
    List<Map<String, Object>> maps = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      maps.add(Map.of());
    }
    try (CapturedLog.Capture log = CapturedLog.capture();
        RendererConnection renderer = RendererProcess.connect(listener.invite().endpoint(), RendererOptions.defaults())) {
      for (int i = 0; i < 25; i++) {
        renderer.ipcRenderer().invoke("echo", maps).handle((value, failure) -> failure).get(10, TimeUnit.SECONDS);
        renderer.ipcRenderer().send("told", maps);
      }
      // 50 failures: lines for the 1st to 5th, 10th, 20th and 40th.
      awaitLines(log, startingWith("A message on '"), 8);
      assertEquals(0, log.count(entry -> entry.thrown() != null), () -> log.entries(entry -> entry.thrown() != null).toString());
      assertEquals("ok", renderer.ipcRenderer().invoke("echo", "ok").get(10, TimeUnit.SECONDS));
    }
  }

  /** A main on the raw wire: it welcomes one renderer, then sends it what the test writes. */
  private static final class RawMain implements AutoCloseable {
    final ServerSocketChannel server;
    final CompletableFuture<RendererConnection> connection;
    SocketChannel raw;
    int mainFrameId;

    RawMain(Path directory) throws Exception {
      Path socket = directory.resolve("main.sock");
      server = ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(UnixDomainSocketAddress.of(socket));
      IpcEndpoint endpoint = new IpcEndpoint(TransportKind.UNIX_SOCKET, socket.toString(), new byte[16]);
      connection = CompletableFuture.supplyAsync(() -> RendererProcess.connect(endpoint, RendererOptions.defaults()));
      raw = server.accept();
      Handshake.Hello hello = Handshake.readHello(new PacketReader(raw, 1 << 20));
      mainFrameId = hello.mainFrameId();
      Handshake.writeWelcome(new PacketWriter(raw, 1 << 20), 1, ProcessHandle.current().pid());
    }

    void write(PacketType type, WireWriter header, byte[] payload, int times) throws Exception {
      byte[] head = header.toByteArray();
      int length = 3 + head.length + payload.length;
      ByteBuffer out = ByteBuffer.allocate((4 + length) * times);
      for (int i = 0; i < times; i++) {
        out.putInt(length).put((byte) type.code).putShort((short) head.length).put(head).put(payload);
      }
      out.flip();
      while (out.hasRemaining()) {
        raw.write(out);
      }
    }

    /** The reason of the CLOSE the renderer sends. */
    String closeReason() throws Exception {
      PacketReader reader = new PacketReader(raw, 1 << 20);
      Packet packet;
      do {
        packet = reader.read();
      } while (packet != null && packet.type != PacketType.CLOSE);
      assertNotNull(packet, "the renderer must send CLOSE");
      return packet.header.readString();
    }

    @Override
    public void close() throws IOException {
      raw.close();
      server.close();
    }
  }

  @Test
  void aMalformedEventFromMainEndsTheRenderersConnectionWithAReason(@TempDir Path directory) throws Exception {
    try (CapturedLog.Capture log = CapturedLog.capture(); RawMain rawMain = new RawMain(directory)) {
      RendererConnection renderer = rawMain.connection.get(10, TimeUnit.SECONDS);
      renderer.ipcRenderer().on("x", (event, args) -> { });
      renderer.ready();
      rawMain.write(PacketType.CHANNEL, new WireWriter().writeLength(0).writeString("x"), new byte[0], 1);
      // 50 EVENTs whose arguments claim an array of 5 elements and hold none.
      rawMain.write(PacketType.EVENT, new WireWriter().writeLength(rawMain.mainFrameId).writeLength(0), new byte[] {5}, 50);
      String reason = renderer.whenClosed().toCompletableFuture().get(10, TimeUnit.SECONDS);
      assertTrue(reason.contains("main sent a malformed payload on 'x'"), reason);
      assertEquals(reason, rawMain.closeReason());
      awaitLines(log, entry -> entry.message().contains("main sent a malformed payload"), 1);
    }
  }

  @Test
  void aMalformedInvokeFromMainEndsTheRenderersConnectionWithAReason(@TempDir Path directory) throws Exception {
    try (CapturedLog.Capture log = CapturedLog.capture(); RawMain rawMain = new RawMain(directory)) {
      RendererConnection renderer = rawMain.connection.get(10, TimeUnit.SECONDS);
      renderer.ipcRenderer().handle("h", (event, args) -> args.length);
      renderer.ready();
      rawMain.write(PacketType.CHANNEL, new WireWriter().writeLength(0).writeString("h"), new byte[0], 1);
      rawMain.write(PacketType.INVOKE, new WireWriter().writeLength(rawMain.mainFrameId).writeLong(1).writeLength(0).writeLong(0),
          new byte[] {5}, 1);
      String reason = renderer.whenClosed().toCompletableFuture().get(10, TimeUnit.SECONDS);
      assertTrue(reason.contains("main sent a malformed payload on 'h'"), reason);
      assertEquals(reason, rawMain.closeReason());
      awaitLines(log, entry -> entry.message().contains("main sent a malformed payload"), 1);
      assertEquals(0, log.count(entry -> entry.thrown() != null), () -> log.entries(entry -> entry.thrown() != null).toString());
    }
  }
}
