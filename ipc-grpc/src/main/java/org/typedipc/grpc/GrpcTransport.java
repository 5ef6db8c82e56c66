package org.typedipc.grpc;

import io.grpc.ChannelCredentials;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ServerCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;
import org.typedipc.grpc.internal.GrpcMessages;
import org.typedipc.grpc.internal.HostPort;
import org.typedipc.grpc.internal.KeepAlive;
import org.typedipc.grpc.internal.TunnelClient;
import org.typedipc.grpc.internal.TunnelServer;
import org.typedipc.runtime.transport.ByteStream;
import org.typedipc.runtime.transport.Transport;
import org.typedipc.runtime.transport.TransportServer;

/**
 * Renderers on any host, over gRPC: main listens on a host and port, and each renderer's connection
 * is one bidirectional gRPC stream that carries the typed-ipc protocol unchanged — handshake,
 * invitation secret, contract fingerprints, deadlines, cancels, heartbeats and flow control are the
 * runtime's; gRPC adds HTTP/2, TLS, mutual TLS and keepalive.
 *
 * <p>TLS unless asked otherwise: plain text is {@link #plaintextOnLoopback()} only, and both ends
 * refuse it off loopback.
 *
 * <pre>{@code
 * // main
 * GrpcTransport grpc = GrpcTransport.overTls(GrpcTls.serverCertificate(chain, key)
 *         .requiringRendererCertificates(renderersCa))
 *     .listeningOn("0.0.0.0", 7443).advertisedAs("main.example.internal");
 * RendererAcceptor acceptor = ipcMain.listen(grpc);
 * // hand acceptor.invite().endpoint().toEnvironment() to the renderer host
 *
 * // renderer host, the endpoint in its environment
 * RendererConnection connection = RendererProcess.connect(
 *     RendererOptions.defaults().withTransports(GrpcTransport.overTls(
 *         GrpcTls.trusting(mainCa).withRendererCertificate(myChain, myKey))));
 * }</pre>
 */
public final class GrpcTransport implements Transport {
  private final GrpcTls tls;
  private final String bindHost;
  private final int port;
  private final String advertisedHost;
  private final KeepAlive keepAlive;
  private final Duration waitForMain;
  private final Predicate<String> admission;
  private final Duration outage;

  private GrpcTransport(GrpcTls tls, String bindHost, int port, String advertisedHost, KeepAlive keepAlive,
      Duration waitForMain, Predicate<String> admission, Duration outage) {
    this.tls = tls;
    this.bindHost = bindHost;
    this.port = port;
    this.advertisedHost = advertisedHost;
    this.keepAlive = keepAlive;
    this.waitForMain = waitForMain;
    this.admission = admission;
    this.outage = outage;
  }

  /** TLS with these certificates; main listens on 127.0.0.1 and a free port until told otherwise. */
  public static GrpcTransport overTls(GrpcTls tls) {
    return new GrpcTransport(Objects.requireNonNull(tls, "tls"), "127.0.0.1", 0, null, KeepAlive.DEFAULTS, Duration.ZERO, null, Duration.ZERO);
  }

  /** Plain text, which both ends accept on loopback only: for tests and for renderers on main's own host. */
  public static GrpcTransport plaintextOnLoopback() {
    return new GrpcTransport(null, "127.0.0.1", 0, null, KeepAlive.DEFAULTS, Duration.ZERO, null, Duration.ZERO);
  }

  /** Main listens at {@code host} ({@code 0.0.0.0} for every interface) and {@code port} (0: a free one). */
  public GrpcTransport listeningOn(String host, int fixedPort) {
    if (fixedPort < 0 || fixedPort > 65535) {
      throw new IllegalArgumentException("port " + fixedPort + " is not between 0 and 65535");
    }
    return new GrpcTransport(tls, Objects.requireNonNull(host, "host"), fixedPort, advertisedHost, keepAlive, waitForMain, admission, outage);
  }

  /** The host name endpoints give renderers, when it is not the one main listens at; main's certificate must name it. */
  public GrpcTransport advertisedAs(String host) {
    return new GrpcTransport(tls, bindHost, port, Objects.requireNonNull(host, "host"), keepAlive, waitForMain, admission, outage);
  }

  /** gRPC keepalive: a ping after {@code time} without reads; no answer within {@code timeout} drops the connection. */
  public GrpcTransport withKeepAlive(Duration time, Duration timeout) {
    return new GrpcTransport(tls, bindHost, port, advertisedHost, new KeepAlive(time, timeout), waitForMain, admission, outage);
  }

