package org.typedipc.runtime.wire;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcAccessDeniedException;
import org.typedipc.runtime.IpcEndpoint;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcListener;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.internal.Daemons;
import org.typedipc.runtime.internal.MainRuntime;

/**
 * Main accepting renderer processes on a Unix socket (in a fresh 0700 directory, the socket 0600,
 * the peer's user checked with SO_PEERCRED before a byte is read) or on TCP loopback. Each
 * connection proves a single-use secret from an invitation, compared in constant time.
 */
public final class SocketListener implements IpcListener {
  private static final System.Logger LOG = System.getLogger("org.typedipc.runtime");
  /** sun_path holds 108 bytes; Java reaches 106 of them (measured on Linux). */
  private static final int MAX_SOCKET_PATH_BYTES = 106;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final MainRuntime main;
  private final TransportKind kind;
  private final ConnectionSettings settings;
  private final ServerSocketChannel server;
  private final String address;
  private final Path socketDirectory;
  private final String ownerName;
  private final Semaphore handshakes;
  private final List<Invitation> invitations = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  /** An outstanding invitation. */
  static final class Invitation {
    final byte[] secret;
    final CompletableFuture<Renderer> renderer = new CompletableFuture<>();
    volatile Process process;

    Invitation(byte[] secret) {
      this.secret = secret;
    }
  }

  private SocketListener(MainRuntime main, TransportKind kind, ConnectionSettings settings, ServerSocketChannel server,
      String address, Path socketDirectory, String ownerName) {
    this.main = main;
    this.kind = kind;
    this.settings = settings;
    this.server = server;
    this.address = address;
    this.socketDirectory = socketDirectory;
    this.ownerName = ownerName;
    this.handshakes = new Semaphore(settings.maxPendingHandshakes());
    Thread acceptor = new Thread(this::acceptLoop, "typed-ipc-accept-" + kind.name().toLowerCase());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Listens on a new Unix socket or a new loopback TCP port. */
  public static SocketListener open(MainRuntime main, TransportKind kind, ConnectionSettings settings) {
    try {
      if (kind == TransportKind.UNIX_SOCKET) {
        Path directory = Files.createTempDirectory(socketBase(), "tipc", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path socket = directory.resolve("main.sock");
        int length = socket.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (length > MAX_SOCKET_PATH_BYTES) {
          Files.deleteIfExists(directory);
          throw new IpcException(
              "The Unix socket path " + socket + " is " + length + " bytes; the OS allows " + MAX_SOCKET_PATH_BYTES
                  + ". Point XDG_RUNTIME_DIR or java.io.tmpdir at a shorter directory.");
        }
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        String owner = Files.getOwner(directory).getName();
        return new SocketListener(main, kind, settings, server, socket.toString(), directory, owner);
      }
      if (kind == TransportKind.TCP) {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.INET);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        InetSocketAddress bound = (InetSocketAddress) server.getLocalAddress();
        return new SocketListener(main, kind, settings, server, bound.getAddress().getHostAddress() + ":" + bound.getPort(), null, null);
      }
    } catch (IOException e) {
      throw new IpcException("Cannot listen on " + kind + ": " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(
        "Main cannot listen on " + kind + ": stdio connects only a renderer main launched; use IpcMain.launch(…).");
  }

  private static Path socketBase() {
    String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
    if (runtimeDir != null && Files.isDirectory(Path.of(runtimeDir)) && Files.isWritable(Path.of(runtimeDir))) {
      return Path.of(runtimeDir);
    }
    return Path.of(System.getProperty("java.io.tmpdir"));
  }

  @Override
  public TransportKind kind() {
    return kind;
  }

  @Override
  public RendererInvitation invite() {
    return inviteFor(null).endpointAndFuture;
  }

  /** An invitation whose renderer is the process main launches; its exit code is reported. */
  Invited inviteFor(Process process) {
    if (closed) {
      throw new IllegalStateException("This listener is closed; it invites no more renderers.");
    }
    byte[] secret = new byte[Protocol.SECRET_BYTES];
    RANDOM.nextBytes(secret);
    Invitation invitation = new Invitation(secret);
    invitation.process = process;
    invitations.add(invitation);
    return new Invited(invitation, new RendererInvitation(new IpcEndpoint(kind, address, secret), invitation.renderer));
  }

  /** An invitation and what the caller sees of it. */
  record Invited(Invitation invitation, RendererInvitation endpointAndFuture) {}

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, "Closing the listener failed: " + e);
    }
    if (socketDirectory != null) {
      try {
        Files.deleteIfExists(Path.of(address));
        Files.deleteIfExists(socketDirectory);
      } catch (IOException e) {
        LOG.log(System.Logger.Level.WARNING, "Could not remove the socket " + address + ": " + e);
      }
    }
    for (Invitation invitation : invitations) {
      invitation.renderer.completeExceptionally(new IpcException("The listener closed before the renderer connected."));
    }
    invitations.clear();
  }

