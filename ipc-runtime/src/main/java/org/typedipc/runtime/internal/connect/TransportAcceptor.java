package org.typedipc.runtime.internal.connect;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcAccessDeniedException;
import org.typedipc.runtime.IpcEndpoint;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.internal.loop.Daemons;
import org.typedipc.runtime.internal.main.MainRuntime;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.messages.Loggers;
import org.typedipc.runtime.internal.messages.RateLimitedLog;
import org.typedipc.runtime.internal.protocol.Handshake;
import org.typedipc.runtime.internal.dispatch.FlightEvents;
import org.typedipc.runtime.internal.protocol.MainHandshake;
import org.typedipc.runtime.internal.protocol.MainSideConnection;
import org.typedipc.runtime.internal.protocol.PacketReader;
import org.typedipc.runtime.internal.protocol.PacketWriter;
import org.typedipc.runtime.internal.protocol.Protocol;
import org.typedipc.runtime.transport.ByteStream;
import org.typedipc.runtime.transport.Transport;
import org.typedipc.runtime.transport.TransportServer;

/**
 * Main accepting renderer processes at one address of any transport. Each connection first passes
 * the transport's peer check, then proves a single-use secret from an invitation, compared in
 * constant time. Until its HELLO is read a connection costs one fixed read buffer and holds one of
 * {@code maxPendingHandshakes} slots; when they are all taken the longest-waiting connection is
 * closed rather than the new one refused (see {@link HandshakeSlots}).
 */
final class TransportAcceptor implements RendererAcceptor {
  private static final System.Logger LOG = Loggers.WIRE;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final MainRuntime main;
  private final Transport transport;
  private final ConnectionSettings settings;
  private final TransportServer server;
  private final HandshakeSlots slots;
  /** Reads the HELLO of socket connections; other streams get a handshake thread and a slot at once. */
  private final HelloReader hellos;
  /** Refused connections, logged rate-limited: a flood of them must not flood the log. */
  private final RateLimitedLog refusals = new RateLimitedLog();
  private final List<Invitation> invitations = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  /** An outstanding invitation; {@code process} is set when main launched the renderer. */
  static final class Invitation {
    final byte[] secret;
    final CompletableFuture<Renderer> renderer = new CompletableFuture<>();
    final RendererInvitation visible;
    volatile Process process;

    Invitation(byte[] secret, IpcEndpoint endpoint) {
      this.secret = secret;
      this.visible = new RendererInvitation(endpoint, renderer);
    }
  }

  private TransportAcceptor(MainRuntime main, Transport transport, ConnectionSettings settings, TransportServer server) {
    this.main = main;
    this.transport = transport;
    this.settings = settings;
    this.server = server;
    this.slots = new HandshakeSlots(settings.maxPendingHandshakes());
    try {
      this.hellos = new HelloReader("typed-ipc-hello-" + transport.name().toLowerCase(), settings,
          (stream, hello) -> startHandshake(stream, hello), this::reportEviction);
    } catch (IOException e) {
      Streams.closeQuietly(server);
      throw new IpcException(ErrorMessages.cannotListen(transport.name(), e.getMessage()), e);
    }
    Thread acceptor = new Thread(this::acceptLoop, "typed-ipc-accept-" + transport.name().toLowerCase());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Starts accepting at a new address of {@code transport}. */
  static TransportAcceptor open(MainRuntime main, Transport transport, ConnectionSettings settings) {
    if (transport.carriesLaunchedRenderers()) {
      throw new IllegalArgumentException(ErrorMessages.cannotListenOn(transport.name()));
    }
    try {
      return new TransportAcceptor(main, transport, settings, transport.listen());
    } catch (IOException e) {
      throw new IpcException(ErrorMessages.cannotListen(transport.name(), e.getMessage()), e);
    }
  }

  @Override
  public String transport() {
    return transport.name();
  }

  @Override
  public RendererInvitation invite() {
    return inviteFor(null).visible;
  }

  /** An invitation whose renderer is {@code process}, when main launched it, so its exit code is reported. */
  synchronized Invitation inviteFor(Process process) {
    if (closed) {
      throw new IllegalStateException(ErrorMessages.acceptorClosed());
    }
    byte[] secret = new byte[Protocol.SECRET_BYTES];
    RANDOM.nextBytes(secret);
    Invitation invitation = new Invitation(secret, new IpcEndpoint(transport.name(), server.address(), secret));
    invitation.process = process;
    invitations.add(invitation);
    invitation.renderer.whenComplete((renderer, failure) -> invitations.remove(invitation));
    return invitation;
  }

  @Override
  public synchronized void close() {
    closed = true;
    hellos.close();
    try {
      server.close();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, ErrorMessages.releaseFailed(server.address(), e.toString()));
    }
    for (Invitation invitation : invitations) {
      invitation.renderer.completeExceptionally(new IpcException(ErrorMessages.acceptorClosedBeforeConnect()));
    }
  }

