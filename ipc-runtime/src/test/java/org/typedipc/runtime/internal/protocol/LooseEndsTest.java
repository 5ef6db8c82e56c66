package org.typedipc.runtime.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcEndpoint;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.IpcPacketTooLargeException;
import org.typedipc.runtime.IpcRemoteException;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.internal.loop.Daemons;
import org.typedipc.runtime.internal.loop.Deadlines;
import org.typedipc.runtime.spi.WireWriter;

/** The loose ends of a connection: slow peers, malformed payloads, calls nobody would answer, timers left behind. */
@Timeout(60)
class LooseEndsTest {
  private static final ConnectionSettings FAST =
      ConnectionSettings.defaults().withHeartbeat(Duration.ofMillis(100), Duration.ofMillis(600));

  private IpcMain main;
  private RendererAcceptor listener;

  @AfterEach
  void close() {
    if (main != null) {
      main.close();
    }
  }

  private void listen(ConnectionSettings settings) {
    main = IpcMain.create(IpcMainOptions.defaults().withConnectionSettings(settings));
    main.handle("echo", (event, args) -> args[0]);
    listener = main.listen(TransportKind.UNIX_SOCKET);
  }

  private static SocketChannel handshakeRaw(IpcEndpoint endpoint) throws IOException {
    SocketChannel raw = SocketChannel.open(UnixDomainSocketAddress.of(endpoint.address()));
    PacketWriter writer = new PacketWriter(raw, 1 << 20);
    Handshake.writeHello(writer, endpoint.secret(), 1, List.of(), 1);
    Handshake.readWelcome(new PacketReader(raw, 1 << 20));
    return raw;
  }

  private static ByteBuffer packets(PacketType type, WireWriter header, byte[] payload, int times) {
    byte[] head = header.toByteArray();
    int length = 3 + head.length + payload.length;
    ByteBuffer out = ByteBuffer.allocate((4 + length) * times);
    for (int i = 0; i < times; i++) {
      out.putInt(length).put((byte) type.code).putShort((short) head.length).put(head).put(payload);
    }
    return out.flip();
  }

  @Test
  void aHelloLargerThanTheHandshakeLimitEndsTheConnectionUnread() throws Exception {
    PacketReader reader = PacketReader.forHandshake(java.nio.channels.Channels.newChannel(new java.io.ByteArrayInputStream(
        ByteBuffer.allocate(13).put(new byte[] {0x54, 0x49, 0x50, 0x43, 0, 3}).putInt(ConnectionSettings.MAX_HELLO_BYTES + 1)
            .put((byte) 1).putShort((short) 0).array())), ConnectionSettings.defaults());
    IpcPacketTooLargeException e = assertThrows(IpcPacketTooLargeException.class, () -> Handshake.readHello(reader));
    assertTrue(e.getMessage().contains("exceeds the HELLO limit of 65536 bytes"), e.getMessage());
  }

  @Test
  void aPeerThatTricklesAPacketIsDroppedAtTheLivenessTimeout() throws Exception {
    listen(FAST);
    RendererInvitation invitation = listener.invite();
    try (SocketChannel raw = handshakeRaw(invitation.endpoint())) {
      Renderer renderer = invitation.renderer().get(5, TimeUnit.SECONDS);
      // A 40-byte packet, one byte every 100 ms: bytes keep coming, a packet never does.
      ByteBuffer packet = packets(PacketType.CLOSE, new WireWriter().writeString("x".repeat(32)), new byte[0], 1);
      long start = System.nanoTime();
      while (packet.hasRemaining() && !renderer.isClosed()) {
        try {
          raw.write(ByteBuffer.wrap(new byte[] {packet.get()}));
        } catch (IOException e) {
          break;
        }
        Thread.sleep(100);
      }
      RendererGone gone = renderer.whenGone().toCompletableFuture().get(5, TimeUnit.SECONDS);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      System.out.println("slow-loris (1 byte per 100 ms, liveness 600 ms): dropped after " + millis + " ms (bound 2000 ms)");
      assertTrue(gone.detail().contains("trickles a packet"), gone.detail());
      assertTrue(millis < 2000, "dropped after " + millis + " ms");
    }
  }

  @Test
  void malformedPayloadsEndTheConnectionWithAReason() throws Exception {
    listen(FAST);
    main.on("x", (event, args) -> { });
    RendererInvitation invitation = listener.invite();
    try (SocketChannel raw = handshakeRaw(invitation.endpoint())) {
      Renderer renderer = invitation.renderer().get(5, TimeUnit.SECONDS);
      raw.write(packets(PacketType.CHANNEL, new WireWriter().writeLength(0).writeString("x"), new byte[0], 1));
      // 200 SENDs whose arguments claim an array of 5 elements and hold none, written at once.
      raw.write(packets(PacketType.SEND, new WireWriter().writeLength(1).writeLength(0), new byte[] {5}, 200));
      RendererGone gone = renderer.whenGone().toCompletableFuture().get(5, TimeUnit.SECONDS);
      assertEquals(RendererGone.Reason.PROTOCOL_ERROR, gone.reason());
      assertTrue(gone.detail().startsWith("Malformed payload on 'x'"), gone.detail());
    }
  }

