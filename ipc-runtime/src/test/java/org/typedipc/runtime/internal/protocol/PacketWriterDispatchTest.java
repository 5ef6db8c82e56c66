package org.typedipc.runtime.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.internal.loop.ByteBudget;

/**
 * Who writes a packet: the thread that makes a reply or a lone message, as far as the transport
 * takes it at once; the writer thread the rest, in order, and bursts in batches. Over a pipe, which
 * takes nothing without waiting, main's reader writes its deliveries' replies once each returned.
 */
@Timeout(20)
class PacketWriterDispatchTest {
  /** A stream that takes at most {@code takeNow} bytes without waiting, recording every write and its thread. */
  private static final class RecordingStream extends TakingStream {
    final List<String> writers = new ArrayList<>();
    final CountDownLatch writerWrote = new CountDownLatch(1);
    /** A pipe: it writes nothing without waiting, and its reader may write. */
    private final boolean pipe;

    RecordingStream(long takeNow) {
      this(takeNow, false);
    }

    private RecordingStream(long takeNow, boolean pipe) {
      super(pipe ? -1 : takeNow);
      this.pipe = pipe;
    }

    static RecordingStream pipe() {
      return new RecordingStream(0, true);
    }

    @Override
    public boolean readerMayWrite() {
      return pipe;
    }

    @Override
    void tookNow() {
      writers.add("now:" + Thread.currentThread().getName());
    }

    @Override
    void afterWrite() {
      writers.add("out:" + Thread.currentThread().getName());
      writerWrote.countDown();
    }

    synchronized List<String> writers() {
      return List.copyOf(writers);
    }
  }

  private static PacketWriter started(RecordingStream stream) {
    return started(stream, "test-writer");
  }

  private static PacketWriter started(RecordingStream stream, String threadName) {
    PacketWriter writer = PacketWriter.over(stream, ConnectionSettings.defaults());
    CompletableFuture<IOException> failure = new CompletableFuture<>();
    writer.start(threadName, new ByteBudget(1 << 24).account(1 << 24), failure::complete);
    return writer;
  }

  /** How many times the thread named {@code name} has waited so far (it waits once per wake-up). */
  private static long timesWaited(String name) {
    Thread thread = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst().orElseThrow();
    return ManagementFactory.getThreadMXBean().getThreadInfo(thread.getId()).getWaitedCount();
  }

  /** Waits until the thread named {@code name} waits for work (it may still be starting); returns {@link #timesWaited}. */
  private static long awaitWaiting(String name) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (timesWaited(name) == 0 && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    return timesWaited(name);
  }

  /** The payloads of the packets in {@code wire}, in order (these packets have no header). */
  private static List<Integer> firstBytes(byte[] wire) {
    ByteBuffer buffer = ByteBuffer.wrap(wire);
    List<Integer> payloads = new ArrayList<>();
    while (buffer.hasRemaining()) {
      int length = buffer.getInt();
      buffer.position(buffer.position() + 3);
      payloads.add(buffer.get() & 0xFF);
      buffer.position(buffer.position() + length - 4);
    }
    return payloads;
  }

  private static byte[] payload(int size, int first) {
    byte[] payload = new byte[size];
    payload[0] = (byte) first;
    return payload;
  }

  @Test
  void aReplyOnAnIdleWriterLeavesOnTheThreadThatMadeIt() throws Exception {
    RecordingStream stream = new RecordingStream(Long.MAX_VALUE);
    PacketWriter writer = started(stream);

    writer.write(PacketType.REPLY, null, payload(64, 1), PacketWriter.Admission.WAIT, PacketWriter.Dispatch.NOW);

    assertEquals(List.of("now:" + Thread.currentThread().getName()), stream.writers());
    assertEquals(List.of(1), firstBytes(stream.written()));
    assertTrue(writer.isIdle());
  }

  @Test
  void repliesWrittenInlineLeaveTheWriterThreadAsleep() throws Exception {
    RecordingStream stream = new RecordingStream(Long.MAX_VALUE);
    String name = "sleeping-writer";
    PacketWriter writer = started(stream, name);
    long before = awaitWaiting(name);

    int replies = 500;
    for (int i = 0; i < replies; i++) {
      writer.write(PacketType.REPLY, null, payload(64, i & 0xFF), PacketWriter.Admission.WAIT, PacketWriter.Dispatch.NOW);
      Thread.sleep(0, 100_000); // room for a woken writer thread to run and wait again
    }

    assertEquals(replies, stream.writers().size());
    assertTrue(stream.writers().stream().noneMatch(w -> w.startsWith("out:")), "the writer thread wrote nothing");
    // A wake-up per reply would be a context switch per packet; a stray one (a spurious wake-up) is allowed.
    long wakeUps = timesWaited(name) - before;
    assertTrue(wakeUps <= 2, "the writer thread woke " + wakeUps + " times for " + replies + " replies written inline");
  }

