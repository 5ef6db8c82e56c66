package org.typedipc.runtime.internal.protocol;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.GatheringByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcPacketTooLargeException;
import org.typedipc.runtime.spi.WireWriter;
import org.typedipc.runtime.internal.loop.ByteBudget;
import org.typedipc.runtime.internal.loop.Daemons;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.transport.ByteStream;

/**
 * Writes packets. During the handshake the caller writes each packet itself. Once the connection
 * {@linkplain #start starts}, a caller never waits on the peer unless it may ({@link
 * Dispatch#BLOCKING}, a renderer's call): when nothing is being written, a reply or a lone message
 * goes out on the caller's thread as far as the transport takes it without waiting ({@link
 * ByteStream#writeNow}), and the connection's own writer thread writes the rest, so a peer that
 * stops reading blocks that thread alone, never a caller's loop or a timer. Packets queued while a
 * write is in progress join its next system call (a burst of sends costs one call per batch).
 * Small packets are copied into one of two reused buffers; large payloads are written from the caller's
 * array without a copy. A large payload still in its encoder ({@link #write(PacketType, WireWriter,
 * WireWriter, Admission, Dispatch)}) is written from the encoder's array, and from the large
 * arrays it refers to, in one gathering write when this call writes it; the bytes the call leaves
 * for the writer thread, or that wait behind a write in progress, are copied first, as the encoder
 * is reused and those arrays may change once the call returns. What is queued is bounded by a {@link ByteBudget.Account}: each {@link
 * Admission} says what a caller does when it is full.
 */
public final class PacketWriter {
  private static final int COPY_LIMIT = 32 * 1024;
  private static final int BUFFER_BYTES = 64 * 1024;

  /** What a packet does when the outbound budget is full. */
  enum Admission {
    /** Waits for room; the drain timeout ends a peer that never makes any. */
    WAIT,
    /** Is refused ({@link #write} returns false): the caller must not block. */
    REFUSE,
    /** Is queued anyway: small control packets (heartbeat, cancel, close). */
    FORCE
  }

  /** Who writes a packet that finds the writer idle. */
  enum Dispatch {
    /** The caller, waiting on the peer if it must: a renderer's call, whose thread may block. */
    BLOCKING,
    /** The caller as far as the transport takes it at once, the writer thread the rest: a reply, a call of main. */
    NOW,
    /** As {@link #NOW} for a message after a quiet spell; one of a burst is queued for the writer thread, which batches. */
    SOON,
    /** The writer thread: control packets, which may come from the timer. */
    QUEUED
  }

  /** How long the writer must have been handed nothing for a one-way message to count as lone. */
  private static final long LONE_GAP_NANOS = 100_000;

