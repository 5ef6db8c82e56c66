package org.typedipc.runtime.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.ContractDescriptor;
import org.typedipc.runtime.IpcAccessDeniedException;
import org.typedipc.runtime.IpcContractMismatchException;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcEndpoint;
import org.typedipc.runtime.IpcPacketTooLargeException;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcTimeoutException;
import org.typedipc.runtime.MessageChannelMain;
import org.typedipc.runtime.MessagePort;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.spi.WireWriter;
import org.typedipc.runtime.testing.ConnectedRenderer;

/** Limits, authentication and hostile peers on the socket transports. */
@Timeout(30)
class WireRobustnessTest {
  private static final ConnectionSettings FAST =
      ConnectionSettings.defaults().withHeartbeat(Duration.ofMillis(100), Duration.ofMillis(600)).withHandshake(Duration.ofMillis(500), 4);

  private IpcMain main;
  private RendererAcceptor listener;

  @AfterEach
  void close() {
    if (listener != null) {
      listener.close();
    }
    if (main != null) {
      main.close();
    }
  }

  private RendererAcceptor listen(TransportKind kind, IpcMainOptions options) {
    main = IpcMain.create(options.withConnectionSettings(FAST));
    main.handle("echo", (event, args) -> args[0]);
    listener = main.listen(kind);
    return listener;
  }

  private static RendererConnection connect(IpcEndpoint endpoint) {
    return RendererProcess.connect(endpoint, RendererOptions.defaults().withConnectionSettings(FAST));
  }

  @ParameterizedTest
  @EnumSource(value = TransportKind.class, names = {"UNIX_SOCKET", "TCP"})
  void wrongMissingAndReplayedSecretsAreRefused(TransportKind kind) throws Exception {
    listen(kind, IpcMainOptions.defaults());
    RendererInvitation invitation = listener.invite();
    IpcEndpoint endpoint = invitation.endpoint();
    byte[] wrong = endpoint.secret();
    wrong[0] ^= 1;
    assertThrows(IpcAccessDeniedException.class, () -> connect(new IpcEndpoint(kind, endpoint.address(), wrong)));
    assertThrows(IpcAccessDeniedException.class, () -> connect(new IpcEndpoint(kind, endpoint.address(), new byte[0])));
    byte[] shorter = java.util.Arrays.copyOf(endpoint.secret(), 31);
    assertThrows(IpcAccessDeniedException.class, () -> connect(new IpcEndpoint(kind, endpoint.address(), shorter)));
    RendererConnection connection = connect(endpoint);
    assertEquals("ok", connection.ipcRenderer().invoke("echo", "ok").get(5, TimeUnit.SECONDS));
    assertTrue(invitation.renderer().isDone());
    assertEquals(connection.ipcRenderer().frameId(), invitation.renderer().get().mainFrame().id(), "both sides name the main frame alike");
    IpcAccessDeniedException replay = assertThrows(IpcAccessDeniedException.class, () -> connect(endpoint));
    assertTrue(replay.getMessage().contains("used before"), replay.getMessage());
  }

  @Test
  void contractMismatchFailsAtConnectNamingBothFingerprints() throws Exception {
    listen(TransportKind.UNIX_SOCKET, IpcMainOptions.defaults().withContracts(new ContractDescriptor("com.example.Files", "main-fp")));
    RendererInvitation invitation = listener.invite();
    IpcContractMismatchException e = assertThrows(IpcContractMismatchException.class, () -> RendererProcess.connect(
        invitation.endpoint(),
        RendererOptions.defaults().withContracts(new ContractDescriptor("com.example.Files", "renderer-fp"))));
    assertTrue(e.getMessage().contains("main has fingerprint main-fp, the renderer has renderer-fp"), e.getMessage());
    ExecutionException mainSide = assertThrows(ExecutionException.class, () -> invitation.renderer().get(5, TimeUnit.SECONDS));
    assertInstanceOf(IpcContractMismatchException.class, mainSide.getCause());
    assertTrue(main.renderers().isEmpty());
  }

  @Test
  void sendLargerThanThePacketLimitFailsAtTheCallAndTheConnectionStaysUsable() throws Exception {
    // Often the first test of its JVM, which loads the runtime's classes during this handshake.
    ConnectionSettings settings = FAST.withMaxPacketBytes(64 * 1024).withHandshake(Duration.ofSeconds(10), 4);
    main = IpcMain.create(IpcMainOptions.defaults().withConnectionSettings(settings));
    main.handle("echo", (event, args) -> args[0]);
    listener = main.listen(TransportKind.UNIX_SOCKET);
    RendererConnection connection = RendererProcess.connect(listener.invite().endpoint(),
        RendererOptions.defaults().withConnectionSettings(settings));
    IpcRenderer ipc = connection.ipcRenderer();
    IpcPacketTooLargeException e = assertThrows(IpcPacketTooLargeException.class, () -> ipc.send("big", (Object) new byte[100_000]));
    assertTrue(e.getMessage().contains("exceeds the limit of 65536 bytes; nothing was sent"), e.getMessage());
    assertEquals("after", ipc.invoke("echo", "after").get(5, TimeUnit.SECONDS));
  }

