package org.typedipc.runtime.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.internal.dispatch.PortEnd;
import org.typedipc.runtime.internal.dispatch.PortIds;
import org.typedipc.runtime.spi.WireWriter;

/**
 * A renderer that names a port main never made, or a pair of its own it never introduced with a
 * POST, breaks the protocol: main drops it with a reason that says which id and why.
 */
@Timeout(30)
class PortIdsFromAPeerTest {
  private final IpcMain main = IpcMain.create();
  private final RendererAcceptor listener = main.listen(TransportKind.UNIX_SOCKET);

  @AfterEach
  void close() {
    listener.close();
    main.close();
  }

  /** Sends one port packet from a hand-rolled renderer and returns why main dropped it. */
  private RendererGone sendFromRawRenderer(PacketType type, int portId, byte[] payload) throws Exception {
    RendererInvitation invitation = listener.invite();
    try (SocketChannel raw = WireRobustnessTest.handshakeRaw(invitation.endpoint())) {
      Renderer renderer = invitation.renderer().get(5, TimeUnit.SECONDS);
      new PacketWriter(raw, 1 << 20).write(type, new WireWriter(16).writeLength(portId), payload);
      return renderer.whenGone().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }
  }

  @Test
  void anIdInMainsSpaceThatMainNeverMadeIsAProtocolError() throws Exception {
    int neverMade = PortIds.RENDERER_MADE - 2;

    RendererGone gone = sendFromRawRenderer(PacketType.PORT_CLOSED, neverMade, null);

    assertEquals(RendererGone.Reason.PROTOCOL_ERROR, gone.reason());
    assertTrue(gone.detail().contains("port #" + neverMade + " in main's space of port ids, but main never made that port"),
        gone.detail());
  }

  @Test
  void anIdOfARendererPairNeverPostedIsAProtocolError() throws Exception {
    int ownPair = PortIds.rendererPair(0) + 1;

    RendererGone gone = sendFromRawRenderer(PacketType.PORT_MESSAGE, ownPair, PortEnd.encode("hello"));

    assertEquals(RendererGone.Reason.PROTOCOL_ERROR, gone.reason());
    assertTrue(gone.detail().contains("port #" + ownPair + " of a pair it made, but never posted a port of that pair"),
        gone.detail());
  }
}
