package org.typedipc.runtime.internal.connect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import org.typedipc.runtime.IpcAccessDeniedException;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcEndpoint;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.protocol.RendererHandshake;
import org.typedipc.runtime.internal.transport.UnixSocketOwner;
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
      connection = RendererHandshake.complete(stream, endpoint.secret(), options, mainProcessHere(transport, endpoint));
    } catch (IOException e) {
      throw new IpcDisconnectedException(ErrorMessages.cannotReachMain(endpoint.toString(), e.toString()));
    }
    endpoint.launchedBy().ifPresent(mainPid -> LaunchedRendererGuard.watch(mainPid, connection));
    return connection;
  }

  /**
   * Which process id, as main names its own in the handshake, is main's process as this renderer
   * sees it. Any, when main launched this renderer or they talk over standard streams; over a
   * built-in Unix socket, the process that holds the socket listening at the invitation's path (a
   * socket shared between containers with separate process-id namespaces names none); none over
   * TCP or a plug-in transport (gRPC, WebSocket), where main may be on another machine.
   */
  static LongPredicate mainProcessHere(Transport transport, IpcEndpoint endpoint) {
    if (endpoint.launchedBy().isPresent() || transport == TransportKind.STDIO.transport()) {
      return pid -> true;
    }
    if (transport == TransportKind.UNIX_SOCKET.transport()) {
      Path socket = Path.of(endpoint.address());
      return pid -> UnixSocketOwner.listensAt(pid, socket);
    }
    return pid -> false;
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
