package org.typedipc.runtime.transport;

import java.io.Closeable;
import java.io.IOException;

/** Main's end of a {@link Transport} that accepts connections: one address, many renderers. */
public interface TransportServer extends Closeable {
  /** {@return where renderers connect: what {@link Transport#connect(String)} takes} */
  String address();

  /**
   * Waits for the next connection. Called from one thread in a loop; it must not read from the
   * connection, so that a slow peer cannot hold up the next one.
   *
   * @return the new connection's stream, not yet read from
   * @throws IOException once the server is closed, or if accepting failed for good
   */
  ByteStream accept() throws IOException;

  /** Stops accepting and releases the address (removes a socket file); open streams stay open. */
  @Override
  void close() throws IOException;
}