  @Test
  void aCallFromAFrameMainClosedIsAnsweredAtOnce() throws Exception {
    listen(FAST);
    RendererInvitation invitation = listener.invite();
    try (SocketChannel raw = handshakeRaw(invitation.endpoint())) {
      invitation.renderer().get(5, TimeUnit.SECONDS);
      raw.write(packets(PacketType.FRAME_OPENED, new WireWriter().writeLength(2).writeLength(1), new byte[0], 1));
      raw.write(packets(PacketType.FRAME_CLOSED, new WireWriter().writeLength(2), new byte[0], 1));
      raw.write(packets(PacketType.CHANNEL, new WireWriter().writeLength(0).writeString("echo"), new byte[0], 1));
      raw.write(packets(PacketType.INVOKE, new WireWriter().writeLength(2).writeLong(7).writeLength(0).writeLong(0), new byte[] {0}, 1));
      PacketReader reader = new PacketReader(raw, 1 << 20);
      Packet packet;
      do {
        packet = reader.read();
      } while (packet != null && packet.type != PacketType.REPLY_ERROR && packet.type != PacketType.REPLY);
      assertTrue(packet != null && packet.type == PacketType.REPLY_ERROR, "the call must be answered");
      assertEquals(7, packet.header.readLong());
      assertEquals(0, packet.header.readByte());
      assertTrue(packet.header.readBoolean());
      assertEquals(IpcDisconnectedException.class.getName(), packet.header.readString());
      assertTrue(packet.header.readBoolean());
      assertTrue(packet.header.readString().contains("frame 2 of renderer"));
    }
  }

  @Test
  void aSendSyncWhoseValueMainCannotEncodeFailsAtOnce() throws Exception {
    listen(ConnectionSettings.defaults());
    main.on("unencodable", (event, args) -> event.setReturnValue(new Object()));
    try (RendererConnection connection = RendererProcess.connect(listener.invite().endpoint(), RendererOptions.defaults())) {
      long start = System.nanoTime();
      IpcRemoteException e = assertThrows(IpcRemoteException.class,
          () -> connection.ipcRenderer().withDeadline(Duration.ofSeconds(20)).sendSync("unencodable"));
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      System.out.println("sendSync with an unencodable return value (deadline 20 s): failed after " + millis + " ms");
      assertTrue(e.getMessage().contains("Cannot set the returnValue of 'unencodable'"), e.getMessage());
      assertTrue(millis < 5000, "failed after " + millis + " ms");
    }
  }

  @Test
  void aClosedConnectionLeavesNoInvokeDeadlineOnTheTimer() throws Exception {
    listen(ConnectionSettings.defaults());
    CompletableFuture<Boolean> started = new CompletableFuture<>();
    main.handle("never", (event, args) -> {
      started.complete(true);
      return new CompletableFuture<>();
    });
    RendererInvitation invitation = listener.invite();
    int timerTasksBefore = Daemons.timer().getQueue().size();
    int deadlinesBefore = Deadlines.running();
    RendererConnection connection = RendererProcess.connect(invitation.endpoint(), RendererOptions.defaults());
    Renderer renderer = invitation.renderer().get(5, TimeUnit.SECONDS);
    connection.ipcRenderer().withDeadline(Duration.ofHours(1)).invoke("never");
    started.get(5, TimeUnit.SECONDS);
    // The renderer's call and main's handling of it each run the hour-long deadline (compared, not
    // counted exactly: a connection an earlier test closed may still be ending its calls).
    assertTrue(Deadlines.running() > deadlinesBefore, "the hour-long deadline runs");
    connection.close();
    renderer.whenGone().toCompletableFuture().get(5, TimeUnit.SECONDS);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (Deadlines.running() > deadlinesBefore && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(Deadlines.running() <= deadlinesBefore, "the hour-long deadline must end with its connection: "
        + deadlinesBefore + " deadlines ran before, " + Deadlines.running() + " after");
    // What stays on the timer is at most the deadlines' own task for the hour, which holds a time, no
    // call; the connection's cancelled heartbeats leave the queue within their interval.
    while (Daemons.timer().getQueue().size() > timerTasksBefore + 1 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(Daemons.timer().getQueue().size() <= timerTasksBefore + 1,
        "timer tasks " + timerTasksBefore + " before, " + Daemons.timer().getQueue().size() + " after");
  }
}