  /**
   * A renderer's connect waits up to {@code wait} for main while gRPC reconnects with exponential
   * back-off, rather than failing at once when main cannot be reached (the default).
   */
  public GrpcTransport waitingForMain(Duration wait) {
    if (wait.isNegative()) {
      throw new IllegalArgumentException(GrpcMessages.durationNotPositive("wait for main", wait));
    }
    return new GrpcTransport(tls, bindHost, port, advertisedHost, keepAlive, wait, admission, outage);
  }

  /**
   * Keeps a connection through network outages of up to {@code outage}: when the gRPC stream is
   * cut, the renderer opens a new one as soon as gRPC reconnected (with back-off) and both sides
   * send again what the other missed, so the typed-ipc connection never notices. Meanwhile calls
   * wait: pending and new invokes up to their deadlines; new calls and sends return at once, the
   * tunnel keeping up to 8 MiB of what they write for the resume, then the connection's buffered
   * bytes ({@code ConnectionSettings.maxBufferedBytes}), past which senders block as they do for a
   * slow peer. An outage longer than this, or one main did not wait through, ends the connection
   * as a cut does without this option: at once, every pending call failing with {@code
   * IpcDisconnectedException} — the default. Set it on both sides. While the tunnel reconnects the
   * connection's own clocks stand still: its liveness and drain timeouts ({@code
   * ConnectionSettings.withHeartbeat}, {@code withDrainTimeout}) count again from the outage's end,
   * so this allowance alone decides when an outage is too long, and it may exceed them. The other
   * side of that coin: main learns of a renderer that died during an outage only after it.
   *
   * <pre>{@code
   * GrpcTransport.overTls(tls).waitingThroughOutages(Duration.ofSeconds(20))
   * }</pre>
   */
  public GrpcTransport waitingThroughOutages(Duration outage) {
    if (outage.isNegative()) {
      throw new IllegalArgumentException(GrpcMessages.durationNotPositive("outage allowance", outage));
    }
    return new GrpcTransport(tls, bindHost, port, advertisedHost, keepAlive, waitForMain, admission, outage);
  }

  /**
   * Main admits only renderers whose certificate subject (an X.500 name such as {@code
   * CN=indexer-3,O=Example}) passes {@code check}; others are refused before the handshake. Needs
   * {@link GrpcTls#requiringRendererCertificates mutual TLS}.
   */
  public GrpcTransport admitting(Predicate<String> check) {
    return new GrpcTransport(tls, bindHost, port, advertisedHost, keepAlive, waitForMain, Objects.requireNonNull(check, "check"), outage);
  }

  @Override
  public String name() {
    return "GRPC";
  }

  @Override
  public TransportServer listen() throws IOException {
    ServerCredentials credentials;
    if (tls == null) {
      if (!HostPort.isLoopback(bindHost)) {
        throw new IOException(GrpcMessages.plaintextOffLoopback(bindHost));
      }
      credentials = InsecureServerCredentials.create();
    } else {
      credentials = credentialsOf(tls::serverCredentials);
    }
    return TunnelServer.start(new InetSocketAddress(bindHost, port), advertisedHost(), credentials, keepAlive, admission, outage);
  }

  private String advertisedHost() throws IOException {
    if (advertisedHost != null) {
      return advertisedHost;
    }
    if (InetAddress.getByName(bindHost).isAnyLocalAddress()) {
      return InetAddress.getLocalHost().getCanonicalHostName();
    }
    return bindHost;
  }

  @Override
  public ByteStream connect(String address) throws IOException {
    HostPort main = HostPort.parse(address);
    ChannelCredentials credentials;
    if (tls == null) {
      if (!HostPort.isLoopback(main.host())) {
        throw new IOException(GrpcMessages.plaintextOffLoopback(main.host()));
      }
      credentials = InsecureChannelCredentials.create();
    } else {
      credentials = credentialsOf(tls::channelCredentials);
    }
    return TunnelClient.connect(main, credentials, keepAlive, waitForMain, outage);
  }

  private static <T> T credentialsOf(java.util.function.Supplier<T> make) throws IOException {
    try {
      return make.get();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public String toString() {
    return name() + (tls == null ? " plain text" : tls.mutual() ? " mutual TLS" : " TLS");
  }
}