  @Test
  void whatTheTransportDoesNotTakeAtOnceTheWriterThreadWritesInOrder() throws Exception {
    RecordingStream stream = new RecordingStream(10);
    PacketWriter writer = started(stream);

    writer.write(PacketType.REPLY, null, payload(100_000, 1), PacketWriter.Admission.WAIT, PacketWriter.Dispatch.NOW);
    for (int i = 2; i <= 5; i++) {
      writer.write(PacketType.SEND, null, payload(64, i), PacketWriter.Admission.WAIT, PacketWriter.Dispatch.NOW);
    }

    assertTrue(stream.writerWrote.await(10, TimeUnit.SECONDS));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!writer.isIdle() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertEquals(List.of(1, 2, 3, 4, 5), firstBytes(stream.written()));
    List<String> writers = stream.writers();
    assertEquals("now:" + Thread.currentThread().getName(), writers.get(0), "the caller wrote what the transport took at once");
    assertTrue(writers.subList(1, writers.size()).stream().allMatch(w -> w.equals("out:test-writer")), writers.toString());
  }

  @Test
  void aLoneMessageLeavesAtOnceAndABurstIsBatchedByTheWriterThread() throws Exception {
    RecordingStream stream = new RecordingStream(Long.MAX_VALUE);
    PacketWriter writer = started(stream);
    Thread.sleep(1); // a quiet spell before the first

    int burst = 2000;
    for (int i = 0; i < burst; i++) {
      writer.write(PacketType.SEND, null, payload(64, i & 0xFF), PacketWriter.Admission.WAIT, PacketWriter.Dispatch.SOON);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!writer.isIdle() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }

    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < burst; i++) {
      expected.add(i & 0xFF);
    }
    assertEquals(expected, firstBytes(stream.written()));
    List<String> writers = stream.writers();
    assertEquals("now:" + Thread.currentThread().getName(), writers.get(0), "the lone first message left at once");
    assertTrue(writers.size() < burst / 4, burst + " messages took " + writers.size() + " writes");
  }

  @Test
  void overAPipeTheReaderWritesTheReplyOfItsDeliveryOnceItReturned() throws Exception {
    RecordingStream stream = RecordingStream.pipe();
    PacketWriter writer = started(stream, "pipe-writer");
    awaitWaiting("pipe-writer"); // a writer thread still starting would take what it finds queued

    writer.deliveryStarts();
    writer.write(PacketType.REPLY, null, payload(64, 1), PacketWriter.Admission.REFUSE, PacketWriter.Dispatch.NOW);
    writer.write(PacketType.SEND, null, payload(64, 2), PacketWriter.Admission.REFUSE, PacketWriter.Dispatch.SOON);
    Thread.sleep(50); // room for a writer thread woken by mistake to write them
    assertEquals(List.of(), stream.writers(), "nothing left during the delivery, on main's loop");
    writer.deliveryEnded();

    assertEquals(List.of("out:" + Thread.currentThread().getName()), stream.writers(), "the reader wrote both in one write");
    assertEquals(List.of(1, 2), firstBytes(stream.written()));
    assertTrue(writer.isIdle());
  }

  @Test
  void overAPipeWhatOtherThreadsWriteDuringADeliveryIsTheWriterThreads() throws Exception {
    RecordingStream stream = RecordingStream.pipe();
    PacketWriter writer = started(stream);

    writer.deliveryStarts();
    CompletableFuture.runAsync(() -> writer.write(PacketType.REPLY, null, payload(64, 1), PacketWriter.Admission.WAIT,
        PacketWriter.Dispatch.NOW)).get(10, TimeUnit.SECONDS);
    assertTrue(stream.writerWrote.await(10, TimeUnit.SECONDS), "the writer thread wrote another thread's reply during the delivery");
    writer.deliveryEnded();

    assertEquals(List.of("out:test-writer"), stream.writers());
    assertEquals(List.of(1), firstBytes(stream.written()));
  }

  @Test
  void overAPipeRepliesTheReaderWritesLeaveTheWriterThreadAsleep() throws Exception {
    RecordingStream stream = RecordingStream.pipe();
    String name = "sleeping-pipe-writer";
    PacketWriter writer = started(stream, name);
    long before = awaitWaiting(name);

    int replies = 500;
    for (int i = 0; i < replies; i++) {
      writer.deliveryStarts();
      writer.write(PacketType.REPLY, null, payload(64, i & 0xFF), PacketWriter.Admission.REFUSE, PacketWriter.Dispatch.NOW);
      writer.deliveryEnded();
      Thread.sleep(0, 100_000); // room for a woken writer thread to run and wait again
    }

    assertEquals(replies, stream.writers().size());
    assertTrue(stream.writers().stream().allMatch(w -> w.equals("out:" + Thread.currentThread().getName())), "the reader wrote every reply");
    long wakeUps = timesWaited(name) - before;
    assertTrue(wakeUps <= 2, "the writer thread woke " + wakeUps + " times for " + replies + " replies the reader wrote");
  }
}
