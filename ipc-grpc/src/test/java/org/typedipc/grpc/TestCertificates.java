package org.typedipc.grpc;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates made for one test run (the JDK cannot issue one): an authority, and leaves it signs
 * for main (named {@code localhost} and {@code 127.0.0.1}) and for renderers.
 */
final class TestCertificates {
  private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

  /** An authority: its name, keys and self-signed certificate. */
  record Authority(X500Name name, KeyPair keys, X509Certificate certificate) {
    byte[] pem() {
      return TestCertificates.pem(certificate);
    }

    /** A leaf this authority signs; with {@code server}, named for loopback. */
    Leaf issue(String commonName, boolean server) {
      KeyPair leafKeys = ecKeys();
      try {
        X509v3CertificateBuilder builder = builder(name, new X500Name("CN=" + commonName), leafKeys);
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        if (server) {
          builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
              new GeneralName(GeneralName.dNSName, "localhost"), new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
        }
        return new Leaf(sign(builder, keys.getPrivate()), leafKeys.getPrivate());
      } catch (Exception e) {
        throw new IllegalStateException("could not issue a test certificate", e);
      }
    }
  }

  /** A certificate and its key, as PEM. */
  record Leaf(X509Certificate certificate, PrivateKey key) {
    byte[] chainPem() {
      return pem(certificate);
    }

    byte[] keyPem() {
      return ("-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
          + "\n-----END PRIVATE KEY-----\n").getBytes(StandardCharsets.US_ASCII);
    }
  }

  private TestCertificates() {}

  static Authority authority(String commonName) {
    KeyPair keys = ecKeys();
    X500Name name = new X500Name("CN=" + commonName);
    try {
      X509v3CertificateBuilder builder = builder(name, name, keys);
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      return new Authority(name, keys, sign(builder, keys.getPrivate()));
    } catch (Exception e) {
      throw new IllegalStateException("could not make a test authority", e);
    }
  }

  private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair keys) {
    Instant now = Instant.now();
    return new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(SERIAL.incrementAndGet()),
        Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))), subject, keys.getPublic());
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey) throws Exception {
    ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey);
    return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
  }

  private static KeyPair ecKeys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException("no EC keys", e);
    }
  }

  static byte[] pem(X509Certificate certificate) {
    try {
      return ("-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
          + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
