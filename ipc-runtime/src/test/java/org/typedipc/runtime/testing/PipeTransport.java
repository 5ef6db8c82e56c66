package org.typedipc.runtime.testing;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.Pipe;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.typedipc.runtime.transport.ByteStream;
import org.typedipc.runtime.transport.Transport;
import org.typedipc.runtime.transport.TransportServer;

/**
 * A transport over pairs of in-memory pipes, both ends in this JVM: the byte path of the stdio
 * transport without a child process. It is also what adding a transport takes: this one class,
 * given to main's {@code listen} and to the renderer's options.
 */
public final class PipeTransport implements Transport {
  private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();
  private static final ByteStream CLOSED = new Pair(null, null, "closed");
  private final Map<String, BlockingQueue<ByteStream>> servers = new ConcurrentHashMap<>();

  @Override
  public String name() {
    return "PIPE";
  }

  @Override
  public TransportServer listen() {
    String address = "pipe-" + NEXT_ADDRESS.incrementAndGet();
    BlockingQueue<ByteStream> accepted = new LinkedBlockingQueue<>();
    servers.put(address, accepted);
    return new TransportServer() {
      @Override
      public String address() {
        return address;
      }

      @Override
      public ByteStream accept() throws IOException {
        try {
          ByteStream next = accepted.take();
          if (next == CLOSED) {
            throw new ClosedChannelException();
          }
          return next;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ClosedChannelException();
        }
      }

      @Override
      public void close() {
        servers.remove(address);
        accepted.add(CLOSED);
      }
    };
  }

  @Override
  public ByteStream connect(String address) throws IOException {
    BlockingQueue<ByteStream> server = servers.get(address);
    if (server == null) {
      throw new IOException("nothing listens at " + address);
    }
    Pipe toMain = Pipe.open();
    Pipe toRenderer = Pipe.open();
    server.add(new Pair(toMain.source(), toRenderer.sink(), "main's end of " + address));
    return new Pair(toRenderer.source(), toMain.sink(), "the renderer's end of " + address);
  }

  private record Pair(ReadableByteChannel in, WritableByteChannel out, String describe) implements ByteStream {
    @Override
    public void close() throws IOException {
      try {
        in.close();
      } finally {
        out.close();
      }
    }
  }
}
