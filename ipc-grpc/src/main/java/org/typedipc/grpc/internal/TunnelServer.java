package org.typedipc.grpc.internal;

import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerCredentials;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.ClosedChannelException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.typedipc.runtime.transport.ByteStream;
import org.typedipc.runtime.transport.PeerIdentity;
import org.typedipc.runtime.transport.PeerRefusedException;
import org.typedipc.runtime.transport.TransportServer;

/**
 * Main's gRPC server: every call of {@link TunnelMethod#OPEN} is one renderer's connection, handed
 * to the runtime's accept loop, which runs the typed-ipc handshake on it. With mutual TLS the
 * renderer's certificate subject names it in logs and goes to the admission check, and its
 * certificate becomes the renderer's {@link PeerIdentity}.
 *
 * <p>With an outage allowance each call gets a resume token in its headers; a cut call's stream is
 * suspended, and a later call that presents the token (from the same certificate) resumes it.
 * Streams not resumed within the allowance break, as a cut one does at once without it.
 */
public final class TunnelServer implements TransportServer {
  private static final ByteStream CLOSED = new TunnelStream("closed", () -> {});

  private final BlockingQueue<ByteStream> accepted = new LinkedBlockingQueue<>();
  /** Streams that may resume, by token; empty without an outage allowance. */
  private final Map<String, TunnelStream> resumable = new ConcurrentHashMap<>();
  private final Duration outage;
  private final Server server;
  private final String address;
  private volatile boolean closed;

  private TunnelServer(InetSocketAddress bind, String advertisedHost, ServerCredentials credentials,
      KeepAlive keepAlive, Predicate<String> admission, Duration outage) throws IOException {
    this.outage = outage;
    ServerServiceDefinition tunnel = ServerServiceDefinition.builder(TunnelMethod.SERVICE)
        .addMethod(TunnelMethod.OPEN, handler(admission))
        .build();
    this.server = NettyServerBuilder.forAddress(bind, credentials)
        .directExecutor()
        .addService(tunnel)
        .maxInboundMessageSize(TunnelMethod.MAX_MESSAGE_BYTES)
        .maxConcurrentCallsPerConnection(1)
        .keepAliveTime(keepAlive.time().toNanos(), TimeUnit.NANOSECONDS)
        .keepAliveTimeout(keepAlive.timeout().toNanos(), TimeUnit.NANOSECONDS)
        .permitKeepAliveTime(keepAlive.time().toNanos(), TimeUnit.NANOSECONDS)
        .permitKeepAliveWithoutCalls(true)
        .build();
    try {
      server.start();
    } catch (IOException e) {
      throw new IOException(GrpcMessages.listenFailed(bind.toString(), e.getMessage()), e);
    }
    int port = ((InetSocketAddress) server.getListenSockets().get(0)).getPort();
    this.address = HostPort.format(advertisedHost, port);
  }

  /**
   * Starts a server at {@code bind}; renderers reach it as {@code advertisedHost} and the port it
   * got. A cut stream waits {@code outage} for its renderer to resume it (zero: it breaks at once).
   */
  public static TunnelServer start(InetSocketAddress bind, String advertisedHost, ServerCredentials credentials,
      KeepAlive keepAlive, Predicate<String> admission, Duration outage) throws IOException {
    return new TunnelServer(bind, advertisedHost, credentials, keepAlive, admission, outage);
  }

