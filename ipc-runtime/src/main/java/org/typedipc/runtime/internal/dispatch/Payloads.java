package org.typedipc.runtime.internal.dispatch;

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
  private static final ThreadLocal<Encoding> ENCODING = ThreadLocal.withInitial(Encoding::new);

  private Payloads() {}

  public static <T> byte[] encode(Codec<T> codec, T value) {
    Encoding encoding = ENCODING.get();
    if (encoding.lent) {
      WireWriter own = new WireWriter(256);
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
   * #giveBack}: for a payload written at once (a reply), whose bytes are copied on the way out. An
   * encoding meanwhile on this thread (code the reply runs) takes a writer of its own.
   */
  public static <T> WireWriter lend(Codec<T> codec, T value) {
    Encoding encoding = ENCODING.get();
    if (encoding.lent) {
      WireWriter own = new WireWriter(256);
      codec.encode(own, value);
      return own;
    }
    WireWriter writer = encoding.writer;
    writer.reset();
    encoding.lent = true;
    try {
      codec.encode(writer, value);
    } catch (RuntimeException | Error e) {
      giveBack(writer);
      throw e;
    }
    return writer;
  }

  /**
   * Whether a lent payload is small enough to be written from the writer: a larger one is taken
   * as an array of its own ({@link #bytes}), which the packet writer queues without a copy.
   */
  public static boolean writesFromLent(WireWriter lent) {
    return lent.size() <= LENT_WRITE_LIMIT;
  }

  private static final int LENT_WRITE_LIMIT = 16 * 1024;

  /**
   * Whether a lent payload is large enough that {@link #bytes} gives the writer's own buffer away
   * rather than a copy: such a payload is best handed on as that array.
   */
  public static boolean givesItsArray(WireWriter lent) {
    return lent.size() > MAX_RETAINED;
  }

  /** The bytes of a lent writer as an array of their own, as {@link #encode} returns them. */
  public static byte[] bytes(WireWriter lent) {
    return lent.size() > MAX_RETAINED ? lent.takeBytes() : lent.toByteArray();
  }

  /** Ends the loan of {@link #lend}: the writer may be reused. */
  public static void giveBack(WireWriter writer) {
    Encoding encoding = ENCODING.get();
    if (encoding.writer == writer) {
      encoding.lent = false;
      encoding.dropIfLarge();
    }
  }

  /** A thread's writer, and whether it is lent out. */
  private static final class Encoding {
    WireWriter writer = new WireWriter(256);
    boolean lent;

    /** A writer grown past {@link #MAX_RETAINED} is not kept. */
    void dropIfLarge() {
      if (writer.size() > MAX_RETAINED) {
        writer = new WireWriter(256);
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