  private final WritableByteChannel out;
  /** Writes without waiting, or null if the transport cannot. */
  private final ByteStream stream;
  private final int maxPacketBytes;
  private final Object lock = new Object();
  /** Buffers waiting to be written, in order; the last one may still be filled. */
  private List<ByteBuffer> queued = new ArrayList<>();
  /** The list the writing thread drains; swapped with {@link #queued}. */
  private List<ByteBuffer> writing = new ArrayList<>();
  private ByteBuffer[] gather = new ByteBuffer[4];
  private ByteBuffer fill;
  /**
   * The buffers of an encoded payload queued without a copy, over its encoder's array and the
   * arrays it keeps by reference, consecutive in the queue: the thread that queued them writes
   * them, or copies what it could not write, before it returns. Owned by that thread while it
   * holds {@link #writeInProgress}.
   */
  private final List<ByteBuffer> borrowed = new ArrayList<>();
  /**
   * The buffers small packets go to, each while it is not queued nor being written: two, so that a
   * burst fills one while the other is written (with one, every batch of a burst allocated 64 KiB).
   * The second is allocated on first need; others are allocated while both are in use.
   */
  private final ByteBuffer[] reusable = new ByteBuffer[2];
  private final boolean[] reusableInUse = new boolean[2];
  /** Bytes queued or being written. */
  private long queuedBytes;
  private boolean writeInProgress;
  /** Volatile, as is {@link #closed}, so that {@link #write} may look before it takes the lock. */
  private volatile IOException failure;
  /** No packet is accepted any more. */
  private volatile boolean closed;
  /** Queued packets are dropped: the peer is gone or stalled. */
  private boolean aborted;
  /** Runs on the writer thread once everything queued before a graceful close is written. */
  private Runnable afterLastWrite;
  private final CountDownLatch finished = new CountDownLatch(1);
  /** Null until {@link #start}: the handshake writes on the caller's thread, within no budget. */
  private volatile ByteBudget.Account budget;
  private Thread thread;
  private Consumer<IOException> onFailure;
  private volatile long lastWriteNanos = System.nanoTime();
  /** When the peer last took bytes, or when bytes started to wait if it took none since. */
  private long lastProgressNanos = System.nanoTime();
  /** When the last packet was handed in; see {@link Dispatch#SOON}. */
  private long lastHandedNanos;
  /** Whether the reader thread writes what its deliveries make, after each: see {@link #deliveryStarts}. */
  private final boolean readerWrites;
  /** The reader thread while it runs a delivery; see {@link #deliveryStarts}. */
  private volatile Thread reader;
  /** A packet the reader queued during its delivery waits for {@link #deliveryEnded}. */
  private boolean owed;

  /** A writer to {@code stream} with the packet limit of {@code settings}. */
  public static PacketWriter over(ByteStream stream, ConnectionSettings settings) {
    return new PacketWriter(stream.out(), stream, settings.maxPacketBytes());
  }

  /** A writer to {@code out}, which cannot write without waiting, with the packet limit of {@code settings}. */
  public static PacketWriter over(WritableByteChannel out, ConnectionSettings settings) {
    return new PacketWriter(out, settings.maxPacketBytes());
  }

  PacketWriter(WritableByteChannel out, int maxPacketBytes) {
    this(out, null, maxPacketBytes);
  }

  private PacketWriter(WritableByteChannel out, ByteStream stream, int maxPacketBytes) {
    this.out = out;
    this.stream = stream;
    this.maxPacketBytes = maxPacketBytes;
    this.readerWrites = stream != null && stream.readerMayWrite();
  }

  /**
   * Hands all further writing to a writer thread named {@code name}, within {@code budget}; a
   * failed write is reported to {@code onFailure}, on that thread.
   */
  void start(String name, ByteBudget.Account budget, Consumer<IOException> onFailure) {
    synchronized (lock) {
      this.budget = budget;
      this.onFailure = onFailure;
      thread = new Thread(this::runWriter, name);
      thread.setDaemon(true);
      thread.start();
    }
  }

  /** Writes the preamble; call before any packet. */
  void writePreamble() throws IOException {
    ByteBuffer preamble = ByteBuffer.allocate(Protocol.PREAMBLE_BYTES).putInt(Protocol.MAGIC).putShort((short) Protocol.VERSION).flip();
    synchronized (lock) {
      while (preamble.hasRemaining()) {
        out.write(preamble);
      }
    }
  }

  /** Writes one packet (during the handshake: now, on this thread), waiting for room if needed. */
  void write(PacketType type, WireWriter header, byte[] payload) {
    write(type, header, payload, Admission.WAIT);
  }

  /**
   * Queues one packet for the writer thread (during the handshake: writes it now).
   *
   * @return false if {@code admission} is {@link Admission#REFUSE} and the budget is full
   * @throws IpcPacketTooLargeException if the packet exceeds the limit; nothing is written
   * @throws IpcDisconnectedException if the writer is closed or a write failed
   */
  boolean write(PacketType type, WireWriter header, byte[] payload, Admission admission) {
    return write(type, header, payload, admission, Dispatch.QUEUED);
  }