  private void acceptLoop() {
    while (!closed) {
      SocketChannel channel;
      try {
        channel = server.accept();
      } catch (IOException e) {
        if (!closed) {
          LOG.log(System.Logger.Level.ERROR, "Accepting renderers on " + address + " failed; the listener stops", e);
        }
        return;
      }
      if (!handshakes.tryAcquire()) {
        LOG.log(System.Logger.Level.WARNING, "Refused a connection on " + address + ": "
            + settings.maxPendingHandshakes() + " connections are in the handshake already.");
        closeQuietly(channel);
        continue;
      }
      Thread thread = new Thread(() -> serve(channel), "typed-ipc-handshake");
      thread.setDaemon(true);
      thread.start();
    }
  }

  private void serve(SocketChannel channel) {
    ScheduledFuture<?> timeout =
        Daemons.timer().schedule(() -> closeQuietly(channel), settings.handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
    MainSideConnection connection;
    Invitation invitation;
    try {
      if (kind == TransportKind.UNIX_SOCKET) {
        checkPeerUser(channel);
      } else {
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      }
      FrameReader reader = Connection.reader(channel, settings);
      FrameWriter writer = Connection.writer(channel, settings);
      Handshake.Hello hello = Handshake.readHello(reader);
      invitation = take(hello.secret());
      if (invitation == null) {
        Handshake.writeReject(writer, Handshake.REJECT_ACCESS_DENIED, "the secret is wrong, missing or was used before.");
        throw new IpcAccessDeniedException("a renderer presented a wrong, missing or reused secret");
      }
      connection = MainHandshake.complete(main, hello, reader, writer, channel, settings, invitation.process, invitation.renderer);
    } catch (IOException | IpcException e) {
      LOG.log(System.Logger.Level.WARNING, "Refused a renderer connection on " + address + ": " + e.getMessage());
      closeQuietly(channel);
      return;
    } finally {
      timeout.cancel(false);
      handshakes.release();
    }
    Thread.currentThread().setName("typed-ipc-reader-" + connection.toString());
    connection.runReader();
  }

  /** Refuses a peer running as another user before anything is read from it. */
  private void checkPeerUser(SocketChannel channel) throws IOException {
    UnixDomainPrincipal peer;
    try {
      peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
    } catch (UnsupportedOperationException e) {
      return; // this platform does not say; the 0700 directory still keeps other users out
    }
    if (!peer.user().getName().equals(ownerName)) {
      throw new IpcAccessDeniedException("the peer runs as user " + peer.user().getName() + ", main as " + ownerName);
    }
  }

  /** The invitation whose secret matches, removed so it cannot be used again; null if none. */
  private Invitation take(byte[] presented) {
    Invitation match = null;
    for (Invitation invitation : invitations) {
      if (Handshake.secretsMatch(invitation.secret, presented)) {
        match = invitation;
      }
    }
    return match != null && invitations.remove(match) ? match : null;
  }

  private static void closeQuietly(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, "Closing failed: " + e);
    }
  }

  @Override
  public String toString() {
    return "IpcListener[" + kind + " " + address + "]";
  }
}