  private ServerCallHandler<byte[], byte[]> handler(Predicate<String> admission) {
    return (call, headers) -> {
      Optional<PeerIdentity> peer = certificateIdentity(call.getAttributes().get(Grpc.TRANSPORT_ATTR_SSL_SESSION));
      String identity = peer.map(PeerIdentity::subject).orElse(null);
      SocketAddress remote = call.getAttributes().get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR);
      String who = "renderer " + (identity == null ? "" : "'" + identity + "' ") + "at " + remote;
      ServerSide side = new ServerSide(call, peer, admission);
      String resuming = headers.get(Resumption.TOKEN);
      if (resuming != null) {
        return resume(resuming, headers, side, who);
      }
      String token = outage.isZero() ? null : Resumption.newToken();
      TunnelStream stream = new TunnelStream("GRPC " + who, token == null ? () -> {} : () -> resumable.remove(token), token != null);
      stream.attach(side);
      Metadata response = new Metadata();
      if (token != null) {
        response.put(Resumption.TOKEN, token);
        resumable.put(token, stream);
      }
      call.sendHeaders(response);
      call.request(1);
      if (closed) {
        call.close(Status.UNAVAILABLE.withDescription(GrpcMessages.serverClosed()), new Metadata());
      } else {
        accepted.add(stream);
      }
      return listener(stream, side, who);
    };
  }

  /** A renderer's next call after a cut: it carries the suspended stream on, or is refused. */
  private ServerCall.Listener<byte[]> resume(String token, Metadata headers, ServerSide side, String who) {
    TunnelStream stream = resumable.get(token);
    String peerReceived = headers.get(Resumption.RECEIVED);
    Metadata response = new Metadata();
    if (stream != null) {
      response.put(Resumption.RECEIVED, Long.toString(stream.receivedBytes()));
    }
    if (stream == null || peerReceived == null || !stream.peerIdentity().equals(side.peerIdentity())) {
      side.call().close(Status.NOT_FOUND.withDescription(GrpcMessages.cannotResume(who)), new Metadata());
      return new ServerCall.Listener<>() {};
    }
    side.call().sendHeaders(response);
    stream.supersede();
    if (!stream.resume(side, Long.parseLong(peerReceived))) {
      side.call().close(Status.NOT_FOUND.withDescription(GrpcMessages.cannotResume(who)), new Metadata());
      stream.broken(GrpcMessages.cannotResume(who));
      return new ServerCall.Listener<>() {};
    }
    return listener(stream, side, who);
  }

  /** The call's events, for the stream while {@code side} carries it. */
  private ServerCall.Listener<byte[]> listener(TunnelStream stream, ServerSide side, String who) {
    return new ServerCall.Listener<>() {
      @Override
      public void onMessage(byte[] chunk) {
        stream.received(side, chunk);
      }

      @Override
      public void onHalfClose() {
        if (stream.carriedBy(side)) {
          stream.peerFinished();
        }
      }

      @Override
      public void onCancel() {
        if (!stream.carriedBy(side)) {
          return; // a call the stream already left behind
        }
        int cut = outage.isZero() ? -1 : stream.suspend(side);
        if (cut < 0) {
          stream.broken(GrpcMessages.streamCut(who));
        } else {
          Resumption.after(outage, () -> stream.expire(cut, GrpcMessages.outageTooLong(who, outage)));
        }
      }

      @Override
      public void onComplete() {
        if (stream.carriedBy(side)) {
          stream.callEnded();
        }
      }

      @Override
      public void onReady() {
        stream.ready();
      }
    };
  }

  /** The renderer's verified certificate chain, as mutual TLS leaves it in the session; empty without. */
  private static Optional<PeerIdentity> certificateIdentity(SSLSession session) {
    if (session == null) {
      return Optional.empty();
    }
    Certificate[] chain;
    try {
      chain = session.getPeerCertificates();
    } catch (SSLPeerUnverifiedException noClientCertificate) {
      return Optional.empty();
    }
    List<X509Certificate> x509 = new ArrayList<>();
    for (Certificate certificate : chain) {
      if (certificate instanceof X509Certificate one) {
        x509.add(one);
      }
    }
    return x509.isEmpty() ? Optional.empty() : Optional.of(PeerIdentity.ofCertificates(x509));
  }

  /** A server call as the stream's {@link TunnelStream.Call}. */
  private record ServerSide(ServerCall<byte[], byte[]> call, Optional<PeerIdentity> peerIdentity, Predicate<String> admission)
      implements TunnelStream.Call {
    @Override
    public boolean isReady() {
      return call.isReady();
    }

    @Override
    public void send(byte[] chunk) {
      call.sendMessage(chunk);
    }

    @Override
    public void request(int messages) {
      call.request(messages);
    }

    @Override
    public void finish() {
      try {
        call.close(Status.OK, new Metadata());
      } catch (IllegalStateException alreadyClosed) {
        // The renderer went first; nothing is left to end.
      }
    }

    @Override
    public void checkPeer() throws IOException {
      String subject = peerIdentity.map(PeerIdentity::subject).orElse(null);
      if (admission != null && (subject == null || !admission.test(subject))) {
        throw new PeerRefusedException(GrpcMessages.rendererNotAdmitted(subject == null ? "none" : subject));
      }
    }
  }

  @Override
  public String address() {
    return address;
  }

  @Override
  public ByteStream accept() throws IOException {
    ByteStream next;
    try {
      next = accepted.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClosedChannelException();
    }
    if (next == CLOSED) {
      accepted.add(CLOSED);
      throw new ClosedChannelException();
    }
    return next;
  }

  @Override
  public void close() {
    closed = true;
    // Graceful: the renderers already connected keep their streams.
    server.shutdown();
    accepted.add(CLOSED);
  }
}
