package org.typedipc.runtime.internal.connect;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.typedipc.runtime.IpcAccessDeniedException;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcEndpoint;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.protocol.RendererHandshake;
import org.typedipc.runtime.transport.ByteStream;
import org.typedipc.runtime.transport.PeerRefusedException;
import org.typedipc.runtime.transport.Transport;

/** Connects a renderer process to main over the transport its endpoint names. */
final class RendererConnector {
  private RendererConnector() {}

  /** Connects to {@code endpoint}; returns once main welcomed the renderer. */
  static RendererConnection connect(IpcEndpoint endpoint, RendererOptions options) {
    Transport transport = transportNamed(endpoint.transport(), options);
    ByteStream stream;
    try {
      stream = transport.connect(endpoint.address());
    } catch (PeerRefusedException e) {
      throw new IpcAccessDeniedException(e.getMessage());
    } catch (IOException e) {
      throw new IpcDisconnectedException(ErrorMessages.cannotReachMain(endpoint.toString(), e.toString()));
    }
    RendererConnection connection;
    try {
      connection = RendererHandshake.complete(stream, endpoint.secret(), options, mainOnThisHost(transport, endpoint));
    } catch (IOException e) {
      throw new IpcDisconnectedException(ErrorMessages.cannotReachMain(endpoint.toString(), e.toString()));
    }
    endpoint.launchedBy().ifPresent(mainPid -> LaunchedRendererGuard.watch(mainPid, connection));
    return connection;
  }

  /**
   * Whether main runs on this host, so that the process id it names in the handshake is its
   * process here: main launched this renderer, or they talk over a built-in Unix socket or standard
   * streams. Never over TCP or a plug-in transport (gRPC, WebSocket), where main may be anywhere.
   */
  static boolean mainOnThisHost(Transport transport, IpcEndpoint endpoint) {
    return endpoint.launchedBy().isPresent()
        || transport == TransportKind.UNIX_SOCKET.transport()
        || transport == TransportKind.STDIO.transport();
  }

  /** The renderer's own transports first, then the built-in ones. */
  private static Transport transportNamed(String name, RendererOptions options) {
    List<String> known = new ArrayList<>();
    for (Transport transport : options.transports()) {
      if (transport.name().equals(name)) {
        return transport;
      }
      known.add(transport.name());
    }
    for (TransportKind kind : TransportKind.values()) {
      if (kind.transport().name().equals(name)) {
        return kind.transport();
      }
      known.add(kind.transport().name());
    }
    throw new IllegalStateException(ErrorMessages.unknownTransport(name, known));
  }
}
