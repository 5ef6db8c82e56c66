/**
 * Renderers on other hosts: a gRPC transport for typed-ipc. Each renderer's connection is one
 * bidirectional gRPC stream that carries the typed-ipc protocol unchanged, so contracts, scopes,
 * deadlines, error texts and the handshake's contract-fingerprint check are the runtime's; gRPC
 * brings HTTP/2, TLS, mutual TLS and keepalive.
 *
 * <p>Optional: the runtime itself depends on the JDK alone; only applications with remote
 * renderers add this module and gRPC-java.
 */
module org.typedipc.grpc {
  requires transitive org.typedipc.runtime;
  requires io.grpc;
  requires io.grpc.netty.shaded;

  exports org.typedipc.grpc;
}
