package org.typedipc.bench;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * The client side of the raw floors, run in a child process by {@link BenchRenderer}: only bytes
 * moved with blocking JDK calls, measured with the same method as the typed-ipc rows, and printed
 * on standard output for {@link RawFloors}.
 */
final class RawClients {
  private RawClients() {}

  /** A blocking ping-pong against main's echo server at {@code unix:<path>} or {@code tcp:<port>}; prints "p50 p99". */
  static void pingPong(String endpoint, Workload workload) throws Exception {
    try (SocketChannel channel = open(endpoint)) {
      ByteBuffer out = ByteBuffer.allocate(workload.size());
      ByteBuffer in = ByteBuffer.allocate(workload.size());
      double[] latency = Stats.sequential(workload.warmup(), workload.count(), workload.rounds(), () -> {
        out.clear();
        while (out.hasRemaining()) {
          channel.write(out);
        }
        in.clear();
        while (in.hasRemaining()) {
          if (channel.read(in) < 0) {
            throw new IOException("main closed the socket");
          }
        }
      });
      System.out.println(latency[0] + " " + latency[1]);
    }
  }

  /**
   * A ping-pong over this process's standard output and input, which main echoes, as the stdio
   * transport uses them; then prints "p50 p99" on standard output, where main reads it after the
   * last echo.
   */
  static void pipePingPong(Workload workload) throws Exception {
    OutputStream out = new FileOutputStream(FileDescriptor.out);
    InputStream in = new FileInputStream(FileDescriptor.in);
    byte[] payload = new byte[workload.size()];
    double[] latency = Stats.sequential(workload.warmup(), workload.count(), workload.rounds(), () -> {
      out.write(payload);
      if (in.readNBytes(payload, 0, payload.length) < payload.length) {
        throw new IOException("main closed the pipe");
      }
    });
    out.write((latency[0] + " " + latency[1] + "\n").getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * The floor of one-way throughput: length-prefixed frames written to main's counting server
   * through a 64 KiB buffer, each batch (the warm-up, then one per round) until main acknowledged
   * its last frame; prints the median rate in frames per second.
   */
  static void batched(String socket, Workload workload) throws IOException {
    try (SocketChannel channel = open("unix:" + socket)) {
      ByteBuffer out = ByteBuffer.allocate(64 * 1024);
      byte[] frame = new byte[workload.size()];
      if (workload.warmup() > 0) {
        writeFrames(channel, out, frame, workload.warmup());
      }
      double[] rates = new double[workload.rounds()];
      for (int round = 0; round < rates.length; round++) {
        long start = System.nanoTime();
        writeFrames(channel, out, frame, workload.count());
        rates[round] = workload.count() / ((System.nanoTime() - start) / 1e9);
      }
      System.out.println(Stats.median(rates));
    }
  }

  private static void writeFrames(SocketChannel channel, ByteBuffer out, byte[] frame, int count) throws IOException {
    out.clear();
    for (int i = 0; i < count; i++) {
      if (out.remaining() < 4 + frame.length) {
        flush(channel, out);
      }
      out.putInt(frame.length).put(frame);
    }
    flush(channel, out);
    ByteBuffer ack = ByteBuffer.allocate(1);
    while (ack.hasRemaining()) {
      if (channel.read(ack) < 0) {
        throw new IOException("main closed the socket");
      }
    }
  }

  private static void flush(SocketChannel channel, ByteBuffer out) throws IOException {
    out.flip();
    while (out.hasRemaining()) {
      channel.write(out);
    }
    out.clear();
  }

  private static SocketChannel open(String endpoint) throws IOException {
    String[] parts = endpoint.split(":", 2);
    boolean tcp = parts[0].equals("tcp");
    SocketAddress address = tcp ? new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(parts[1]))
        : UnixDomainSocketAddress.of(parts[1]);
    SocketChannel channel = tcp ? SocketChannel.open() : SocketChannel.open(StandardProtocolFamily.UNIX);
    if (tcp) {
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
    }
    channel.connect(address);
    return channel;
  }
}
