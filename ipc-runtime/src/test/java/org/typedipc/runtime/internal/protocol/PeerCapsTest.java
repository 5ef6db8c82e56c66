package org.typedipc.runtime.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.IpcRemoteException;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.spi.WireWriter;

/**
 * The caps on what one authenticated renderer may make main hold: open frames, channels and
 * channel-name bytes, and the heap one message decodes to. A peer past a cap is disconnected with a
 * reason naming it; a message past the decoded-size limit fails naming its channel and the limit;
 * nobody else notices.
 */
@Timeout(30)
class PeerCapsTest {
  private static final int FRAMES = 8;
  private static final int CHANNELS = 8;
  private static final long NAME_BYTES = 256;
  private static final long DECODED_BYTES = 512 * 1024;
  private static final ConnectionSettings CAPPED = ConnectionSettings.defaults()
      .withPeerCaps(FRAMES, CHANNELS, NAME_BYTES).withMaxPacketBytes(256 * 1024).withMaxDecodedBytes(DECODED_BYTES);

  private IpcMain main;
  private RendererAcceptor listener;
  private RendererConnection bystander;

  @BeforeEach
  void listen() {
    main = IpcMain.create(IpcMainOptions.defaults().withConnectionSettings(CAPPED));
    main.handle("echo", (event, args) -> args[0]);
    listener = main.listen(TransportKind.UNIX_SOCKET);
    bystander = RendererProcess.connect(listener.invite().endpoint(), RendererOptions.defaults());
  }

  @AfterEach
  void close() {
    bystander.close();
    listener.close();
    main.close();
  }

  @Test
  void openingMoreFramesThanTheCapEndsOnlyThatConnection() throws Exception {
    RendererGone gone = flood((raw, i) -> frameOpened(raw, 2 + i, 1));
    assertTrue(gone.detail().contains(ErrorMessages.tooManyFrames(FRAMES)), gone.toString());
    assertBystanderServed();
  }

  @Test
  void framesClosedAgainDoNotCountTowardsTheCap() throws Exception {
    RendererInvitation invitation = listener.invite();
    try (SocketChannel raw = WireRobustnessTest.handshakeRaw(invitation.endpoint())) {
      Renderer renderer = invitation.renderer().get(5, TimeUnit.SECONDS);
      for (int frame = 2; frame < 2 + 20 * FRAMES; frame++) {
        frameOpened(raw, frame, 1);
        WireWriter header = new WireWriter();
        header.writeLength(frame);
        write(raw, PacketType.FRAME_CLOSED, header);
      }
      channel(raw, 0, "echo");
      assertThrows(TimeoutException.class, () -> renderer.whenGone().toCompletableFuture().get(300, TimeUnit.MILLISECONDS));
      assertFalse(renderer.whenGone().toCompletableFuture().isDone());
    }
  }

  @Test
  void declaringMoreChannelsThanTheCapEndsOnlyThatConnection() throws Exception {
    RendererGone gone = flood((raw, i) -> channel(raw, i, "c" + i));
    assertTrue(gone.detail().contains(ErrorMessages.tooManyChannels(CHANNELS)), gone.toString());
    assertBystanderServed();
  }

  @Test
  void channelNamesPastTheByteCapEndOnlyThatConnection() throws Exception {
    RendererGone gone = flood((raw, i) -> channel(raw, i, "n".repeat(100) + i));
    assertTrue(gone.detail().contains(ErrorMessages.channelNamesTooLong(NAME_BYTES)), gone.toString());
    assertBystanderServed();
  }

  @Test
  void aMessagePastTheDecodedSizeLimitFailsItsCallNamingChannelAndLimit() throws Exception {
    // 100,000 empty maps: 200 kB on the wire, well under the packet limit, several MB decoded.
    List<Map<String, Object>> maps = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      maps.add(Map.of());
    }
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> bystander.ipcRenderer().invoke("echo", maps).get(5, TimeUnit.SECONDS));
    assertInstanceOf(IpcRemoteException.class, e.getCause());
    assertTrue(e.getCause().getMessage().contains(ErrorMessages.decodedTooLarge(ErrorMessages.onChannel("echo"), DECODED_BYTES)),
        e.getCause().getMessage());
    assertBystanderServed();
  }

  /** A hostile renderer sends packet after packet until main drops it; returns why it was dropped. */
  private RendererGone flood(PacketSource packets) throws Exception {
    RendererInvitation invitation = listener.invite();
    try (SocketChannel raw = WireRobustnessTest.handshakeRaw(invitation.endpoint())) {
      Renderer renderer = invitation.renderer().get(5, TimeUnit.SECONDS);
      try {
        for (int i = 0; i < 1000; i++) {
          packets.write(raw, i);
        }
      } catch (IOException e) {
        // main closed the connection mid-flood
      }
      RendererGone gone = renderer.whenGone().toCompletableFuture().get(5, TimeUnit.SECONDS);
      assertEquals(RendererGone.Reason.PROTOCOL_ERROR, gone.reason(), gone.toString());
      return gone;
    }
  }

  private void assertBystanderServed() throws Exception {
    assertEquals("still served", bystander.ipcRenderer().invoke("echo", "still served").get(5, TimeUnit.SECONDS));
    assertTrue(main.renderers().size() >= 1);
  }

  private static void frameOpened(SocketChannel raw, int frameId, int parentId) throws IOException {
    WireWriter header = new WireWriter();
    header.writeLength(frameId).writeLength(parentId);
    write(raw, PacketType.FRAME_OPENED, header);
  }

  private static void channel(SocketChannel raw, int id, String name) throws IOException {
    WireWriter header = new WireWriter();
    header.writeLength(id).writeString(name);
    write(raw, PacketType.CHANNEL, header);
  }

  private static void write(SocketChannel raw, PacketType type, WireWriter header) throws IOException {
    byte[] bytes = header.toByteArray();
    java.nio.ByteBuffer packet = java.nio.ByteBuffer.allocate(7 + bytes.length)
        .putInt(3 + bytes.length).put((byte) type.code).putShort((short) bytes.length).put(bytes).flip();
    while (packet.hasRemaining()) {
      raw.write(packet);
    }
  }

  private interface PacketSource {
    void write(SocketChannel raw, int index) throws IOException;
  }
}
