package org.typedipc.runtime.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The pushed chunks as a blocking channel: order, demand held back at the high-water mark, end and failure. */
@Timeout(30)
class InboundBytesTest {
  private final AtomicInteger demanded = new AtomicInteger();

  @Test
  void aReaderGetsTheChunksInOrderAcrossBufferBoundaries() throws IOException {
    InboundBytes inbound = new InboundBytes(1024, demanded::incrementAndGet);
    inbound.add(new byte[] {1, 2, 3});
    inbound.add(ByteBuffer.wrap(new byte[] {9, 4, 5}).position(1));
    inbound.end();

    assertArrayEquals(new byte[] {1, 2}, readExactly(inbound, 2));
    assertArrayEquals(new byte[] {3, 4, 5}, readExactly(inbound, 3));
    assertEquals(-1, inbound.read(ByteBuffer.allocate(8)));
    assertFalse(inbound.isOpen());
  }

  @Test
  void demandStopsAtTheHighWaterMarkAndResumesOnceReadBelowIt() throws IOException {
    InboundBytes inbound = new InboundBytes(4, demanded::incrementAndGet);
    inbound.add(new byte[2]);
    assertEquals(1, demanded.get(), "below the mark it asks for the next chunk");
    inbound.add(new byte[3]);
    assertEquals(1, demanded.get(), "at the mark it waits for the reader");

    readExactly(inbound, 1);
    assertEquals(1, demanded.get(), "still 4 bytes queued");
    readExactly(inbound, 1);
    assertEquals(2, demanded.get(), "below the mark again: one more chunk asked for, once");
    readExactly(inbound, 3);
    assertEquals(2, demanded.get());
  }

  @Test
  void injectedBytesAreReadWithoutAskingForMore() throws IOException {
    InboundBytes inbound = new InboundBytes(1024, demanded::incrementAndGet);
    inbound.inject(new byte[] {7});
    assertArrayEquals(new byte[] {7}, readExactly(inbound, 1));
    assertEquals(0, demanded.get());
  }

  @Test
  void aBlockedReaderWakesWhenAChunkArrives() throws Exception {
    InboundBytes inbound = new InboundBytes(1024, demanded::incrementAndGet);
    CompletableFuture<byte[]> reading = CompletableFuture.supplyAsync(() -> {
      try {
        return readExactly(inbound, 2);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    inbound.add(new byte[] {5});
    inbound.add(new byte[] {6});
    assertArrayEquals(new byte[] {5, 6}, reading.get(10, TimeUnit.SECONDS));
  }

  @Test
  void aFailureReachesTheReaderAtOnceWithTheFirstReason() throws Exception {
    InboundBytes inbound = new InboundBytes(1024, demanded::incrementAndGet);
    CompletableFuture<Integer> blocked = CompletableFuture.supplyAsync(() -> {
      try {
        return inbound.read(ByteBuffer.allocate(4));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    inbound.fail("reset by peer");
    inbound.add(new byte[] {1});
    inbound.fail("a later reason");

    Exception thrown = assertThrows(Exception.class, () -> blocked.get(10, TimeUnit.SECONDS));
    assertEquals("reset by peer", thrown.getCause().getCause().getMessage());
    IOException again = assertThrows(IOException.class, () -> inbound.read(ByteBuffer.allocate(4)));
    assertEquals("reset by peer", again.getMessage());
  }

  @Test
  void endDrainsTheQueueFirstButCloseDropsIt() throws IOException {
    InboundBytes ended = new InboundBytes(1024, demanded::incrementAndGet);
    ended.add(new byte[] {1});
    ended.end();
    assertTrue(ended.isOpen(), "a byte is still to be read");
    assertArrayEquals(new byte[] {1}, readExactly(ended, 1));

    InboundBytes closed = new InboundBytes(1024, demanded::incrementAndGet);
    closed.add(new byte[] {1});
    closed.close();
    assertEquals(-1, closed.read(ByteBuffer.allocate(4)));
  }

  @Test
  void anInterruptedReaderGetsAClosedChannel() {
    InboundBytes inbound = new InboundBytes(1024, demanded::incrementAndGet);
    Thread.currentThread().interrupt();
    try {
      assertThrows(ClosedChannelException.class, () -> inbound.read(ByteBuffer.allocate(4)));
      assertTrue(Thread.interrupted(), "the interrupt stays set");
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void aHighWaterMarkThatIsNotPositiveIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new InboundBytes(0, () -> {}));
  }

  private static byte[] readExactly(InboundBytes inbound, int n) throws IOException {
    ByteBuffer target = ByteBuffer.allocate(n);
    while (target.hasRemaining()) {
      if (inbound.read(target) < 0) {
        throw new IOException("ended early");
      }
    }
    return target.array();
  }
}
