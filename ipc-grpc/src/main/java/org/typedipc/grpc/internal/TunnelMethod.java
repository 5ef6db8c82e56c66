package org.typedipc.grpc.internal;

import io.grpc.MethodDescriptor;

/**
 * The one gRPC method of the transport: a bidirectional stream of opaque byte chunks that carry the
 * typed-ipc protocol. Declared by hand with a bytes marshaller, so no protobuf is involved.
 */
public final class TunnelMethod {
  /** The service's name; the version follows typed-ipc's protocol version. */
  public static final String SERVICE = "typedipc.v4.Tunnel";

  /** The largest chunk one gRPC message carries; a larger write is split, so one packet cannot hog the stream's window. */
  public static final int MAX_CHUNK_BYTES = 256 * 1024;

  /** A gRPC message never exceeds this (a chunk and gRPC's own framing). */
  public static final int MAX_MESSAGE_BYTES = MAX_CHUNK_BYTES + 1024;

  public static final MethodDescriptor<byte[], byte[]> OPEN = MethodDescriptor.<byte[], byte[]>newBuilder()
      .setType(MethodDescriptor.MethodType.BIDI_STREAMING)
      .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE, "Open"))
      .setRequestMarshaller(BytesMarshaller.INSTANCE)
      .setResponseMarshaller(BytesMarshaller.INSTANCE)
      .build();

  private TunnelMethod() {}
}
