package org.typedipc.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The floors each typed-ipc row is divided by: the same bytes moved between the same two
 * processes with nothing but blocking JDK calls. Main serves here (an echo, or a counter for
 * batched writes); the client runs in a child process ({@link RawClients}) and measures.
 */
final class RawFloors {
  private final Children children;

  RawFloors(Children children) {
    this.children = children;
  }

  /** Ping-pong over a Unix socket: p50 and p99 in µs. */
  double[] unixSocket(Workload workload) throws Exception {
    Path directory = Files.createTempDirectory("tipc-bench");
    Path socket = directory.resolve("raw.sock");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));
      return pingPong(server, "unix:" + socket, workload);
    } finally {
      Files.deleteIfExists(socket);
      Files.deleteIfExists(directory);
    }
  }

  /** Ping-pong over TCP on loopback, without Nagle's delay: p50 and p99 in µs. */
  double[] tcp(Workload workload) throws Exception {
    try (ServerSocketChannel server = ServerSocketChannel.open()) {
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return pingPong(server, "tcp:" + ((InetSocketAddress) server.getLocalAddress()).getPort(), workload);
    }
  }

  private double[] pingPong(ServerSocketChannel server, String endpoint, Workload workload) throws Exception {
    Thread echo = new Thread(() -> echo(server, workload.size()), "raw-echo");
    echo.setDaemon(true);
    echo.start();
    String[] figures = children.lastLine(children.command(BenchRenderer.class, concat("raw", endpoint, workload))).split(" ");
    return new double[] {Double.parseDouble(figures[0]), Double.parseDouble(figures[1])};
  }

  /** Ping-pong over the child's standard input and output, the stdio transport's pipes: p50 and p99 in µs. */
  double[] pipe(Workload workload) throws Exception {
    Process process = children.start(children.command(BenchRenderer.class, concat("raw-pipe", null, workload)));
    try (InputStream in = process.getInputStream(); OutputStream out = process.getOutputStream()) {
      byte[] buffer = new byte[workload.size()];
      for (long i = 0; i < workload.total(); i++) {
        if (in.readNBytes(buffer, 0, buffer.length) < buffer.length) {
          throw new IOException("The raw pipe client ended early; its standard error went to " + children.where());
        }
        out.write(buffer);
        out.flush();
      }
      String[] figures = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim().split(" ");
      process.waitFor(60, TimeUnit.SECONDS);
      return new double[] {Double.parseDouble(figures[0]), Double.parseDouble(figures[1])};
    } finally {
      process.destroy();
    }
  }

  /** Length-prefixed frames written through a 64 KiB buffer over a Unix socket: frames per second. */
  double batched(Workload workload) throws Exception {
    Path directory = Files.createTempDirectory("tipc-bench");
    Path socket = directory.resolve("batched.sock");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));
      Thread counter = new Thread(() -> countAndAck(server, workload), "raw-counter");
      counter.setDaemon(true);
      counter.start();
      return Double.parseDouble(children.lastLine(children.command(BenchRenderer.class, concat("raw-batched", socket.toString(), workload))));
    } finally {
      Files.deleteIfExists(socket);
      Files.deleteIfExists(directory);
    }
  }

  private static String[] concat(String mode, String endpoint, Workload workload) {
    String[] args = workload.args();
    String[] all = new String[args.length + (endpoint == null ? 1 : 2)];
    all[0] = mode;
    if (endpoint != null) {
      all[1] = endpoint;
    }
    System.arraycopy(args, 0, all, all.length - args.length, args.length);
    return all;
  }

  /** For each batch (the warm-up, then each round) reads its frames, then writes one byte back. */
  private static void countAndAck(ServerSocketChannel server, Workload workload) {
    try (SocketChannel channel = server.accept()) {
      ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
      int frame = 4 + workload.size();
      for (int batch = workload.warmup() > 0 ? -1 : 0; batch < workload.rounds(); batch++) {
        long bytes = (long) (batch < 0 ? workload.warmup() : workload.count()) * frame;
        for (long read = 0; read < bytes; ) {
          buffer.clear();
          // A batch's last read never takes the next batch's bytes: the client waits for the ack.
          int n = channel.read(buffer);
          if (n < 0) {
            return;
          }
          read += n;
        }
        channel.write(ByteBuffer.wrap(new byte[] {1}));
      }
    } catch (IOException e) {
      // the child finished
    }
  }

  private static void echo(ServerSocketChannel server, int size) {
    try (SocketChannel channel = server.accept()) {
      if (channel.getLocalAddress() instanceof InetSocketAddress) {
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      }
      ByteBuffer buffer = ByteBuffer.allocate(size);
      while (true) {
        buffer.clear();
        while (buffer.hasRemaining()) {
          if (channel.read(buffer) < 0) {
            return;
          }
        }
        buffer.flip();
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
    } catch (IOException e) {
      // the child finished
    }
  }
}
