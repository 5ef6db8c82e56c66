package org.typedipc.runtime.internal.connect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.IpcEndpoint;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.testing.PipeTransport;
import org.typedipc.runtime.transport.Transport;

/**
 * A renderer takes the process id main names in the handshake for a process on this host only
 * where main must be here: it launched the renderer, or they talk over a Unix socket or standard
 * streams. Over TCP or a plug-in transport main may be on another machine.
 */
@Timeout(10)
class RendererConnectorTest {
  private static IpcEndpoint invitation(TransportKind kind) {
    return new IpcEndpoint(kind, "", new byte[0]);
  }

  @Test
  void mainIsOnThisHostOverAUnixSocketOrStandardStreams() {
    assertTrue(RendererConnector.mainOnThisHost(TransportKind.UNIX_SOCKET.transport(), invitation(TransportKind.UNIX_SOCKET)));
    assertTrue(RendererConnector.mainOnThisHost(TransportKind.STDIO.transport(), invitation(TransportKind.STDIO)));
  }

  @Test
  void mainMayBeAnywhereOverTcpOrAPlugInTransport() {
    assertFalse(RendererConnector.mainOnThisHost(TransportKind.TCP.transport(), invitation(TransportKind.TCP)));
    Transport plugIn = new PipeTransport();
    assertFalse(RendererConnector.mainOnThisHost(plugIn, new IpcEndpoint(plugIn.name(), "", new byte[0])));
  }

  @Test
  void mainThatLaunchedTheRendererIsOnThisHostWhateverTheTransport() {
    long mainPid = ProcessHandle.current().pid();
    assertTrue(RendererConnector.mainOnThisHost(TransportKind.TCP.transport(), invitation(TransportKind.TCP).launchedBy(mainPid)));
    Transport plugIn = new PipeTransport();
    assertTrue(RendererConnector.mainOnThisHost(plugIn, new IpcEndpoint(plugIn.name(), "", new byte[0]).launchedBy(mainPid)));
  }
}
