package org.typedipc.grpc;

/**
 * The three ways the tests run the gRPC transport on loopback, each one value with both ends'
 * settings: plain text, TLS, and mutual TLS. Certificates are made once per test JVM.
 */
enum GrpcSetups {
  PLAINTEXT {
    @Override
    GrpcTransport transport() {
      return GrpcTransport.plaintextOnLoopback();
    }
  },
  TLS {
    @Override
    GrpcTransport transport() {
      return GrpcTransport.overTls(GrpcTls.serverCertificate(Pki.MAIN.chainPem(), Pki.MAIN.keyPem())
          .trustingMainFrom(Pki.AUTHORITY.pem()));
    }
  },
  MUTUAL_TLS {
    @Override
    GrpcTransport transport() {
      return GrpcTransport.overTls(GrpcTls.serverCertificate(Pki.MAIN.chainPem(), Pki.MAIN.keyPem())
          .requiringRendererCertificates(Pki.AUTHORITY.pem())
          .trustingMainFrom(Pki.AUTHORITY.pem())
          .withRendererCertificate(Pki.RENDERER.chainPem(), Pki.RENDERER.keyPem()));
    }
  };

  /** A transport with both ends' settings, as one JVM running main and renderer needs. */
  abstract GrpcTransport transport();

  /** The test run's authority and the certificates it issued. */
  static final class Pki {
    static final TestCertificates.Authority AUTHORITY = TestCertificates.authority("typed-ipc test authority");
    static final TestCertificates.Leaf MAIN = AUTHORITY.issue("main", true);
    static final TestCertificates.Leaf RENDERER = AUTHORITY.issue("renderer-1", false);

    private Pki() {}
  }
}
