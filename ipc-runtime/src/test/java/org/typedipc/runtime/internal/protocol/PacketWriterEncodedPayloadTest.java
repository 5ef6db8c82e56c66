package org.typedipc.runtime.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.internal.loop.ByteBudget;
import org.typedipc.runtime.spi.WireWriter;

/**
 * A large payload handed to the packet writer in its encoder is written from the encoder's array
 * only while the call that handed it in writes it: what waits behind a stalled write, or what the
 * transport did not take at once, is copied before the call returns. The encoder is reused at once
 * (the next large payload is encoded into it), so bytes queued as a view of it would arrive as the
 * next payload's: each test overwrites the encoder while the first payload still waits, then
 * checks that the peer gets the bytes as they were. So with the large arrays an encoder refers to
 * ({@link WireWriter#referToArraysFrom}): they are the caller's, who may change them once the call
 * returned.
 */
@Timeout(30)
class PacketWriterEncodedPayloadTest {
  private static final int LARGE = 256 * 1024;

  /** A stream that takes {@code takeNow} bytes without waiting, then holds every blocking write until {@link #unstall}. */
  private static final class StallingStream extends TakingStream {
    private final CountDownLatch stalled = new CountDownLatch(1);
    private final CountDownLatch open = new CountDownLatch(1);

    StallingStream(long takeNow) {
      super(takeNow);
    }