  /**
   * As {@link #write(PacketType, WireWriter, byte[], Admission)}; {@code dispatch} says who writes
   * the packet if no write is in progress.
   */
  boolean write(PacketType type, WireWriter header, byte[] payload, Admission admission, Dispatch dispatch) {
    return write(type, header, payload, null, payload == null ? 0 : payload.length, admission, dispatch);
  }

  /**
   * As {@link #write(PacketType, WireWriter, byte[], Admission, Dispatch)}, for a payload that
   * {@code encoded} holds: its bytes are copied before this returns, so the caller may reuse it.
   */
  boolean write(PacketType type, WireWriter header, WireWriter encoded, Admission admission, Dispatch dispatch) {
    return write(type, header, null, encoded, encoded.size(), admission, dispatch);
  }

  private boolean write(PacketType type, WireWriter header, byte[] payload, WireWriter encoded, int payloadLength, Admission admission,
      Dispatch dispatch) {
    int headerLength = header == null ? 0 : header.size();
    long length = 3L + headerLength + payloadLength;
    if (length > maxPacketBytes) {
      throw new IpcPacketTooLargeException(ErrorMessages.packetTooLargeToSend(length, maxPacketBytes));
    }
    long cost = 4 + length;
    boolean now = false;
    // Fails early without the lock (a closed writer's budget may never have room); checked again below.
    checkOpen();
    ByteBudget.Account account = budget;
    if (account != null && !take(account, cost, admission)) {
      if (admission == Admission.REFUSE) {
        return false;
      }
      checkOpen();
    }
    synchronized (lock) {
      if (failure != null || closed) {
        if (account != null) {
          account.release(cost);
        }
        checkOpen();
      }
      boolean lone = dispatch == Dispatch.SOON && lone();
      Writer who = whoWrites(dispatch, lone);
      enqueue(type, header, payload, encoded, headerLength, payloadLength, length, who == Writer.CALLER || who == Writer.CALLER_NOW);
      if (queuedBytes == 0) {
        lastProgressNanos = System.nanoTime();
      }
      queuedBytes += cost;
      switch (who) {
        case WRITE_IN_PROGRESS:
          return true; // the writing thread takes it with its next batch
        case READER_AFTER_DELIVERY:
          owed = true; // written by this thread once its delivery returned, outside main's loop
          return true;
        case WRITER_THREAD:
          lock.notifyAll();
          return true;
        default:
          writeInProgress = true;
          now = who == Writer.CALLER_NOW;
      }
    }
    if (now) {
      drainNow();
    } else {
      drain(false);
    }
    return true;
  }

  /** Who writes a packet just handed in. */
  private enum Writer {
    /** The thread writing now, with its next batch. */
    WRITE_IN_PROGRESS,
    /** The caller, waiting on the peer if it must. */
    CALLER,
    /** The caller as far as the transport takes it at once, the writer thread the rest. */
    CALLER_NOW,
    /** The reader thread, once the delivery it runs returned ({@link #deliveryEnded}). */
    READER_AFTER_DELIVERY,
    /** The writer thread. */
    WRITER_THREAD
  }

  /** Who writes a packet handed in with {@code dispatch} now; the caller holds the lock. */
  private Writer whoWrites(Dispatch dispatch, boolean lone) {
    if (writeInProgress) {
      return Writer.WRITE_IN_PROGRESS;
    }
    if (thread == null || dispatch == Dispatch.BLOCKING) {
      return Writer.CALLER;
    }
    if (dispatch == Dispatch.NOW || lone) {
      if (readerWrites && Thread.currentThread() == reader) {
        return Writer.READER_AFTER_DELIVERY;
      }
      if (stream != null) {
        return Writer.CALLER_NOW;
      }
    }
    return Writer.WRITER_THREAD;
  }

