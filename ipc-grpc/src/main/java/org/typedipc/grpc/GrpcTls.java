package org.typedipc.grpc;

import io.grpc.ChannelCredentials;
import io.grpc.ServerCredentials;
import io.grpc.TlsChannelCredentials;
import io.grpc.TlsServerCredentials;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.typedipc.grpc.internal.GrpcMessages;

/**
 * The certificates of the gRPC transport, PEM-encoded (keys in PKCS#8). Main needs its own
 * certificate; a renderer needs the authorities that vouch for main. With {@link
 * #requiringRendererCertificates} main asks every renderer for a certificate from those authorities
 * (mutual TLS): a renderer without one is refused during the TLS handshake, before any typed-ipc
 * byte, and the certificate's subject names the renderer in main's logs and admission check.
 *
 * <pre>{@code
 * GrpcTls mains = GrpcTls.serverCertificate(mainChainPem, mainKeyPem)
 *     .requiringRendererCertificates(renderersCaPem);
 * GrpcTls renderers = GrpcTls.trusting(mainCaPem)
 *     .withRendererCertificate(rendererChainPem, rendererKeyPem);
 * }</pre>
 *
 * <p>One value may carry both ends' parts, as a test that runs main and renderer in one JVM does.
 */
public final class GrpcTls {
  private final byte[] serverChain;
  private final byte[] serverKey;
  private final byte[] rendererAuthorities;
  private final byte[] trustedRoots;
  private final byte[] rendererChain;
  private final byte[] rendererKey;

  private GrpcTls(byte[] serverChain, byte[] serverKey, byte[] rendererAuthorities, byte[] trustedRoots,
      byte[] rendererChain, byte[] rendererKey) {
    this.serverChain = serverChain;
    this.serverKey = serverKey;
    this.rendererAuthorities = rendererAuthorities;
    this.trustedRoots = trustedRoots;
    this.rendererChain = rendererChain;
    this.rendererKey = rendererKey;
  }

  /** Main's side: its certificate chain and private key. */
  public static GrpcTls serverCertificate(byte[] chainPem, byte[] privateKeyPem) {
    return new GrpcTls(copy(chainPem), copy(privateKeyPem), null, null, null, null);
  }

  /** A renderer's side: the certificate authorities it trusts to vouch for main. */
  public static GrpcTls trusting(byte[] rootsPem) {
    return new GrpcTls(null, null, null, copy(rootsPem), null, null);
  }

  /** The same, and main also accepts only renderers with a certificate from {@code authoritiesPem}. */
  public GrpcTls requiringRendererCertificates(byte[] authoritiesPem) {
    return new GrpcTls(serverChain, serverKey, copy(authoritiesPem), trustedRoots, rendererChain, rendererKey);
  }

  /** The same, and the renderer shows this certificate to main (mutual TLS). */
  public GrpcTls withRendererCertificate(byte[] chainPem, byte[] privateKeyPem) {
    return new GrpcTls(serverChain, serverKey, rendererAuthorities, trustedRoots, copy(chainPem), copy(privateKeyPem));
  }

  /** The same, and the renderer trusts {@code rootsPem} to vouch for main. */
  public GrpcTls trustingMainFrom(byte[] rootsPem) {
    return new GrpcTls(serverChain, serverKey, rendererAuthorities, copy(rootsPem), rendererChain, rendererKey);
  }

  /** Whether main asks renderers for certificates. */
  public boolean mutual() {
    return rendererAuthorities != null;
  }

  ServerCredentials serverCredentials() {
    if (serverChain == null) {
      throw new IllegalStateException(GrpcMessages.noServerCertificate());
    }
    try {
      TlsServerCredentials.Builder builder = TlsServerCredentials.newBuilder()
          .keyManager(new ByteArrayInputStream(serverChain), new ByteArrayInputStream(serverKey));
      if (rendererAuthorities != null) {
        builder.trustManager(new ByteArrayInputStream(rendererAuthorities))
            .clientAuth(TlsServerCredentials.ClientAuth.REQUIRE);
      }
      return builder.build();
    } catch (IOException | RuntimeException e) {
      throw new UncheckedIOException(new IOException(GrpcMessages.badCredentials("server certificate", e.toString()), e));
    }
  }

  ChannelCredentials channelCredentials() {
    if (trustedRoots == null) {
      throw new IllegalStateException(GrpcMessages.noTrustedRoots());
    }
    try {
      TlsChannelCredentials.Builder builder = TlsChannelCredentials.newBuilder()
          .trustManager(new ByteArrayInputStream(trustedRoots));
      if (rendererChain != null) {
        builder.keyManager(new ByteArrayInputStream(rendererChain), new ByteArrayInputStream(rendererKey));
      }
      return builder.build();
    } catch (IOException | RuntimeException e) {
      throw new UncheckedIOException(new IOException(GrpcMessages.badCredentials("renderer's TLS settings", e.toString()), e));
    }
  }

  private static byte[] copy(byte[] pem) {
    return Objects.requireNonNull(pem, "pem").clone();
  }
}