    @Override
    void beforeWrite() throws IOException {
      stalled.countDown();
      try {
        if (!open.await(20, TimeUnit.SECONDS)) {
          throw new IOException("the test never unstalled the stream");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }

    void awaitStalled() throws InterruptedException {
      assertTrue(stalled.await(20, TimeUnit.SECONDS), "no write reached the stream");
    }

    void unstall() {
      open.countDown();
    }
  }

  private static PacketWriter started(StallingStream stream) {
    PacketWriter writer = PacketWriter.over(stream, ConnectionSettings.defaults());
    writer.start("encoded-payload-writer", new ByteBudget(1 << 24).account(1 << 24), failure -> {});
    return writer;
  }

  /** {@code size} bytes that differ from those of any other {@code mark}. */
  private static byte[] bytes(int size, int mark) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) (i * 31 + mark);
    }
    return bytes;
  }

  private static WireWriter encoderHolding(byte[] payload) {
    WireWriter encoder = new WireWriter(256);
    encoder.writeBytes(payload);
    return encoder;
  }

  /** An encoder that refers to {@code first} and {@code second}, between small fields. */
  private static WireWriter referringTo(byte[] first, byte[] second) {
    return new WireWriter(256).referToArraysFrom(1024).writeInt(1).writeBytes(first).writeString("between")
        .writeBytes(second).writeLong(2);
  }

  /** The payload of each packet in {@code wire} (these packets have no header). */
  private static List<byte[]> payloads(byte[] wire) {
    ByteBuffer buffer = ByteBuffer.wrap(wire);
    List<byte[]> payloads = new ArrayList<>();
    while (buffer.hasRemaining()) {
      int length = buffer.getInt();
      buffer.get(); // type
      assertEquals(0, buffer.getShort(), "header length");
      byte[] payload = new byte[length - 3];
      buffer.get(payload);
      payloads.add(payload);
    }
    return payloads;
  }

  private static void awaitWritten(StallingStream stream, int bytes) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (stream.written().length < bytes && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertEquals(bytes, stream.written().length, "bytes that reached the stream");
  }

  @Test
  void aLargeReplyQueuedBehindAStalledWriteArrivesAsItWasWhileItsEncoderIsReused() throws Exception {
    StallingStream stream = new StallingStream(0);
    PacketWriter writer = started(stream);
    byte[] call = bytes(64, 1);
    CompletableFuture<Void> stalledCall = CompletableFuture.runAsync(
        () -> writer.write(PacketType.INVOKE, null, call, PacketWriter.Admission.WAIT, PacketWriter.Dispatch.BLOCKING));
    stream.awaitStalled();

    byte[] reply = bytes(LARGE, 2);
    WireWriter encoder = encoderHolding(reply);
    writer.write(PacketType.REPLY, null, encoder, PacketWriter.Admission.WAIT, PacketWriter.Dispatch.NOW);
    byte[] next = bytes(LARGE, 3);
    encoder.reset();
    encoder.writeBytes(next); // the next large payload, encoded while the reply still waits
    writer.write(PacketType.REPLY, null, encoder, PacketWriter.Admission.WAIT, PacketWriter.Dispatch.NOW);
    encoder.reset();
    encoder.writeBytes(bytes(LARGE, 4));
    stream.unstall();
    stalledCall.get(20, TimeUnit.SECONDS);

    int encodedLength = encoderHolding(reply).size();
    awaitWritten(stream, (4 + 3 + call.length) + 2 * (4 + 3 + encodedLength));
    List<byte[]> payloads = payloads(stream.written());
    assertArrayEquals(call, payloads.get(0));
    assertArrayEquals(encoderHolding(reply).toByteArray(), payloads.get(1), "the queued reply's bytes");
    assertArrayEquals(encoderHolding(next).toByteArray(), payloads.get(2), "the next reply's bytes");
  }

  @Test
  void whatTheTransportLeavesOfALargeReplyIsCopiedBeforeItsEncoderIsReused() throws Exception {
    StallingStream stream = new StallingStream(1000);
    PacketWriter writer = started(stream);

    byte[] reply = bytes(LARGE, 5);
    WireWriter encoder = encoderHolding(reply);
    writer.write(PacketType.REPLY, null, encoder, PacketWriter.Admission.WAIT, PacketWriter.Dispatch.NOW);
    stream.awaitStalled(); // the writer thread took over the rest
    encoder.reset();
    encoder.writeBytes(bytes(LARGE, 6)); // the next large payload, encoded while the rest waits
    stream.unstall();

    int encodedLength = encoderHolding(reply).size();
    awaitWritten(stream, 4 + 3 + encodedLength);
    assertArrayEquals(encoderHolding(reply).toByteArray(), payloads(stream.written()).get(0), "the reply's bytes");
  }

  @Test
  void theLargeArraysAnEncoderRefersToLeaveFromThemselvesInOneWrite() throws Exception {
    List<byte[]> arraysWritten = new ArrayList<>();
    TakingStream stream = new TakingStream(Long.MAX_VALUE) {
      @Override
      public synchronized long writeNow(ByteBuffer[] sources, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
          arraysWritten.add(sources[i].array());
        }
        return super.writeNow(sources, offset, length);
      }
    };
    PacketWriter writer = PacketWriter.over(stream, ConnectionSettings.defaults());
    writer.start("referring-writer", new ByteBudget(1 << 24).account(1 << 24), failure -> {});
    byte[] first = bytes(LARGE, 7);
    byte[] second = bytes(LARGE, 8);
    WireWriter encoder = referringTo(first, second);

    writer.write(PacketType.REPLY, null, encoder, PacketWriter.Admission.WAIT, PacketWriter.Dispatch.NOW);

    assertTrue(arraysWritten.stream().anyMatch(array -> array == first), "the first array itself went out");
    assertTrue(arraysWritten.stream().anyMatch(array -> array == second), "the second array itself went out");
    assertArrayEquals(referringTo(first, second).toByteArray(), payloads(stream.written()).get(0));
  }

  @Test
  void whatTheTransportLeavesOfTheArraysAnEncoderRefersToIsCopiedBeforeTheCallReturns() throws Exception {
    StallingStream stream = new StallingStream(LARGE + 100); // the first array and a little of the second
    PacketWriter writer = started(stream);
    byte[] first = bytes(LARGE, 9);
    byte[] second = bytes(LARGE, 10);
    byte[] expected = referringTo(first, second).toByteArray();
    WireWriter encoder = referringTo(first, second);

    writer.write(PacketType.REPLY, null, encoder, PacketWriter.Admission.WAIT, PacketWriter.Dispatch.NOW);
    stream.awaitStalled(); // the writer thread took over the rest
    Arrays.fill(first, (byte) 0); // the caller's arrays are its own again
    Arrays.fill(second, (byte) 0);
    encoder.reset();
    encoder.writeBytes(bytes(LARGE, 11));
    stream.unstall();

    awaitWritten(stream, 4 + 3 + expected.length);
    assertArrayEquals(expected, payloads(stream.written()).get(0), "the reply's bytes");
  }

  @Test
  void theArraysOfAPayloadQueuedBehindAStalledWriteAreCopiedBeforeTheCallReturns() throws Exception {
    StallingStream stream = new StallingStream(0);
    PacketWriter writer = started(stream);
    CompletableFuture<Void> stalledCall = CompletableFuture.runAsync(
        () -> writer.write(PacketType.INVOKE, null, bytes(64, 12), PacketWriter.Admission.WAIT, PacketWriter.Dispatch.BLOCKING));
    stream.awaitStalled();
    byte[] first = bytes(LARGE, 13);
    byte[] second = bytes(LARGE, 14);
    byte[] expected = referringTo(first, second).toByteArray();

    writer.write(PacketType.REPLY, null, referringTo(first, second), PacketWriter.Admission.WAIT, PacketWriter.Dispatch.NOW);
    Arrays.fill(first, (byte) 0);
    Arrays.fill(second, (byte) 0);
    stream.unstall();
    stalledCall.get(20, TimeUnit.SECONDS);

    awaitWritten(stream, (4 + 3 + 64) + 4 + 3 + expected.length);
    assertArrayEquals(expected, payloads(stream.written()).get(1), "the queued reply's bytes");
  }
}