  private void acceptLoop() {
    while (!closed) {
      ByteStream stream;
      try {
        stream = server.accept();
      } catch (IOException e) {
        if (!closed) {
          LOG.log(System.Logger.Level.ERROR, ErrorMessages.acceptFailed(server.address()), e);
        }
        return;
      } catch (RuntimeException | Error e) {
        // Out of memory, say: this connection is lost, the next may succeed.
        LOG.log(System.Logger.Level.ERROR, ErrorMessages.acceptFailed(server.address()) + " " + e);
        continue;
      }
      try {
        if (HelloReader.canRead(stream)) {
          if (peerMayConnect(stream)) {
            hellos.add(stream);
          }
          continue;
        }
        ByteStream evicted = slots.admit(stream);
        if (evicted != null) {
          Streams.closeQuietly(evicted);
          reportEviction();
        }
        startHandshake(stream, null);
      } catch (RuntimeException | Error e) {
        // No thread for it (out of memory, say): the connection must not outlive this failure.
        slots.leave(stream);
        Streams.closeQuietly(stream);
        LOG.log(System.Logger.Level.ERROR, ErrorMessages.refusedConnection(stream.describe(), e.toString()));
      }
    }
  }

  /** Checks the peer before anything is read from it; closes the stream, logging why, if it may not connect. */
  private boolean peerMayConnect(ByteStream stream) {
    try {
      stream.checkPeer();
      return true;
    } catch (IOException | RuntimeException e) {
      refusals.log(System.Logger.Level.WARNING, () -> ErrorMessages.refusedConnection(stream.describe(), e.getMessage()));
      Streams.closeQuietly(stream);
      return false;
    }
  }

  /** A thread for the rest of the handshake; {@code hello} is the HELLO's bytes if they were read already. */
  private void startHandshake(ByteStream stream, byte[] hello) {
    try {
      Thread thread = new Thread(() -> serve(stream, hello), "typed-ipc-handshake");
      thread.setDaemon(true);
      thread.start();
    } catch (RuntimeException | Error e) {
      // No thread for it (out of memory, say): the connection must not outlive this failure.
      slots.leave(stream);
      Streams.closeQuietly(stream);
      refusals.log(System.Logger.Level.ERROR, () -> ErrorMessages.refusedConnection(stream.describe(), e.toString()));
    }
  }

  private final AtomicLong evictions = new AtomicLong();

  /** One line for the first eviction and for each power of two after it, so that a flood cannot flood the log. */
  private void reportEviction() {
    long count = evictions.incrementAndGet();
    if (Long.bitCount(count) == 1) {
      LOG.log(System.Logger.Level.WARNING, ErrorMessages.handshakeSlotsFull(server.address(), settings.maxPendingHandshakes(), count));
    }
  }

  private void serve(ByteStream stream, byte[] helloBytes) {
    ScheduledFuture<?> timeout =
        Daemons.timer().schedule(() -> Streams.closeQuietly(stream), settings.handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
    MainSideConnection connection;
    Invitation invitation = null;
    Object handshake = FlightEvents.handshakeStarted();
    try {
      Handshake.Hello hello;
      PacketReader reader;
      if (helloBytes == null) {
        reader = PacketReader.forHandshake(stream.in(), settings);
        try {
          stream.checkPeer();
          hello = Handshake.readHello(reader);
        } finally {
          slots.leave(stream);
        }
      } else {
        // Read in full by the selector: the same checks, on those bytes alone.
        hello = Handshake.readHello(PacketReader.forHandshake(Channels.newChannel(new ByteArrayInputStream(helloBytes)), settings));
        reader = PacketReader.over(stream.in(), settings);
      }
      PacketWriter writer = PacketWriter.over(stream, settings);
      invitation = take(hello.secret());
      if (invitation == null) {
        Handshake.writeReject(writer, Handshake.REJECT_ACCESS_DENIED, ErrorMessages.wrongSecretReply());
        throw new IpcAccessDeniedException(ErrorMessages.wrongSecret());
      }
      connection = MainHandshake.complete(main, hello, reader, writer, stream, settings, invitation.process, invitation.renderer);
      FlightEvents.handshakeDone(handshake, transport.name(), FlightEvents.ACCEPTED);
    } catch (IOException | RuntimeException | Error e) {
      FlightEvents.handshakeDone(handshake, transport.name(), e.getClass().getSimpleName());
      // IllegalStateException: main closed during the handshake; nothing is wrong with the renderer.
      // Any other Throwable, out of memory included, must not leave the socket open either.
      boolean expected = e instanceof IOException || e instanceof IpcException || e instanceof IllegalStateException;
      String line = ErrorMessages.refusedConnection(stream.describe(), expected ? e.getMessage() : e.toString());
      if (e instanceof IllegalStateException) {
        LOG.log(System.Logger.Level.DEBUG, line);
      } else {
        refusals.log(expected ? System.Logger.Level.WARNING : System.Logger.Level.ERROR, () -> line);
      }
      if (invitation != null) {
        invitation.renderer.completeExceptionally(e);
      }
      Streams.closeQuietly(stream);
      return;
    } finally {
      timeout.cancel(false);
    }
    connection.runReader();
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

  @Override
  public String toString() {
    return "RendererAcceptor[" + transport.name() + " " + server.address() + "]";
  }
}
