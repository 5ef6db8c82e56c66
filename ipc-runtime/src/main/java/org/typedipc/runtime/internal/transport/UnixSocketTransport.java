package org.typedipc.runtime.internal.transport;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.transport.ByteStream;
import org.typedipc.runtime.transport.PeerRefusedException;
import org.typedipc.runtime.transport.Transport;
import org.typedipc.runtime.transport.TransportServer;

/**
 * A Unix domain socket in a fresh directory only this user can enter (0700, the socket 0600), with
 * the peer's user checked through SO_PEERCRED before a byte is read.
 */
public final class UnixSocketTransport implements Transport {
  /** sun_path holds 108 bytes; Java reaches 106 of them (measured on Linux). */
  private static final int MAX_SOCKET_PATH_BYTES = 106;
  /**
   * The send buffer each end asks for (Linux doubles it, up to net.core.wmem_max): a 1 MiB packet
   * then leaves in one system call instead of five, and the peer takes it in one wake-up. Linux's
   * default of 208 KiB made every 1 MiB transfer a dozen waits for room and for bytes. The
   * kernel's buffer stays bounded: this much per direction and connection, at most.
   */
  private static final int SEND_BUFFER_BYTES = 1 << 20;

  @Override
  public String name() {
    return "UNIX_SOCKET";
  }

  @Override
  public TransportServer listen() throws IOException {
    Path directory = Files.createTempDirectory(socketBase(), "tipc", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Path socket = directory.resolve("main.sock");
    int length = socket.toString().getBytes(StandardCharsets.UTF_8).length;
    if (length > MAX_SOCKET_PATH_BYTES) {
      Files.deleteIfExists(directory);
      throw new IOException(ErrorMessages.socketPathTooLong(socket.toString(), length, MAX_SOCKET_PATH_BYTES));
    }
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(socket));
    Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
    return new Server(server, socket, directory, Files.getOwner(directory).getName());
  }

  @Override
  public ByteStream connect(String address) throws IOException {
    SocketChannel channel = withSendBuffer(SocketChannel.open(StandardProtocolFamily.UNIX));
    SocketStream.connect(channel, UnixDomainSocketAddress.of(address), name());
    return new SocketStream(channel, "Unix socket " + address);
  }

  private static SocketChannel withSendBuffer(SocketChannel channel) throws IOException {
    try {
      channel.setOption(StandardSocketOptions.SO_SNDBUF, SEND_BUFFER_BYTES);
      return channel;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static Path socketBase() {
    String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
    if (runtimeDir != null && Files.isDirectory(Path.of(runtimeDir)) && Files.isWritable(Path.of(runtimeDir))) {
      return Path.of(runtimeDir);
    }
    return Path.of(System.getProperty("java.io.tmpdir"));
  }

  @Override
  public String toString() {
    return name();
  }

  private static final class Server implements TransportServer {
    private final ServerSocketChannel server;
    private final Path socket;
    private final Path directory;
    private final String owner;

    Server(ServerSocketChannel server, Path socket, Path directory, String owner) {
      this.server = server;
      this.socket = socket;
      this.directory = directory;
      this.owner = owner;
    }

    @Override
    public String address() {
      return socket.toString();
    }

    @Override
    public ByteStream accept() throws IOException {
      return new PeerCheckedStream(withSendBuffer(server.accept()), socket.toString(), owner);
    }

    @Override
    public void close() throws IOException {
      try {
        server.close();
      } finally {
        Files.deleteIfExists(socket);
        Files.deleteIfExists(directory);
      }
    }
  }

  /** An accepted connection whose peer must run as main's user. */
  private static final class PeerCheckedStream extends SocketStream {
    private final String owner;

    PeerCheckedStream(SocketChannel channel, String address, String owner) throws IOException {
      super(channel, "Unix socket " + address);
      this.owner = owner;
    }

    @Override
    public void checkPeer() throws IOException {
      UnixDomainPrincipal peer;
      try {
        peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
      } catch (UnsupportedOperationException e) {
        return; // this platform does not say; the 0700 directory still keeps other users out
      }
      if (!peer.user().getName().equals(owner)) {
        throw new PeerRefusedException(ErrorMessages.peerIsAnotherUser(peer.user().getName(), owner));
      }
    }
  }
}
