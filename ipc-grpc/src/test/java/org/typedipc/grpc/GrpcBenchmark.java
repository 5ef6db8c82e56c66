package org.typedipc.grpc;

import io.grpc.CallOptions;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.ServerCalls;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.typedipc.grpc.internal.BytesMarshaller;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.TransportKind;
import org.typedipc.runtime.transport.Transport;

/**
 * Invoke of 64 bytes, one at a time, in one JVM: typed-ipc over gRPC on loopback, typed-ipc over a
 * Unix socket, and plain gRPC-java unary with a bytes method (the floor this transport builds on).
 * Prints mean, p50 and p99 in microseconds. Not a test: run it from the README's command.
 */
public final class GrpcBenchmark {
  private static final int WARMUP = 20_000;
  private static final int MEASURED = 50_000;

  private GrpcBenchmark() {}

  public static void main(String[] args) throws Exception {
    byte[] payload = new byte[64];
    System.out.println("invoke 64 B, " + MEASURED + " calls after " + WARMUP + " warm-up, one at a time (µs)");
    report("gRPC-java unary (bytes)", plainUnary(payload));
    report("typed-ipc over GRPC", typedIpc(GrpcTransport.plaintextOnLoopback(), payload));
    report("typed-ipc over UNIX_SOCKET", typedIpc(TransportKind.UNIX_SOCKET.transport(), payload));
    report("typed-ipc over GRPC (mutual TLS)", typedIpc(GrpcSetups.MUTUAL_TLS.transport(), payload));
    System.exit(0);
  }

  private static long[] typedIpc(Transport transport, byte[] payload) throws Exception {
    try (IpcMain main = IpcMain.create(); RendererAcceptor acceptor = main.listen(transport)) {
      main.handle("echo", (event, args) -> args[0]);
      RendererInvitation invitation = acceptor.invite();
      try (RendererConnection connection = RendererProcess.connect(invitation.endpoint(), RendererOptions.defaults().withTransports(transport))) {
        IpcRenderer ipc = connection.ipcRenderer();
        return measure(() -> ipc.invoke("echo", (Object) payload).get(10, TimeUnit.SECONDS));
      }
    }
  }

  private static long[] plainUnary(byte[] payload) throws Exception {
    MethodDescriptor<byte[], byte[]> echo = MethodDescriptor.<byte[], byte[]>newBuilder()
        .setType(MethodDescriptor.MethodType.UNARY).setFullMethodName("bench.Echo/Echo")
        .setRequestMarshaller(BytesMarshaller.INSTANCE).setResponseMarshaller(BytesMarshaller.INSTANCE).build();
    Server server = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create()).directExecutor()
        .addService(ServerServiceDefinition.builder("bench.Echo")
            .addMethod(echo, ServerCalls.asyncUnaryCall((request, response) -> {
              response.onNext(request);
              response.onCompleted();
            })).build())
        .build().start();
    ManagedChannel channel = Grpc.newChannelBuilderForAddress("127.0.0.1", server.getPort(), InsecureChannelCredentials.create())
        .directExecutor().build();
    try {
      return measure(() -> ClientCalls.blockingUnaryCall(channel, echo, CallOptions.DEFAULT, payload));
    } finally {
      channel.shutdownNow();
      server.shutdownNow();
    }
  }

  @FunctionalInterface
  private interface Call {
    Object run() throws Exception;
  }

  private static long[] measure(Call call) throws Exception {
    for (int i = 0; i < WARMUP; i++) {
      call.run();
    }
    long[] nanos = new long[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      long start = System.nanoTime();
      call.run();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return nanos;
  }

  private static void report(String name, long[] sorted) {
    double mean = Arrays.stream(sorted).average().orElse(0) / 1000;
    System.out.println(String.format(Locale.ROOT, "%-34s mean %7.1f  p50 %7.1f  p99 %7.1f",
        name, mean, sorted[sorted.length / 2] / 1000.0, sorted[(int) (sorted.length * 0.99)] / 1000.0));
  }
}
