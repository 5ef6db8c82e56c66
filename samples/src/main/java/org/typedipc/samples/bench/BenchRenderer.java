package org.typedipc.samples.bench;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.typedipc.runtime.spi.Typed;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.MessagePort;
import org.typedipc.runtime.RendererProcess;

/**
 * The renderer side of {@link CrossProcessBenchmark}. With arguments {@code raw <socket> <size>
 * <calls>} it measures a raw Unix-socket ping-pong against main's echo server and prints the
 * figures; without, it connects as a renderer, echoes main's invokes on the echo channel and runs
 * what main's {@code "bench"} events ask: {@code ["invoke", size, calls]}, {@code ["one-way",
 * size, messages]}, {@code ["port", size, calls]} (round trips through the port main posted on
 * {@code "port"} with {@code "ping"} to another renderer, which got the other end with {@code
 * "echo"} and posts every message back) or {@code ["allocated", 0, 0]} (bytes this JVM allocated so far), answering on
 * {@code "result"}.
 */
public final class BenchRenderer {
  private BenchRenderer() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("raw")) {
      raw(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      return;
    }
    // Commands run on one long-lived thread: a listener must not block the renderer's deliveries,
    // and a thread that ended would drop out of the JVM's allocation count.
    ExecutorService commands = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "bench-commands");
      thread.setDaemon(true);
      return thread;
    });
    RendererProcess.run(connection -> {
      IpcRenderer ipc = connection.ipcRenderer();
      Typed.of(ipc).handle(ByteArrayCodec.ECHO, (event, bytes) -> bytes);
      AtomicReference<MessagePort> peer = new AtomicReference<>();
      LinkedBlockingQueue<Object> replies = new LinkedBlockingQueue<>();
      ipc.on("port", (event, mode) -> {
        MessagePort port = event.ports().get(0);
        if ("echo".equals(mode[0])) {
          port.onMessage(message -> port.postMessage(message.data()));
        } else {
          port.onMessage(message -> replies.add(message.data()));
          peer.set(port);
        }
        port.start();
        ipc.send("port-taken");
      });
      ipc.on("bench", (event, command) -> {
        List<?> c = (List<?>) command[0];
        int size = (Integer) c.get(1);
        int count = (Integer) c.get(2);
        commands.execute(() -> ipc.send("result", switch ((String) c.get(0)) {
          case "invoke" -> invoke(ipc, size, count);
          case "one-way" -> oneWay(ipc, size, count);
          case "port" -> portRoundTrips(peer.get(), replies, size, count);
          default -> List.of((double) Stats.processAllocatedBytes());
        }));
      });
      ipc.send("ready");
    });
  }

  /** Sequential invokes: p50 and p99 in µs. */
  private static List<Double> invoke(IpcRenderer ipc, int size, int count) {
    byte[] payload = new byte[size];
    for (int i = 0; i < CrossProcessBenchmark.warmup(count); i++) {
      Typed.of(ipc).invoke(ByteArrayCodec.ECHO, payload).join();
    }
    long[] nanos = new long[count];
    for (int i = 0; i < count; i++) {
      long start = System.nanoTime();
      Typed.of(ipc).invoke(ByteArrayCodec.ECHO, payload).join();
      nanos[i] = System.nanoTime() - start;
    }
    return List.of(Stats.percentileMicros(nanos, count, 50), Stats.percentileMicros(nanos, count, 99));
  }

  /** Sequential round trips through a port to another renderer, which posts each message back: p50 and p99 in µs. */
  private static List<Double> portRoundTrips(MessagePort port, LinkedBlockingQueue<Object> replies, int size, int count) {
    byte[] payload = new byte[size];
    long[] nanos = new long[count];
    try {
      for (int i = -CrossProcessBenchmark.warmup(count); i < count; i++) {
        long start = System.nanoTime();
        port.postMessage(payload);
        replies.take();
        if (i >= 0) {
          nanos[i] = System.nanoTime() - start;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return List.of(Stats.percentileMicros(nanos, count, 50), Stats.percentileMicros(nanos, count, 99));
  }

  /** One-way sends, then one invoke so that all of them arrived: messages per second. */
  private static List<Double> oneWay(IpcRenderer ipc, int size, int count) {
    byte[] payload = new byte[size];
    for (int i = 0; i < count / 10; i++) {
      Typed.of(ipc).send(ByteArrayCodec.ONE_WAY, payload);
    }
    Typed.of(ipc).invoke(ByteArrayCodec.ECHO, payload).join();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      Typed.of(ipc).send(ByteArrayCodec.ONE_WAY, payload);
    }
    Typed.of(ipc).invoke(ByteArrayCodec.ECHO, payload).join();
    double seconds = (System.nanoTime() - start) / 1e9;
    return List.of(count / seconds, 0.0, 0.0);
  }

  /** The floor: a blocking Unix-socket ping-pong of {@code size} bytes, printed as "p50 p99". */
  private static void raw(String socket, int size, int count) throws IOException {
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(socket));
      ByteBuffer out = ByteBuffer.allocate(size);
      ByteBuffer in = ByteBuffer.allocate(size);
      int warmup = CrossProcessBenchmark.warmup(count);
      long[] nanos = new long[count];
      for (int i = -warmup; i < count; i++) {
        long start = System.nanoTime();
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
        if (i >= 0) {
          nanos[i] = System.nanoTime() - start;
        }
      }
      System.out.println(Stats.percentileMicros(nanos, count, 50) + " " + Stats.percentileMicros(nanos, count, 99));
    }
  }
}