  /** Whether the packet just handed in came after a quiet spell; the caller holds the lock. */
  private boolean lone() {
    long now = System.nanoTime();
    boolean lone = now - lastHandedNanos >= LONE_GAP_NANOS;
    lastHandedNanos = now;
    return lone;
  }

  private static boolean take(ByteBudget.Account account, long cost, Admission admission) {
    switch (admission) {
      case FORCE:
        account.force(cost);
        return true;
      case REFUSE:
        return account.tryTake(cost);
      default:
        try {
          return account.awaitTake(cost, Long.MAX_VALUE);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IpcDisconnectedException(ErrorMessages.interruptedWaitingForRoom());
        }
    }
  }

  /**
   * Adds a packet to the fill buffer, or a large payload as buffers of its own: {@code encoded}'s
   * own bytes and the arrays it refers to if {@code writtenHere} (the caller writes them, or copies
   * what it could not, before it returns: {@link #borrowed}), else a copy of them.
   */
  private void enqueue(PacketType type, WireWriter header, byte[] payload, WireWriter encoded, int headerLength, int payloadLength,
      long length, boolean writtenHere) {
    boolean copyPayload = payloadLength < COPY_LIMIT;
    int headBytes = 4 + 3 + headerLength + (copyPayload ? payloadLength : 0);
    if (fill == null || fill.remaining() < headBytes) {
      sealFill();
      fill = headBytes <= BUFFER_BYTES ? takeReusable() : null;
      if (fill == null) {
        fill = ByteBuffer.allocate(Math.max(headBytes, BUFFER_BYTES));
      }
      queued.add(fill);
    }
    fill.putInt((int) length).put((byte) type.code).putShort((short) headerLength);
    if (header != null) {
      header.writeTo(fill);
    }
    if (copyPayload) {
      if (encoded != null) {
        encoded.writeTo(fill);
      } else if (payload != null) {
        fill.put(payload);
      }
      return;
    }
    sealFill();
    if (encoded != null && writtenHere) {
      encoded.appendByteBuffers(borrowed);
      for (int i = 0; i < borrowed.size(); i++) {
        queued.add(borrowed.get(i));
      }
    } else {
      queued.add(ByteBuffer.wrap(encoded != null ? encoded.toByteArray() : payload));
    }
  }

  /**
   * The calling thread, the connection's reader, runs a delivery now. Over a stream whose {@link
   * ByteStream#readerMayWrite()} (a pipe), a reply or lone message it makes meanwhile is left for it
   * to write once the delivery returned ({@link #deliveryEnded}), outside main's loop: the loop
   * never waits on the peer, and the reply leaves without a hand-off to the writer thread.
   */
  void deliveryStarts() {
    if (readerWrites) {
      reader = Thread.currentThread();
    }
  }

  /**
   * The delivery {@link #deliveryStarts} announced returned: this thread writes the batch it
   * queued, waiting on the peer if it must. The reader holds only this connection meanwhile, and a
   * wait longer than a heartbeat interval hands reading on to a new thread, as any long delivery
   * does. What comes while the batch is written is the writer thread's.
   */
  void deliveryEnded() {
    if (!readerWrites) {
      return;
    }
    synchronized (lock) {
      if (reader == Thread.currentThread()) {
        reader = null;
      }
      if (!owed) {
        return;
      }
      owed = false;
      if (writeInProgress || queued.isEmpty() || failure != null || closed) {
        lock.notifyAll();
        return;
      }
      writeInProgress = true;
    }
    drain(true);
  }

