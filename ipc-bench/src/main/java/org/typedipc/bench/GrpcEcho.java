package org.typedipc.bench;

import io.grpc.CallOptions;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.channel.MultiThreadIoEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollIoHandler;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.grpc.netty.shaded.io.netty.channel.unix.DomainSocketAddress;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.ServerCalls;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * gRPC-java's unary call as a peer: the same echo of bytes as typed-ipc's rows, served by a child
 * process ({@link #main}) over a Unix domain socket (Netty's epoll transport, shaded in gRPC) and
 * TCP on loopback, and called from here one call at a time. The direct variant runs both ends'
 * callbacks on Netty's threads ({@code directExecutor}) instead of handing each to gRPC's default
 * executor.
 */
final class GrpcEcho {
  private static final MethodDescriptor.Marshaller<byte[]> BYTES = new MethodDescriptor.Marshaller<>() {
    @Override
    public InputStream stream(byte[] value) {
      return new ByteArrayInputStream(value);
    }

    @Override
    public byte[] parse(InputStream stream) {
      try {
        return stream.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  };

  static final MethodDescriptor<byte[], byte[]> ECHO = MethodDescriptor.<byte[], byte[]>newBuilder()
      .setType(MethodDescriptor.MethodType.UNARY).setFullMethodName("bench.Echo/Echo")
      .setRequestMarshaller(BYTES).setResponseMarshaller(BYTES).build();

  private GrpcEcho() {}

  /** The three servers' ways to be called: over the Unix socket with or without the default executor, or over TCP. */
  enum Route {
    UNIX_SOCKET, UNIX_SOCKET_DIRECT, TCP
  }

  /**
   * The servers, one per {@link Route}: {@code <socket directory>} holds the two Unix sockets.
   * Prints {@code "listening <TCP port>"} once all serve, and stops when its standard input ends.
   */
  public static void main(String[] args) throws Exception {
    Path directory = Path.of(args[0]);
    List<Server> servers = List.of(
        unixServer(directory.resolve(Route.UNIX_SOCKET.name())).build().start(),
        unixServer(directory.resolve(Route.UNIX_SOCKET_DIRECT.name())).directExecutor().build().start(),
        withEcho(NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), InsecureServerCredentials.create()))
            .build().start());
    System.out.println("listening " + ((InetSocketAddress) servers.get(2).getListenSockets().get(0)).getPort());
    System.out.flush();
    System.in.transferTo(OutputStream.nullOutputStream());
    servers.forEach(Server::shutdownNow);
  }

  private static NettyServerBuilder unixServer(Path socket) {
    return withEcho(NettyServerBuilder.forAddress(new DomainSocketAddress(socket.toString()), InsecureServerCredentials.create())
        .channelType(EpollServerDomainSocketChannel.class)
        .bossEventLoopGroup(new MultiThreadIoEventLoopGroup(1, EpollIoHandler.newFactory()))
        .workerEventLoopGroup(new MultiThreadIoEventLoopGroup(1, EpollIoHandler.newFactory())));
  }

  private static NettyServerBuilder withEcho(NettyServerBuilder builder) {
    return builder.addService(ServerServiceDefinition.builder("bench.Echo")
        .addMethod(ECHO, ServerCalls.asyncUnaryCall((request, response) -> {
          response.onNext(request);
          response.onCompleted();
        })).build());
  }

  /** The peer process, started by {@link #start}; closing it ends the process. */
  static final class Peer implements AutoCloseable {
    private final Process process;
    private final Path directory;
    private final int tcpPort;

    private Peer(Process process, Path directory, int tcpPort) {
      this.process = process;
      this.directory = directory;
      this.tcpPort = tcpPort;
    }

    /** Calls {@code route} sequentially with {@code workload}: p50 and p99 in µs. */
    double[] measure(Route route, Workload workload) throws Exception {
      ManagedChannelBuilder<?> builder = route == Route.TCP
          ? Grpc.newChannelBuilderForAddress(InetAddress.getLoopbackAddress().getHostAddress(), tcpPort, InsecureChannelCredentials.create())
          : Grpc.newChannelBuilder("unix://" + directory.resolve(route.name()), InsecureChannelCredentials.create());
      if (route == Route.UNIX_SOCKET_DIRECT) {
        builder.directExecutor();
      }
      ManagedChannel channel = builder.build();
      try {
        byte[] payload = new byte[workload.size()];
        return Stats.sequential(workload.warmup(), workload.count(), workload.rounds(),
            () -> ClientCalls.blockingUnaryCall(channel, ECHO, CallOptions.DEFAULT, payload));
      } finally {
        channel.shutdownNow();
      }
    }

    @Override
    public void close() throws IOException {
      process.getOutputStream().close();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
      for (Route route : Route.values()) {
        Files.deleteIfExists(directory.resolve(route.name()));
      }
      Files.deleteIfExists(directory);
    }
  }

  /** Starts the servers in a child process and waits until they serve. */
  static Peer start(Children children) throws Exception {
    Path directory = Files.createTempDirectory("tipc-bench-grpc");
    List<String> options = List.of("--enable-native-access=ALL-UNNAMED",
        "-Djava.util.logging.config.file=" + System.getProperty("java.util.logging.config.file", ""));
    Process process = children.start(children.command(options, GrpcEcho.class, directory.toString()));
    String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
    if (line == null || !line.startsWith("listening ")) {
      process.destroyForcibly();
      Files.deleteIfExists(directory);
      throw new IllegalStateException("The gRPC peer did not start; its standard error went to " + children.where());
    }
    return new Peer(process, directory, Integer.parseInt(line.substring("listening ".length())));
  }
}
