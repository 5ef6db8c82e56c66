package org.typedipc.runtime.transport;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Who the transport verified a renderer to be, before the handshake: with mutual TLS, its
 * certificate. Main's handlers read it from the sender ({@code event.sender().peerIdentity()}),
 * so a decision about a message can rest on the certificate rather than on what the renderer says.
 *
 * <pre>{@code
 * ipcMain.handle("reindex", (event, args) -> {
 *   String who = event.sender().peerIdentity().map(PeerIdentity::subject).orElse("unidentified");
 *   if (!who.startsWith("CN=indexer-")) throw new IllegalStateException(who + " may not reindex");
 *   ...
 * });
 * }</pre>
 *
 * @param subject the peer's name as the transport vouches for it: a certificate's subject as an
 *     RFC 2253 X.500 name, such as {@code CN=indexer-3,O=Example}
 * @param alternativeNames the certificate's subject alternative names of the kinds that are text
 *     (DNS names, e-mail addresses, URIs, IP addresses), in the certificate's order; empty without
 * @param certificateChain the verified chain, the peer's own certificate first; empty where the
 *     transport vouches for the peer by other means
 */
public record PeerIdentity(String subject, List<String> alternativeNames, List<X509Certificate> certificateChain) {
  private static final List<Integer> TEXT_NAME_KINDS = List.of(1, 2, 6, 7); // rfc822Name, dNSName, URI, iPAddress

  /**
   * Copies the lists; none may be null.
   *
   * @param subject the peer's name as the transport vouches for it
   * @param alternativeNames the certificate's text subject alternative names
   * @param certificateChain the verified chain, the peer's own certificate first
   */
  public PeerIdentity {
    Objects.requireNonNull(subject, "subject");
    alternativeNames = List.copyOf(alternativeNames);
    certificateChain = List.copyOf(certificateChain);
  }

  /**
   * The identity a verified certificate chain gives: its first certificate's subject and
   * alternative names.
   *
   * @param chain the chain the TLS handshake verified, the peer's certificate first
   * @return the peer's identity
   * @throws IllegalArgumentException if the chain is empty
   */
  public static PeerIdentity ofCertificates(List<X509Certificate> chain) {
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("A peer identity from certificates needs at least the peer's own certificate.");
    }
    X509Certificate own = chain.get(0);
    return new PeerIdentity(own.getSubjectX500Principal().getName(), textNames(own), chain);
  }

  private static List<String> textNames(X509Certificate certificate) {
    Collection<List<?>> entries;
    try {
      entries = certificate.getSubjectAlternativeNames();
    } catch (CertificateParsingException e) {
      // A verified certificate whose extension the JDK cannot read: its subject still names it.
      return List.of();
    }
    List<String> names = new ArrayList<>();
    if (entries != null) {
      for (List<?> entry : entries) {
        if (TEXT_NAME_KINDS.contains(entry.get(0)) && entry.get(1) instanceof String name) {
          names.add(name);
        }
      }
    }
    return names;
  }
}
