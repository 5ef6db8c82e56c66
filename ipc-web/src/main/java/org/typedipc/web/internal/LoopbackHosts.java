package org.typedipc.web.internal;

import java.util.Set;

/**
 * The {@code Host} and {@code Origin} values a request to main's loopback server may carry. A
 * page on another site that a DNS rebinding points at 127.0.0.1 still sends its own host name,
 * and a page of another origin its own origin: both are refused.
 */
final class LoopbackHosts {
  private final Set<String> hosts;

  LoopbackHosts(int port) {
    this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port);
  }

  boolean allows(String host) {
    return host != null && hosts.contains(host);
  }

  /** The one origin a page main served has when it came from {@code host}. */
  static String originOf(String host) {
    return "http://" + host;
  }
}
