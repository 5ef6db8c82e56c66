package org.typedipc.runtime;

import org.typedipc.runtime.internal.transport.StdioTransport;
import org.typedipc.runtime.internal.transport.TcpTransport;
import org.typedipc.runtime.internal.transport.UnixSocketTransport;
import org.typedipc.runtime.transport.Transport;

/** The built-in ways a renderer in another process reaches main; others plug in as a {@link Transport}. */
public enum TransportKind {
  /**
   * A Unix domain socket in a directory only this user can enter, with the peer's user checked by
   * the OS: the fastest, for renderers on the same machine under the same user.
   */
  UNIX_SOCKET(new UnixSocketTransport()),
  /** TCP on the loopback interface, authenticated by a per-launch secret: where Unix sockets are not available. */
  TCP(new TcpTransport()),
  /**
   * The standard input and output of a renderer process that main launched: private by
   * construction, no socket at all. The renderer must not print to {@code System.out}.
   */
  STDIO(new StdioTransport());

  private final Transport transport;

  TransportKind(Transport transport) {
    this.transport = transport;
  }

  /** {@return the transport that implements this kind} */
  public Transport transport() {
    return transport;
  }
}
