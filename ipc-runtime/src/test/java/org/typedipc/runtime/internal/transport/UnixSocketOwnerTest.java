package org.typedipc.runtime.internal.transport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Linux's /proc tells which process listens on a Unix socket; nothing else passes for it. */
@Timeout(10)
@EnabledOnOs(OS.LINUX)
class UnixSocketOwnerTest {
  private static final long SELF = ProcessHandle.current().pid();

  @TempDir
  Path directory;

  @Test
  void theListeningProcessHoldsItsSocketWhateverItsPathHolds() throws IOException {
    Path socket = directory.resolve("a main with spaces.sock");
    try (ServerSocketChannel server = listenAt(socket)) {
      assertTrue(UnixSocketOwner.listensAt(SELF, socket));
      assertTrue(UnixSocketOwner.listensAt(SELF, directory.resolve("x").resolve("..").resolve("a main with spaces.sock")));
    }
  }

  @Test
  void anotherLiveProcessOfTheSameUserDoesNotPassForTheListener() throws IOException {
    Path socket = directory.resolve("main.sock");
    long other = ProcessHandle.current().parent().orElseThrow().pid();
    try (ServerSocketChannel server = listenAt(socket)) {
      assertFalse(UnixSocketOwner.listensAt(other, socket));
    }
  }

  @Test
  void aClosedSocketAnotherPathAndAMissingProcessHaveNoListener() throws IOException {
    Path socket = directory.resolve("main.sock");
    try (ServerSocketChannel server = listenAt(socket)) {
      assertFalse(UnixSocketOwner.listensAt(SELF, directory.resolve("other.sock")));
      assertFalse(UnixSocketOwner.listensAt(Integer.MAX_VALUE, socket));
    }
    assertFalse(UnixSocketOwner.listensAt(SELF, socket));
  }

  @Test
  void aConnectedSocketAtThePathIsNotAListener() throws IOException {
    Path socket = directory.resolve("main.sock");
    try (ServerSocketChannel server = listenAt(socket);
        SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        SocketChannel accepted = server.accept()) {
      server.close();
      assertFalse(UnixSocketOwner.listensAt(SELF, socket));
    }
  }

  private static ServerSocketChannel listenAt(Path socket) throws IOException {
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(socket));
    return server;
  }
}
