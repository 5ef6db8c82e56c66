package org.typedipc.runtime.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.internal.loop.ByteBudget;

/** The writer thread: a peer that takes nothing blocks that thread alone. */
@Timeout(10)
class PacketWriterTest {
  /** A channel whose writes block until released, like a socket whose peer stopped reading. */
  private static final class StuckChannel implements WritableByteChannel {
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch writing = new CountDownLatch(1);

    @Override
    public int write(ByteBuffer source) throws IOException {
      writing.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        throw new IOException(e);
      }
      throw new IOException("closed");
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {
      release.countDown();
    }
  }

  @Test
  void callersOnlyQueueAndARefusedPacketDoesNotWaitWhenThePeerTakesNothing() throws Exception {
    StuckChannel channel = new StuckChannel();
    PacketWriter writer = new PacketWriter(channel, 4096);
    CompletableFuture<Exception> failure = new CompletableFuture<>();
    writer.start("test-writer", new ByteBudget(1 << 20).account(10_000), failure::complete);
    byte[] payload = new byte[1000];
    long start = System.nanoTime();
    int queued = 0;
    while (writer.write(PacketType.SEND, null, payload, PacketWriter.Admission.REFUSE)) {
      queued++;
    }
    assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 1000, "queueing blocked");
    assertTrue(queued >= 9, "queued " + queued);
    assertTrue(channel.writing.await(5, TimeUnit.SECONDS));
    Thread.sleep(50);
    assertTrue(writer.stalledNanos(System.nanoTime()) >= TimeUnit.MILLISECONDS.toNanos(50));
    // A control packet goes in whatever the budget says.
    assertTrue(writer.write(PacketType.HEARTBEAT, null, null, PacketWriter.Admission.FORCE));

    CountDownLatch closed = new CountDownLatch(1);
    long abortStart = System.nanoTime();
    writer.abort(() -> {
      channel.close();
      closed.countDown();
    });
    assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - abortStart) < 100, "abort waited");
    assertTrue(closed.await(5, TimeUnit.SECONDS));
    assertTrue(writer.awaitFinished(5000));
    assertFalse(failure.isDone(), "an aborted writer reports no failure");
    assertThrows(IpcDisconnectedException.class, () -> writer.write(PacketType.SEND, null, payload));
    assertEquals(0, writer.stalledNanos(System.nanoTime()));
  }

  @Test
  void aFailedWriteIsReportedOnce() throws Exception {
    WritableByteChannel broken = new WritableByteChannel() {
      @Override
      public int write(ByteBuffer source) throws IOException {
        throw new IOException("broken pipe");
      }

      @Override
      public boolean isOpen() {
        return true;
      }

      @Override
      public void close() {}
    };
    PacketWriter writer = new PacketWriter(broken, 4096);
    CompletableFuture<Exception> failure = new CompletableFuture<>();
    writer.start("test-writer", new ByteBudget(1 << 20).account(1 << 20), failure::complete);
    writer.write(PacketType.SEND, null, new byte[10]);
    assertEquals("broken pipe", failure.get(5, TimeUnit.SECONDS).getMessage());
    assertThrows(IpcDisconnectedException.class, () -> writer.write(PacketType.SEND, null, new byte[10]));
  }
}
