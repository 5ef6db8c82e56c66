package org.typedipc.grpc;

import java.util.function.Consumer;
import org.typedipc.runtime.testing.ConformanceTransport;
import org.typedipc.runtime.testing.TransportUnderTest;

/**
 * The gRPC setups as the runtime's conformance suite takes them: this module's test class path
 * names them as services, so the suite's classes, run here, run over gRPC on loopback.
 */
public abstract class GrpcConformanceTransports implements ConformanceTransport {
  private final GrpcSetups setup;

  GrpcConformanceTransports(GrpcSetups setup) {
    this.setup = setup;
  }

  @Override
  public Connector connector(Consumer<AutoCloseable> closeAfterTest) {
    return TransportUnderTest.throughInvitations(setup.transport(), closeAfterTest);
  }

  @Override
  public String toString() {
    return "GRPC_" + setup.name();
  }

  /** Plain text on loopback. */
  public static final class Plaintext extends GrpcConformanceTransports {
    public Plaintext() {
      super(GrpcSetups.PLAINTEXT);
    }
  }

  /** TLS: the renderer checks main's certificate. */
  public static final class Tls extends GrpcConformanceTransports {
    public Tls() {
      super(GrpcSetups.TLS);
    }
  }

  /** Mutual TLS: main also checks the renderer's. */
  public static final class MutualTls extends GrpcConformanceTransports {
    public MutualTls() {
      super(GrpcSetups.MUTUAL_TLS);
    }
  }
}
