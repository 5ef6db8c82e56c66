package org.typedipc.runtime;

/** How a renderer in another process reaches main. */
public enum TransportKind {
  /**
   * A Unix domain socket in a directory only this user can enter, with the peer's user checked by
   * the OS: the fastest, for renderers on the same machine under the same user.
   */
  UNIX_SOCKET,
  /** TCP on the loopback interface, authenticated by a per-launch secret: where Unix sockets are not available. */
  TCP,
  /**
   * The standard input and output of a renderer process that main launched: private by
   * construction, no socket at all. The renderer must not print to {@code System.out}.
   */
  STDIO
}
