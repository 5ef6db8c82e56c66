package org.typedipc.runtime.internal.connect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.internal.protocol.Protocol;
import org.typedipc.runtime.internal.transport.TcpTransport;
import org.typedipc.runtime.transport.TransportServer;

/**
 * However many silent connections arrive after it, a connection whose HELLO has come is read
 * before anyone loses a slot: an invitation's own connection is always admitted.
 */
@Timeout(60)
class HelloReaderTest {
  private static final int SLOTS = 4;
  private static final int SILENT = 200;

  /** A preamble and a 20-byte packet: what the reader takes for a whole HELLO. */
  private static byte[] hello(int marker) {
    ByteBuffer bytes = ByteBuffer.allocate(Protocol.PREAMBLE_BYTES + 4 + 20);
    bytes.putInt(Protocol.MAGIC).putShort((short) Protocol.VERSION).putInt(20).put((byte) 1).putShort((short) 0);
    bytes.putInt(bytes.capacity() - 4, marker);
    return bytes.array();
  }

  @Test
  void renderersWhoseHelloCameAreReadBeforeTwoHundredSilentConnectionsTakeTheirSlots() throws Exception {
    ConnectionSettings settings = ConnectionSettings.defaults().withHandshake(Duration.ofSeconds(30), SLOTS);
    Map<Integer, byte[]> read = new ConcurrentHashMap<>();
    CountDownLatch renderers = new CountDownLatch(10);
    AtomicInteger evicted = new AtomicInteger();
    List<SocketChannel> clients = new ArrayList<>();
    // The built-in TCP transport's streams, as main accepts them.
    try (TransportServer server = new TcpTransport().listen()) {
      String address = server.address();
      InetSocketAddress socket = new InetSocketAddress(address.substring(0, address.lastIndexOf(':')),
          Integer.parseInt(address.substring(address.lastIndexOf(':') + 1)));
      HelloReader reader = new HelloReader("test-hello", settings, (stream, bytes) -> {
        if (bytes.length == hello(0).length) {
          read.put(ByteBuffer.wrap(bytes).getInt(bytes.length - 4), bytes);
          renderers.countDown();
        }
        try {
          stream.close();
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }, evicted::incrementAndGet);
      try {
        for (int renderer = 0; renderer < 10; renderer++) {
          SocketChannel client = SocketChannel.open(socket);
          clients.add(client);
          client.write(ByteBuffer.wrap(hello(renderer)));
          reader.add(server.accept());
          // Right behind each renderer, 20 silent connections: five times the slots.
          for (int i = 0; i < SILENT / 10; i++) {
            clients.add(SocketChannel.open(socket));
            reader.add(server.accept());
          }
        }
        assertTrue(renderers.await(30, TimeUnit.SECONDS), "read only " + read.keySet());
        for (int renderer = 0; renderer < 10; renderer++) {
          assertArrayEquals(hello(renderer), read.get(renderer));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (evicted.get() < SILENT - SLOTS && System.nanoTime() < deadline) {
          Thread.sleep(10);
        }
        assertEquals(SILENT - SLOTS, evicted.get(), "silent connections must have lost their slots");
      } finally {
        reader.close();
      }
    } finally {
      for (SocketChannel client : clients) {
        client.close();
      }
    }
  }
}
