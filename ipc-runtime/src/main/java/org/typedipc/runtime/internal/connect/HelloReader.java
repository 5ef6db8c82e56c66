package org.typedipc.runtime.internal.connect;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.internal.protocol.Protocol;
import org.typedipc.runtime.internal.transport.SocketStream;
import org.typedipc.runtime.transport.ByteStream;

/**
 * Reads the HELLO of new socket connections on one thread with a selector, at most {@code max}
 * connections waiting at once. When all are taken, the one that has waited longest is closed, but
 * only after every connection whose bytes have arrived was read: a renderer writes its HELLO as
 * soon as it connects, so however many silent connections arrive, an invitation's own connection
 * is read before it could lose its slot. Each connection costs a 10-byte buffer until its HELLO's
 * length is known, then that length (at most {@link ConnectionSettings#MAX_HELLO_BYTES}).
 */
final class HelloReader {
  /** Preamble and the first packet's length. */
  private static final int HEAD_BYTES = Protocol.PREAMBLE_BYTES + 4;

  private final int max;
  private final long timeoutNanos;
  /** Gets each stream with the bytes of its HELLO, or what came before it ended. */
  private final BiConsumer<ByteStream, byte[]> done;
  private final Runnable evicted;
  private final Selector selector;
  private final ConcurrentLinkedQueue<ByteStream> incoming = new ConcurrentLinkedQueue<>();
  /** In arrival order: the first has waited longest. Touched by the selector thread only. */
  private final LinkedHashMap<ByteStream, Pending> waiting = new LinkedHashMap<>();
  /** Read, their keys cancelled, to be handed on once the selector has let go of them. */
  private final ArrayDeque<Pending> finished = new ArrayDeque<>();
  private volatile boolean closed;

  private static final class Pending {
    final ByteStream stream;
    final SocketChannel channel;
    final long since = System.nanoTime();
    final ByteBuffer head = ByteBuffer.allocate(HEAD_BYTES);
    ByteBuffer body;
    SelectionKey key;
    byte[] bytes;

    Pending(ByteStream stream) {
      this.stream = stream;
      this.channel = SocketStream.socketOf(stream);
    }
  }

  HelloReader(String name, ConnectionSettings settings, BiConsumer<ByteStream, byte[]> done, Runnable evicted) throws IOException {
    this.max = settings.maxPendingHandshakes();
    this.timeoutNanos = settings.handshakeTimeout().toNanos();
    this.done = done;
    this.evicted = evicted;
    this.selector = Selector.open();
    Thread thread = new Thread(this::run, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Whether this reader can take {@code stream}: a socket's. */
  static boolean canRead(ByteStream stream) {
    return SocketStream.socketOf(stream) != null;
  }

  /** Hands over a new connection. */
  void add(ByteStream stream) {
    incoming.add(stream);
    selector.wakeup();
  }

  void close() {
    closed = true;
    selector.wakeup();
  }

  private void run() {
    try {
      while (!closed) {
        selector.select(1000);
        readReady();
        handOn();
        ByteStream stream;
        while ((stream = incoming.poll()) != null) {
          // Whatever has arrived is read before anyone loses a slot.
          selector.selectNow();
          readReady();
          handOn();
          admit(stream);
          handOn();
        }
        expire();
      }
    } catch (IOException | RuntimeException e) {
      // The selector failed: nothing more is read here; the waiting connections must not outlive it.
    } finally {
      for (Pending pending : waiting.values()) {
        Streams.closeQuietly(pending.stream);
      }
      waiting.clear();
      ByteStream stream;
      while ((stream = incoming.poll()) != null) {
        Streams.closeQuietly(stream);
      }
      try {
        selector.close();
      } catch (IOException e) {
        // nothing left to release
      }
    }
  }

  private void admit(ByteStream stream) {
    if (waiting.size() >= max) {
      Iterator<Pending> oldest = waiting.values().iterator();
      Pending lost = oldest.next();
      oldest.remove();
      Streams.closeQuietly(lost.stream);
      evicted.run();
    }
    Pending pending = new Pending(stream);
    try {
      pending.key = pending.channel.register(selector, SelectionKey.OP_READ, pending);
      waiting.put(stream, pending);
      read(pending);
    } catch (IOException | RuntimeException e) {
      waiting.remove(stream);
      finish(pending);
    }
  }

  private void readReady() {
    for (SelectionKey key : selector.selectedKeys()) {
      Pending pending = (Pending) key.attachment();
      if (waiting.containsKey(pending.stream)) {
        read(pending);
      }
    }
    selector.selectedKeys().clear();
  }

  /** Reads what has come; hands the stream on once its HELLO is in, or it ended. */
  private void read(Pending pending) {
    try {
      if (pending.head.hasRemaining()) {
        if (pending.channel.read(pending.head) < 0) {
          complete(pending);
          return;
        }
        if (pending.head.hasRemaining()) {
          return;
        }
        int length = pending.head.getInt(Protocol.PREAMBLE_BYTES);
        if (length < 3 || length > ConnectionSettings.MAX_HELLO_BYTES) {
          complete(pending); // the handshake refuses it, saying why
          return;
        }
        pending.body = ByteBuffer.allocate(length);
      }
      if (pending.channel.read(pending.body) < 0 || !pending.body.hasRemaining()) {
        complete(pending);
      }
    } catch (IOException e) {
      complete(pending);
    }
  }

  private void complete(Pending pending) {
    waiting.remove(pending.stream);
    finish(pending);
  }

  private void finish(Pending pending) {
    if (pending.key != null) {
      pending.key.cancel();
    }
    pending.bytes = new byte[pending.head.position() + (pending.body == null ? 0 : pending.body.position())];
    System.arraycopy(pending.head.array(), 0, pending.bytes, 0, pending.head.position());
    if (pending.body != null) {
      System.arraycopy(pending.body.array(), 0, pending.bytes, pending.head.position(), pending.body.position());
    }
    finished.add(pending);
  }

  /** Hands on what was read: the selector lets go of cancelled keys first, so no key outlives the read. */
  private void handOn() throws IOException {
    if (finished.isEmpty()) {
      return;
    }
    selector.selectNow(); // what this finds ready is read on the next round
    Pending pending;
    while ((pending = finished.poll()) != null) {
      done.accept(pending.stream, pending.bytes);
    }
  }

  /** Closes the connections that have not sent their HELLO within the handshake timeout. */
  private void expire() {
    long now = System.nanoTime();
    Iterator<Pending> all = waiting.values().iterator();
    while (all.hasNext()) {
      Pending pending = all.next();
      if (now - pending.since < timeoutNanos) {
        return; // in arrival order: the rest are younger
      }
      all.remove();
      pending.key.cancel();
      Streams.closeQuietly(pending.stream);
    }
  }
}
