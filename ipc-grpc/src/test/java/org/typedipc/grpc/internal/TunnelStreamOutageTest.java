package org.typedipc.grpc.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A suspended tunnel: it reports the outage to the connection's heartbeat, takes what writers hand
 * it without blocking them up to half its replay window, and sends it on the call that resumes it.
 */
@Timeout(60)
class TunnelStreamOutageTest {
  @Test
  void writesDuringAnOutageReturnAtOnceAndTravelWithTheResume() throws Exception {
    TunnelStream stream = new TunnelStream("test tunnel", () -> {}, true);
    RecordingCall first = new RecordingCall();
    stream.attach(first);
    stream.out().write(ByteBuffer.wrap(new byte[] {1, 2}));
    assertFalse(stream.outageUnderway());

    assertEquals(1, stream.suspend(first));
    assertTrue(stream.outageUnderway(), "the heartbeat must see the outage");
    stream.out().write(ByteBuffer.wrap(new byte[] {3, 4})); // returns: the caller is not held until the resume
    assertArrayEquals(new byte[] {1, 2}, first.bytes(), "nothing goes to a cut call");

    RecordingCall next = new RecordingCall();
    assertTrue(stream.resume(next, 1), "the peer had the first byte");
    assertFalse(stream.outageUnderway());
    assertArrayEquals(new byte[] {2, 3, 4}, next.bytes());
  }

  @Test
  void pastHalfTheReplayWindowAWriterWaitsForTheResume() throws Exception {
    TunnelStream stream = new TunnelStream("test tunnel", () -> {}, true);
    RecordingCall first = new RecordingCall();
    stream.attach(first);
    stream.suspend(first);
    int half = 8 << 20;
    stream.out().write(ByteBuffer.allocate(half));

    Thread writer = new Thread(() -> {
      try {
        stream.out().write(ByteBuffer.wrap(new byte[] {9}));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, "writer past the outage bound");
    writer.start();
    while (writer.getState() != Thread.State.WAITING) {
      assertTrue(writer.isAlive(), "the write past the bound must wait, not return");
      Thread.sleep(10);
    }

    RecordingCall next = new RecordingCall();
    assertTrue(stream.resume(next, 0));
    writer.join();
    byte[] sent = next.bytes();
    assertEquals(half + 1, sent.length);
    assertEquals(9, sent[half], "the waiting write follows the held bytes");
  }

  /** A call that is always ready and keeps what is sent on it. */
  private static final class RecordingCall implements TunnelStream.Call {
    private final List<byte[]> chunks = new CopyOnWriteArrayList<>();

    byte[] bytes() {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      chunks.forEach(all::writeBytes);
      return all.toByteArray();
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void send(byte[] chunk) {
      chunks.add(chunk);
    }

    @Override
    public void request(int messages) {}

    @Override
    public void finish() {}
  }
}