  /** The writer thread: writes whatever is queued until the writer closes or fails. */
  private void runWriter() {
    Runnable last = null;
    try {
      while (true) {
        synchronized (lock) {
          // A caller may still be writing inline, having queued before this thread started.
          while ((queued.isEmpty() || writeInProgress) && !closed && failure == null) {
            lock.wait();
          }
          while (writeInProgress) {
            lock.wait();
          }
          if (queued.isEmpty() || failure != null || aborted) {
            last = aborted || failure != null ? null : afterLastWrite;
            break;
          }
          writeInProgress = true;
        }
        drain(false);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable e) {
      // An Error here must not leave the connection half-open: report it as a failed write.
      reportFailure(new IOException(e));
    } finally {
      finished.countDown();
    }
    IOException failed;
    synchronized (lock) {
      failed = aborted ? null : failure;
    }
    if (failed != null) {
      reportFailure(failed);
    }
    if (last != null) {
      last.run();
    }
  }

  private void reportFailure(IOException e) {
    Consumer<IOException> report = onFailure;
    if (report != null) {
      report.accept(e);
    }
  }

  /**
   * Writes what is queued until nothing is, or one batch only if {@code oneBatch} (the writer thread
   * takes the rest); only the thread that set {@link #writeInProgress} calls it.
   */
  private void drain(boolean oneBatch) {
    for (int batches = 0; ; batches++) {
      List<ByteBuffer> batch;
      long bytes;
      synchronized (lock) {
        if (queued.isEmpty() || failure != null || aborted || (oneBatch && batches == 1)) {
          writeInProgress = false;
          borrowed.clear(); // all written, or dropped
          if (failure != null || aborted) {
            dropQueued();
          }
          wakeWriterIfNeeded();
          return;
        }
        sealFill();
        batch = queued;
        queued = writing;
        writing = batch;
        bytes = 0;
        bytes = remaining(batch);
      }
      IOException error = null;
      // An interrupted caller must not close the channel (NIO closes it on interrupt) and lose the
      // renderer: the flag is set aside for the write and restored after it.
      boolean interrupted = Thread.interrupted();
      try {
        writeAll(batch);
      } catch (IOException e) {
        error = e;
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
      long wroteAt = System.nanoTime(); // one clock read for both stamps: it costs as much as a small packet's copy
      synchronized (lock) {
        if (error != null && !aborted) {
          failure = error;
        }
        for (int i = 0; i < batch.size(); i++) {
          release(batch.get(i));
        }
        batch.clear();
        // An abort meanwhile already dropped the count.
        queuedBytes = aborted ? 0 : queuedBytes - bytes;
        lastProgressNanos = wroteAt;
      }
      if (budget != null) {
        budget.release(bytes);
      }
      lastWriteNanos = wroteAt;
    }
  }

  /**
   * Writes one batch of what is queued as far as the transport takes it without waiting; only the
   * thread that set {@link #writeInProgress} calls it. What is left, and what came meanwhile, is
   * the writer thread's; what is left of the {@link #borrowed} buffers goes to it as copies.
   */
  private void drainNow() {
    List<ByteBuffer> batch;
    long bytes = 0;
    synchronized (lock) {
      sealFill();
      batch = queued;
      queued = writing;
      writing = batch;
      bytes = remaining(batch);
    }
    long written = 0;
    IOException error = null;
    try {
      written = writeSome(batch, bytes);
    } catch (IOException e) {
      error = e;
    }
    // Copied outside the lock: the writer thread waits for this thread's write to end anyway.
    ByteBuffer[] rests = error == null ? copiesOfBorrowedLeft() : null;
    long wroteAt = System.nanoTime();
    synchronized (lock) {
      if (error != null && !aborted) {
        failure = error;
      }
      int unwritten = 0;
      while (unwritten < batch.size() && !batch.get(unwritten).hasRemaining()) {
        release(batch.get(unwritten++));
      }
      if (rests != null) {
        replaceBorrowed(batch, rests);
      }
      borrowed.clear();
      if (failure == null && !aborted && unwritten < batch.size()) {
        queued.addAll(0, batch.subList(unwritten, batch.size()));
      }
      batch.clear();
      queuedBytes = aborted ? 0 : queuedBytes - written;
      if (written > 0) {
        lastProgressNanos = wroteAt;
      }
      writeInProgress = false;
      if (failure != null || aborted) {
        dropQueued();
      }
      wakeWriterIfNeeded(); // the writer thread takes over what is left, or reports the failure
    }
    if (budget != null) {
      budget.release(written);
    }
    lastWriteNanos = wroteAt;
  }

  /**
   * Wakes the writer thread after an inline write if it has something to do: bytes are left, the
   * write failed, or the writer was closed meanwhile. Waking it for nothing would cost a context
   * switch per packet, which on one CPU is as much as the write itself. The caller holds the lock.
   */
  private void wakeWriterIfNeeded() {
    if (!queued.isEmpty() || failure != null || closed) {
      lock.notifyAll();
    }
  }

  /** Copies of what is left of the {@link #borrowed} buffers (null for one written), or null if all were written. */
  private ByteBuffer[] copiesOfBorrowedLeft() {
    ByteBuffer[] rests = null;
    for (int i = 0; i < borrowed.size(); i++) {
      if (borrowed.get(i).hasRemaining()) {
        if (rests == null) {
          rests = new ByteBuffer[borrowed.size()];
        }
        rests[i] = copyOfRemaining(borrowed.get(i));
      }
    }
    return rests;
  }

  /**
   * Puts {@code rests} in place of the {@link #borrowed} buffers in {@code batch}, where they are
   * consecutive; an abort meanwhile dropped them, and finds none. The caller holds the lock.
   */
  private void replaceBorrowed(List<ByteBuffer> batch, ByteBuffer[] rests) {
    for (int i = 0; i < batch.size(); i++) {
      if (batch.get(i) == borrowed.get(0)) { // by identity: ByteBuffer.equals compares contents
        for (int j = 0; j < rests.length; j++) {
          if (rests[j] != null) {
            batch.set(i + j, rests[j]);
          }
        }
        return;
      }
    }
  }

  private static ByteBuffer copyOfRemaining(ByteBuffer buffer) {
    int from = buffer.arrayOffset() + buffer.position();
    return ByteBuffer.wrap(Arrays.copyOfRange(buffer.array(), from, from + buffer.remaining()));
  }

  /** The bytes left in {@code batch}; an index loop, as an iterator would be an object per batch. */
  private static long remaining(List<ByteBuffer> batch) {
    long bytes = 0;
    for (int i = 0; i < batch.size(); i++) {
      bytes += batch.get(i).remaining();
    }
    return bytes;
  }

  /** Writes from {@code batch} what the transport takes at once; returns the bytes written. */
  private long writeSome(List<ByteBuffer> batch, long bytes) throws IOException {
    int count = batch.size();
    if (gather.length < count) {
      gather = new ByteBuffer[Math.max(count, gather.length * 2)];
    }
    for (int i = 0; i < count; i++) {
      gather[i] = batch.get(i);
    }
    long written = 0;
    try {
      int first = 0;
      while (written < bytes) {
        long taken = stream.writeNow(gather, first, count - first);
        if (taken <= 0) {
          break; // the transport would wait: the writer thread waits instead
        }
        written += taken;
        while (first < count && !gather[first].hasRemaining()) {
          first++;
        }
      }
    } finally {
      Arrays.fill(gather, 0, count, null);
    }
    return written;
  }

  private void writeAll(List<ByteBuffer> batch) throws IOException {
    int count = batch.size();
    if (gather.length < count) {
      gather = new ByteBuffer[Math.max(count, gather.length * 2)];
    }
    long remaining = 0;
    for (int i = 0; i < count; i++) {
      gather[i] = batch.get(i);
      remaining += gather[i].remaining();
    }
    try {
      if (out instanceof GatheringByteChannel) {
        GatheringByteChannel gathering = (GatheringByteChannel) out;
        while (remaining > 0) {
          remaining -= gathering.write(gather, 0, count);
          progress();
        }
      } else {
        for (int i = 0; i < count; i++) {
          while (gather[i].hasRemaining()) {
            out.write(gather[i]);
            progress();
          }
        }
      }
    } finally {
      Arrays.fill(gather, 0, count, null);
    }
  }

  /** The peer took bytes: it is not stalled. */
  private void progress() {
    synchronized (lock) {
      lastProgressNanos = System.nanoTime();
    }
  }

  /** Ends filling the current buffer: from now on it is read from, to be written. */
  private void sealFill() {
    if (fill != null) {
      fill.flip();
      fill = null;
    }
  }

  /** A reusable buffer free to fill, or null if both are in use; the caller holds the lock. */
  private ByteBuffer takeReusable() {
    for (int i = 0; i < reusable.length; i++) {
      if (!reusableInUse[i]) {
        if (reusable[i] == null) {
          reusable[i] = ByteBuffer.allocate(BUFFER_BYTES);
        }
        reusableInUse[i] = true;
        return reusable[i].clear();
      }
    }
    return null;
  }

  /** {@code buffer} is written (or dropped): if it is a reusable one, it may be filled again; the caller holds the lock. */
  private void release(ByteBuffer buffer) {
    for (int i = 0; i < reusable.length; i++) {
      if (reusable[i] == buffer) {
        reusableInUse[i] = false;
      }
    }
  }

  /** Drops what is queued; what a thread is writing now stays that thread's until its write returns. */
  private void dropQueued() {
    for (int i = 0; i < queued.size(); i++) {
      release(queued.get(i));
    }
    queued.clear();
    fill = null;
    queuedBytes = 0;
  }

  /** Whether nothing is being written or waits to be. */
  boolean isIdle() {
    synchronized (lock) {
      return !writeInProgress && queuedBytes == 0;
    }
  }

  /** When bytes were last written, for the heartbeat. */
  long lastWriteNanos() {
    return lastWriteNanos;
  }

  /** How long bytes have waited without the peer taking any, at {@code now}; 0 if none wait. */
  long stalledNanos(long now) {
    synchronized (lock) {
      return queuedBytes == 0 ? 0 : now - lastProgressNanos;
    }
  }

  /** The bytes queued or being written. */
  long queuedBytes() {
    synchronized (lock) {
      return queuedBytes;
    }
  }

  /**
   * Refuses further packets; the writer thread writes what is queued, then runs {@code then} (it
   * closes the stream). Before {@link #start}, both happen on this thread.
   */
  void closeAfterQueued(Runnable then) {
    boolean drainHere;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      afterLastWrite = then;
      drainHere = thread == null;
      if (drainHere) {
        writeInProgress = true;
      }
      lock.notifyAll();
    }
    if (drainHere) {
      drain(false);
      finished.countDown();
      then.run();
    }
    if (budget != null) {
      budget.close();
    }
  }

  /**
   * Refuses further packets and drops what is queued: the peer is gone or does not read. {@code
   * then} (closing the stream, which may block behind a stuck write) runs on a pool thread.
   */
  void abort(Runnable then) {
    synchronized (lock) {
      closed = true;
      aborted = true;
      dropQueued();
      lock.notifyAll();
    }
    if (budget != null) {
      budget.close();
    }
    Daemons.deliveries().execute(then);
  }

  /** Waits up to {@code millis} for the writer thread to finish after a close; false if it did not. */
  boolean awaitFinished(long millis) {
    try {
      return finished.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Whether a write failed or the writer was closed: no packet will be written any more. */
  boolean isBroken() {
    synchronized (lock) {
      return failure != null || closed;
    }
  }

  /** Whether the writer thread (or the close before it started) is done. */
  boolean isFinished() {
    return finished.getCount() == 0;
  }

  private void checkOpen() {
    if (failure != null) {
      throw new IpcDisconnectedException(ErrorMessages.brokeWhileWriting(failure.getMessage()));
    }
    if (closed) {
      throw new IpcDisconnectedException(ErrorMessages.connectionClosed());
    }
  }
}