  /** The ports of a post move before it is written (see PortHub.transfer); one that cannot be written puts them back. */
  @Test
  void aPostLargerThanThePacketLimitFailsAtTheCallAndLeavesItsPortsInMain() throws Exception {
    ConnectionSettings small = FAST.withMaxPacketBytes(64 * 1024);
    main = IpcMain.create(IpcMainOptions.defaults().withConnectionSettings(small));
    listener = main.listen(TransportKind.UNIX_SOCKET);
    ConnectedRenderer connected = ConnectedRenderer.through(listener, RendererOptions.defaults().withConnectionSettings(small));
    MessageChannelMain first = new MessageChannelMain();
    MessageChannelMain second = new MessageChannelMain();
    LinkedBlockingQueue<Object> atFirst = new LinkedBlockingQueue<>();
    first.port1().onMessage(event -> atFirst.add(event.data()));
    first.port1().start();
    first.port1().postMessage("waited in port2");

    assertThrows(IpcPacketTooLargeException.class,
        () -> connected.renderer().postMessage("big", new byte[100_000], List.of(first.port2(), second.port2())));

    assertFalse(first.port2().isClosed());
    assertFalse(second.port2().isClosed());
    LinkedBlockingQueue<Object> atSecond = new LinkedBlockingQueue<>();
    first.port2().onMessage(event -> atSecond.add(event.data()));
    first.port2().start();
    assertEquals("waited in port2", atSecond.poll(5, TimeUnit.SECONDS), "the message that waited in it is back too");
    first.port2().postMessage("still in main");
    assertEquals("still in main", atFirst.poll(5, TimeUnit.SECONDS));
    CompletableFuture<List<MessagePort>> arrived = new CompletableFuture<>();
    connected.ipc().once("small", (event, args) -> arrived.complete(event.ports()));
    connected.renderer().postMessage("small", null, List.of(first.port2(), second.port2()));
    arrived.get(5, TimeUnit.SECONDS).get(0).postMessage("from the renderer");
    assertEquals("from the renderer", atFirst.poll(5, TimeUnit.SECONDS), "posted again, they move");
    connected.connection().close();
  }

  @Test
  void oversizedPacketHeaderDisconnectsOnlyThatRenderer() throws Exception {
    listen(TransportKind.UNIX_SOCKET, IpcMainOptions.defaults());
    RendererConnection good = connect(listener.invite().endpoint());
    RendererInvitation hostile = listener.invite();
    try (SocketChannel raw = handshakeRaw(hostile.endpoint())) {
      Renderer renderer = hostile.renderer().get(5, TimeUnit.SECONDS);
      raw.write(ByteBuffer.allocate(4).putInt(Integer.MAX_VALUE).flip());
      RendererGone gone = renderer.whenGone().toCompletableFuture().get(5, TimeUnit.SECONDS);
      assertEquals(RendererGone.Reason.PROTOCOL_ERROR, gone.reason());
      assertTrue(gone.detail().contains("2147483647 bytes exceeds the limit"), gone.detail());
    }
    assertEquals("still served", good.ipcRenderer().invoke("echo", "still served").get(5, TimeUnit.SECONDS));
  }

  @Test
  void randomPacketsOnlyEverCauseAProtocolDisconnect() throws Exception {
    long seed = Long.getLong("typedipc.seed", System.nanoTime());
    System.out.println("randomPacketsOnlyEverCauseAProtocolDisconnect seed=" + seed);
    Random random = new Random(seed);
    listen(TransportKind.UNIX_SOCKET, IpcMainOptions.defaults());
    main.on("x", (event, args) -> { });
    RendererConnection good = connect(listener.invite().endpoint());
    for (int round = 0; round < 40; round++) {
      RendererInvitation invitation = listener.invite();
      try (SocketChannel raw = handshakeRaw(invitation.endpoint())) {
        Renderer renderer = invitation.renderer().get(5, TimeUnit.SECONDS);
        byte[] body = new byte[3 + random.nextInt(60)];
        random.nextBytes(body);
        body[0] = (byte) new int[] {4, 10, 11, 12, 15, 17, 18, 1, 2, 13, 16, 30, 31, 32, 99}[random.nextInt(15)];
        body[1] = 0;
        body[2] = (byte) random.nextInt(body.length - 2);
        // A random packet, then a length no packet can have, so the connection surely breaks the protocol.
        ByteBuffer packets = ByteBuffer.allocate(8 + body.length).putInt(body.length).put(body).putInt(-5).flip();
        try {
          raw.write(packets);
        } catch (IOException e) {
          // main already dropped the connection after the first packet
        }
        RendererGone gone = renderer.whenGone().toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertEquals(RendererGone.Reason.PROTOCOL_ERROR, gone.reason(), "seed " + seed + ": " + gone);
      }
    }
    assertEquals("alive", good.ipcRenderer().invoke("echo", "alive").get(5, TimeUnit.SECONDS), "seed " + seed);
  }

