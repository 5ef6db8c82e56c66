package org.typedipc.runtime.internal.connect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.typedipc.runtime.IpcEndpoint;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.testing.PipeTransport;
import org.typedipc.runtime.transport.Transport;
import org.typedipc.runtime.transport.TransportServer;

/**
 * A renderer takes the process id main names in the handshake for main's process here only where
 * it must be: main launched the renderer, they talk over standard streams, or, over a Unix socket,
 * that process holds the socket. Over TCP or a plug-in transport main may be on another machine.
 */
@Timeout(10)
class RendererConnectorTest {
  private static final long SELF = ProcessHandle.current().pid();
  private static final long OTHER = ProcessHandle.current().parent().orElseThrow().pid();

  private static IpcEndpoint invitation(TransportKind kind, String address) {
    return new IpcEndpoint(kind, address, new byte[0]);
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void overAUnixSocketMainIsTheProcessListeningOnIt() throws IOException {
    Transport unix = TransportKind.UNIX_SOCKET.transport();
    try (TransportServer server = unix.listen()) {
      LongPredicate isMain = RendererConnector.mainProcessHere(unix, invitation(TransportKind.UNIX_SOCKET, server.address()));
      assertTrue(isMain.test(SELF));
      assertFalse(isMain.test(OTHER), "a process of another pid namespace's numbering is not taken for main");
    }
  }

  @Test
  void overStandardStreamsMainIsWhicheverProcessItNames() {
    assertTrue(RendererConnector.mainProcessHere(TransportKind.STDIO.transport(), invitation(TransportKind.STDIO, "")).test(OTHER));
  }

  @Test
  void mainMayBeAnywhereOverTcpOrAPlugInTransport() {
    assertFalse(RendererConnector.mainProcessHere(TransportKind.TCP.transport(), invitation(TransportKind.TCP, "")).test(SELF));
    Transport plugIn = new PipeTransport();
    assertFalse(RendererConnector.mainProcessHere(plugIn, new IpcEndpoint(plugIn.name(), "", new byte[0])).test(SELF));
  }

  @Test
  void mainThatLaunchedTheRendererIsOnThisHostWhateverTheTransport() {
    assertTrue(RendererConnector.mainProcessHere(TransportKind.TCP.transport(), invitation(TransportKind.TCP, "").launchedBy(SELF)).test(OTHER));
    Transport plugIn = new PipeTransport();
    assertTrue(RendererConnector.mainProcessHere(plugIn, new IpcEndpoint(plugIn.name(), "", new byte[0]).launchedBy(SELF)).test(OTHER));
  }
}
