package org.typedipc.runtime.internal.dispatch;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicReference;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;

/** Encodes values to exact-size byte arrays and decodes them, reusing one writer and one reader per thread. */
public final class Payloads {
  /**
   * A thread keeps a writer this large. A larger payload takes the writer's buffer with it: a value
   * that is mostly one large array grows a fresh buffer to its exact size in one step, and that
   * buffer is the payload, with no copy.
   */
  private static final int MAX_RETAINED = 64 * 1024;
  /**
   * A byte array this large stays the caller's, referred to by the payload: a call or reply written
   * at once goes out from it with no copy of its own ({@link WireWriter#referToArraysFrom}); any
   * other use of the payload copies it.
   */
  private static final int REFERENCED_BYTES = MAX_RETAINED;
  private static final ThreadLocal<Encoding> ENCODING = ThreadLocal.withInitial(Encoding::new);
  /**
   * A writer grown by a large lent payload, kept for the next: a thread whose last lent payload was
   * large encodes its next one here, into an array warm from the last rather than a fresh one
   * (which costs four times its copy). One for the whole process, so what it holds is bounded
   * whatever the number of threads: a payload of at most {@link #MAX_SPARE_PAYLOAD}, in a buffer of
   * at most twice that. A thread that finds it taken grows a writer of its own, as before.
   */
  private static final AtomicReference<WireWriter> SPARE = new AtomicReference<>();
  private static final int MAX_SPARE_PAYLOAD = 4 * 1024 * 1024;

  private Payloads() {}

  private static WireWriter newWriter() {
    return new WireWriter(256).referToArraysFrom(REFERENCED_BYTES);
  }

  public static <T> byte[] encode(Codec<T> codec, T value) {
    Encoding encoding = ENCODING.get();
    if (encoding.lent != null) {
      WireWriter own = newWriter();
      codec.encode(own, value);
      return own.takeBytes();
    }
    WireWriter writer = encoding.writer;
    writer.reset();
    try {
      codec.encode(writer, value);
      return writer.size() > MAX_RETAINED ? writer.takeBytes() : writer.toByteArray();
    } finally {
      encoding.dropIfLarge();
    }
  }

  /**
   * Encodes {@code value} into this thread's writer and lends it, with no copy, until {@link
   * #giveBack}: for a payload written at once (a call or reply), whose bytes are written from the
   * writer or copied on the way out. A thread whose last lent payload was large takes the {@link
   * #SPARE} writer if it is free. An encoding meanwhile on this thread (code the reply runs) takes
   * a writer of its own.
   */
  public static <T> WireWriter lend(Codec<T> codec, T value) {
    Encoding encoding = ENCODING.get();
    if (encoding.lent != null) {
      WireWriter own = newWriter();
      codec.encode(own, value);
      return own;
    }
    WireWriter spare = encoding.lentLarge ? SPARE.getAndSet(null) : null;
    WireWriter writer = spare != null ? spare : encoding.writer;
    writer.reset();
    encoding.lent = writer;
    boolean encoded = false;
    try {
      codec.encode(writer, value);
      encoded = true;
    } finally {
      encoding.lentLarge = writer.size() > MAX_RETAINED; // a failed encoding's writer may have grown too
      encoding.lentSize = writer.size();
      if (!encoded) {
        giveBack(writer);
      }
    }
    return writer;
  }

  /** The bytes of a lent writer as an array of their own, as {@link #encode} returns them. */
  public static byte[] bytes(WireWriter lent) {
    return lent.size() > MAX_RETAINED ? lent.takeBytes() : lent.toByteArray();
  }

  /**
   * Ends the loan of {@link #lend}: the writer may be reused. One grown by a large payload becomes
   * the {@link #SPARE} if that is free and the payload not too large; a thread keeps no large one.
   */
  public static void giveBack(WireWriter writer) {
    Encoding encoding = ENCODING.get();
    if (encoding.lent != writer) {
      return; // a writer of its own, lent during a loan
    }
    encoding.lent = null;
    boolean spare = writer != encoding.writer;
    if (encoding.lentLarge) {
      if (!spare) {
        encoding.writer = newWriter();
      }
      writer.reset();
      if (encoding.lentSize <= MAX_SPARE_PAYLOAD) {
        SPARE.compareAndSet(null, writer);
      }
    } else if (spare) {
      SPARE.compareAndSet(null, writer); // a small payload in it: it stays the spare
    }
  }

  /** A thread's writer, the writer it lent out (null if none), and whether that payload was large and how large. */
  private static final class Encoding {
    WireWriter writer = newWriter();
    WireWriter lent;
    boolean lentLarge;
    int lentSize;

    /** A writer grown past {@link #MAX_RETAINED} is not kept. */
    void dropIfLarge() {
      if (writer.size() > MAX_RETAINED) {
        writer = newWriter();
      }
    }
  }

  /**
   * Decodes a whole payload of {@code channel}; bytes left over are malformed, and so is a value
   * estimated to take more than {@code maxDecodedBytes} of heap.
   */
  public static <T> T decode(Codec<T> codec, byte[] payload, String channel, long maxDecodedBytes) {
    return decode(codec, payload, 0, payload.length, channel, maxDecodedBytes);
  }

  /** As {@link #decode(Codec, byte[], String, long)}, for a payload in {@code length} bytes of {@code bytes} from {@code offset}. */
  public static <T> T decode(Codec<T> codec, byte[] bytes, int offset, int length, String channel, long maxDecodedBytes) {
    Decoding decoding = DECODING.get();
    if (decoding.busy) {
      // A codec that decodes a payload of its own while it decodes: a reader of its own.
      return decode(codec, new WireReader(bytes, offset, length), decoding.subject(channel), maxDecodedBytes);
    }
    decoding.busy = true;
    try {
      WireReader reader = decoding.reader.reset(bytes, offset, length);
      return decode(codec, reader, decoding.subject(channel), maxDecodedBytes);
    } finally {
      decoding.reader.reset(EMPTY, 0, 0); // the payload is not kept
      decoding.busy = false;
    }
  }

  /**
   * As {@link #decode(Codec, byte[], String, long)}, for a payload from the position to the limit
   * of {@code bytes} (a connection's direct buffer, say), neither of which changes.
   */
  public static <T> T decode(Codec<T> codec, ByteBuffer bytes, String channel, long maxDecodedBytes) {
    Decoding decoding = DECODING.get();
    if (decoding.busy) {
      return decode(codec, new WireReader(EMPTY).reset(bytes), decoding.subject(channel), maxDecodedBytes);
    }
    decoding.busy = true;
    try {
      return decode(codec, decoding.reader.reset(bytes), decoding.subject(channel), maxDecodedBytes);
    } finally {
      decoding.reader.reset(EMPTY, 0, 0); // the payload is not kept
      decoding.busy = false;
    }
  }

  private static <T> T decode(Codec<T> codec, WireReader reader, String subject, long maxDecodedBytes) {
    reader.limitDecodedBytes(maxDecodedBytes, subject);
    T value = codec.decode(reader);
    reader.requireFullyRead();
    return value;
  }

  private static final byte[] EMPTY = new byte[0];
  private static final ThreadLocal<Decoding> DECODING = ThreadLocal.withInitial(Decoding::new);

  /** A thread's reader, and the error subject of the channel it last decoded (most threads decode one channel again and again). */
  private static final class Decoding {
    final WireReader reader = new WireReader(EMPTY);
    boolean busy;
    private String channel;
    private String subject;

    String subject(String of) {
      if (!of.equals(channel)) {
        subject = ErrorMessages.onChannel(of);
        channel = of;
      }
      return subject;
    }
  }
}