  @Test
  void connectionThatNeverHandshakesIsClosedAtTheTimeout() throws Exception {
    listen(TransportKind.TCP, IpcMainOptions.defaults());
    String[] hostPort = listener.invite().endpoint().address().split(":");
    try (SocketChannel raw = SocketChannel.open(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])))) {
      long start = System.nanoTime();
      int read = raw.read(ByteBuffer.allocate(16));
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertEquals(-1, read);
      assertTrue(millis >= 400 && millis < 3000, "closed after " + millis + " ms");
    }
  }

  @Test
  void silentPeerIsDeclaredGoneByTheHeartbeat() throws Exception {
    listen(TransportKind.UNIX_SOCKET, IpcMainOptions.defaults());
    RendererInvitation invitation = listener.invite();
    try (SocketChannel raw = handshakeRaw(invitation.endpoint())) {
      Renderer renderer = invitation.renderer().get(5, TimeUnit.SECONDS);
      assertTrue(raw.isConnected(), "the peer stays connected and says nothing");
      long start = System.nanoTime();
      RendererGone gone = renderer.whenGone().toCompletableFuture().get(5, TimeUnit.SECONDS);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(gone.detail().contains("heartbeat timeout"), gone.detail());
      assertTrue(millis >= 400 && millis < 2000, "gone after " + millis + " ms");
    }
  }

  @Test
  void listenerBusyLongerThanTheLivenessTimeoutDoesNotDropTheRenderer() throws Exception {
    listen(TransportKind.UNIX_SOCKET, IpcMainOptions.defaults());
    main.on("slow", (event, args) -> sleep(1500));
    RendererInvitation invitation = listener.invite();
    IpcRenderer ipc = connect(invitation.endpoint()).ipcRenderer();
    Renderer renderer = invitation.renderer().get(5, TimeUnit.SECONDS);
    ipc.send("slow");
    assertEquals("after", ipc.invoke("echo", "after").get(10, TimeUnit.SECONDS));
    assertTrue(!renderer.isClosed(), "a busy main listener must not count as a silent renderer");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void invokeDeadlineAndCancellationReachTheHandlerAcrossTheWire() throws Exception {
    listen(TransportKind.UNIX_SOCKET, IpcMainOptions.defaults());
    CompletableFuture<String> cancelled = new CompletableFuture<>();
    main.handle("never", (event, args) -> {
      event.onCancel(() -> cancelled.complete((String) args[0]));
      return new CompletableFuture<>();
    });
    IpcRenderer ipc = connect(listener.invite().endpoint()).ipcRenderer();
    long start = System.nanoTime();
    ExecutionException timeout = assertThrows(ExecutionException.class,
        () -> ipc.withDeadline(Duration.ofMillis(200)).invoke("never", "deadline").get(5, TimeUnit.SECONDS));
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertInstanceOf(IpcTimeoutException.class, timeout.getCause());
    assertTrue(millis >= 190 && millis < 1000, "timed out after " + millis + " ms");
    assertEquals("deadline", cancelled.get(5, TimeUnit.SECONDS));

    CompletableFuture<String> cancelledByCaller = new CompletableFuture<>();
    main.removeHandler("never");
    main.handle("never", (event, args) -> {
      event.onCancel(() -> cancelledByCaller.complete((String) args[0]));
      return new CompletableFuture<>();
    });
    CompletableFuture<Object> call = ipc.invoke("never", "cancel");
    Thread.sleep(50);
    call.cancel(true);
    assertEquals("cancel", cancelledByCaller.get(5, TimeUnit.SECONDS));
  }

  @Test
  void closingMainFailsTheRendererPendingCallsAtOnce() throws Exception {
    listen(TransportKind.TCP, IpcMainOptions.defaults());
    main.handle("never", (event, args) -> new CompletableFuture<>());
    RendererConnection connection = connect(listener.invite().endpoint());
    CompletableFuture<Object> pending = connection.ipcRenderer().invoke("never");
    long start = System.nanoTime();
    main.close();
    ExecutionException e = assertThrows(ExecutionException.class, () -> pending.get(5, TimeUnit.SECONDS));
    assertInstanceOf(IpcDisconnectedException.class, e.getCause());
    assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 1000);
    assertTrue(connection.whenClosed().toCompletableFuture().get(5, TimeUnit.SECONDS).contains("closed by main"));
  }

  @Test
  void nonProtocolBytesAreReportedWithTheirFirstBytes() {
    PacketReader reader = new PacketReader(Channels.newChannel(new java.io.ByteArrayInputStream(
        "hello from stdout\n".getBytes(StandardCharsets.UTF_8))), 1024 * 1024);
    IpcProtocolException e = assertThrows(IpcProtocolException.class, reader::readPreamble);
    assertTrue(e.getMessage().contains("68 65 6c 6c 6f 20 66 72"), e.getMessage());
    assertTrue(e.getMessage().contains("must not print to System.out"), e.getMessage());
  }

  @Test
  void packetsRoundTripThroughWriterAndReaderIncludingLargePayloads() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    PacketWriter writer = new PacketWriter(Channels.newChannel(bytes), 4 * 1024 * 1024);
    writer.writePreamble();
    byte[] large = new byte[1 << 20];
    new Random(1).nextBytes(large);
    WireWriter header = new WireWriter();
    header.writeLength(1).writeLength(7);
    writer.write(PacketType.SEND, header, new byte[] {1, 2, 3});
    writer.write(PacketType.EVENT, header, large);
    writer.write(PacketType.HEARTBEAT, null, null);
    PacketReader reader = new PacketReader(Channels.newChannel(new java.io.ByteArrayInputStream(bytes.toByteArray())), 4 * 1024 * 1024);
    assertEquals(Protocol.VERSION, reader.readPreamble());
    Packet send = reader.read();
    assertEquals(PacketType.SEND, send.type);
    assertEquals(List.of(1, 7), List.of(send.header.readLength(), send.header.readLength()));
    assertTrue(java.util.Arrays.equals(new byte[] {1, 2, 3}, send.payload()));
    Packet event = reader.read();
    assertTrue(java.util.Arrays.equals(large, event.payload()));
    assertEquals(PacketType.HEARTBEAT, reader.read().type);
    assertEquals(null, reader.read());
  }

  @ParameterizedTest
  @EnumSource(value = TransportKind.class, names = {"UNIX_SOCKET", "TCP"})
  void aPeerOfTheOlderProtocolVersionIsRefusedNamingBothVersions(TransportKind kind) throws Exception {
    IpcEndpoint endpoint = listen(kind, IpcMainOptions.defaults()).invite().endpoint();
    try (SocketChannel raw = open(endpoint)) {
      int olderVersion = Protocol.VERSION - 1;
      java.nio.ByteBuffer preamble = java.nio.ByteBuffer.allocate(Protocol.PREAMBLE_BYTES)
          .putInt(Protocol.MAGIC).putShort((short) olderVersion).flip();
      while (preamble.hasRemaining()) {
        raw.write(preamble);
      }
      WireWriter header = new WireWriter();
      header.writeBytes(endpoint.secret()).writeLong(1).writeLength(0).writeLength(1);
      PacketWriter writer = new PacketWriter(raw, 1 << 20);
      writer.write(PacketType.HELLO, header, null);

      IpcContractMismatchException refused = assertThrows(
          IpcContractMismatchException.class, () -> Handshake.readWelcome(new PacketReader(raw, 1 << 20)));

      assertTrue(refused.getMessage().contains(
          "the renderer speaks typed-ipc protocol version " + olderVersion + ", main speaks " + Protocol.VERSION), refused.getMessage());
    }
    assertTrue(main.renderers().isEmpty());
  }

  private static SocketChannel open(IpcEndpoint endpoint) throws IOException {
    return endpoint.transport().equals(TransportKind.UNIX_SOCKET.transport().name())
        ? SocketChannel.open(UnixDomainSocketAddress.of(endpoint.address()))
        : SocketChannel.open(new InetSocketAddress(endpoint.address().split(":")[0], Integer.parseInt(endpoint.address().split(":")[1])));
  }

  /** Connects and completes the handshake by hand, then leaves the socket to the test. */
  static SocketChannel handshakeRaw(IpcEndpoint endpoint) throws IOException {
    SocketChannel raw = open(endpoint);
    PacketWriter writer = new PacketWriter(raw, 1 << 20);
    Handshake.writeHello(writer, endpoint.secret(), 1, List.of(), 1);
    Handshake.readWelcome(new PacketReader(raw, 1 << 20));
    return raw;
  }
}
