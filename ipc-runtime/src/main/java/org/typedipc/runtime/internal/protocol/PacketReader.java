package org.typedipc.runtime.internal.protocol;

import java.io.EOFException;
import org.typedipc.runtime.ConnectionSettings;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.concurrent.atomic.AtomicReference;
import org.typedipc.runtime.IpcPacketTooLargeException;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * Reads packets from a byte stream: {@code u32 length | u8 type | u16 header length | header |
 * payload}. Every length is checked against the limits before anything is allocated, so a hostile
 * or confused peer cannot make it allocate more than one packet of at most {@code maxPacketBytes};
 * before the peer authenticated, not more than its fixed buffer ({@link #forHandshake}).
 *
 * <p>The liveness clock counts whole packets, not bytes: a peer that trickles a packet byte by
 * byte looks as silent as one that sends nothing.
 */
public final class PacketReader {
  private static final int BUFFER_BYTES = 64 * 1024;
  /**
   * A payload this small is read into the buffer with its header and left there (see {@link
   * Packet#payload()}); larger ones go straight into the direct buffer, or an array of their own, past the buffer.
   */
  private static final int IN_PLACE_BYTES = 16 * 1024;
  /** The largest HELLO main reads: no more than the fixed buffer, so an unauthenticated peer costs nothing more. */
  public static final int MAX_HELLO_BYTES = ConnectionSettings.MAX_HELLO_BYTES;

  private final ReadableByteChannel in;
  private final int maxPacketBytes;
  /** The limit now: {@link #MAX_HELLO_BYTES} until the peer authenticated, then {@code maxPacketBytes}. */
  private int limit;
  private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).flip();
  private final Packet packet = new Packet();
  /**
   * The largest payload array kept for the next packet: a fresh array of a mebibyte costs about
   * four times its copy (zeroing, a humongous region, collections).
   */
  static final int SPARE_MAX_BYTES = 4 << 20;
  /**
   * A large payload's array given back once read ({@link #reuse}), for the next payload of the
   * same size; at most one, at most {@link #SPARE_MAX_BYTES}. Given back by any thread, possibly
   * while another reads: hence atomic.
   */
  private final AtomicReference<byte[]> spare = new AtomicReference<>();
  /**
   * The direct buffer a large payload of at most {@link #SPARE_MAX_BYTES} is read into, so that the
   * kernel writes it there rather than into a temporary one copied to an array; null while a packet
   * holds it ({@link Packet#takeDirect}), when the next payload falls back to an array. At most one
   * per reader, grown by doubling to at most {@link #SPARE_MAX_BYTES} (the smaller one it replaces
   * is left to the collector, so a reader's buffers total less than twice the bound).
   */
  private final AtomicReference<ByteBuffer> direct = new AtomicReference<>(NO_DIRECT);
  /** The direct buffer before the first large payload: too small for any, so it is replaced. */
  private static final ByteBuffer NO_DIRECT = ByteBuffer.allocateDirect(0);
  private volatile long lastReadNanos = System.nanoTime();

  /** A reader over {@code in} with the packet limit of {@code settings}. */
  public static PacketReader over(ReadableByteChannel in, ConnectionSettings settings) {
    return new PacketReader(in, settings.maxPacketBytes());
  }

  /**
   * A reader for main's side of a handshake: it reads no packet larger than {@link
   * #MAX_HELLO_BYTES} until {@link #authenticated()}.
   */
  public static PacketReader forHandshake(ReadableByteChannel in, ConnectionSettings settings) {
    PacketReader reader = over(in, settings);
    reader.limit = Math.min(MAX_HELLO_BYTES, settings.maxPacketBytes());
    return reader;
  }

  PacketReader(ReadableByteChannel in, int maxPacketBytes) {
    this.in = in;
    this.maxPacketBytes = maxPacketBytes;
    this.limit = maxPacketBytes;
  }

  /** The peer proved its secret: packets up to the connection's limit may follow. */
  void authenticated() {
    limit = maxPacketBytes;
  }

  /**
   * Reads the preamble the peer writes before its first packet: the magic and its protocol
   * version. Anything else on the stream fails with the first bytes shown, e.g. text a child
   * process printed to its standard output.
   *
   * @return the peer's protocol version
   */
  int readPreamble() throws IOException {
    if (!fill(Protocol.PREAMBLE_BYTES)) {
      throw new EOFException(ErrorMessages.closedBeforePreamble());
    }
    int magic = buffer.getInt(buffer.position());
    if (magic != Protocol.MAGIC) {
      throw new IpcProtocolException(ErrorMessages.nonProtocolBytes(hex(buffer, Math.min(buffer.remaining(), 16))));
    }
    buffer.getInt();
    return buffer.getShort() & 0xFFFF;
  }

  /**
   * Reads the next packet; null if the peer closed the stream between packets. The packet's header
   * reads from this reader's buffer: parse it before the next call.
   */
  Packet read() throws IOException {
    ByteBuffer left = packet.takeDirect();
    if (left != null) {
      reuse(left); // the last packet's consumer is done with it, not having taken it
    }
    if (!fill(4)) {
      return null;
    }
    int length = buffer.getInt();
    if (length < 3) {
      throw new IpcProtocolException(ErrorMessages.packetShorterThanHeader(length));
    }
    if (length > limit) {
      throw new IpcPacketTooLargeException(limit < maxPacketBytes
          ? ErrorMessages.helloTooLarge(length, limit)
          : ErrorMessages.packetTooLargeToRead(length, limit));
    }
    require(3);
    int typeCode = buffer.get() & 0xFF;
    int headerLength = buffer.getShort() & 0xFFFF;
    PacketType type = PacketType.of(typeCode);
    if (type == null) {
      throw new IpcProtocolException(ErrorMessages.unknownPacketType(typeCode));
    }
    if (headerLength > length - 3) {
      throw new IpcProtocolException(ErrorMessages.headerTooLong(headerLength, length));
    }
    int payloadLength = length - 3 - headerLength;
    // A small payload is buffered with its header and read in place; a large one into its own array.
    ByteBuffer directBuffer;
    boolean inPlace = payloadLength <= IN_PLACE_BYTES && headerLength + payloadLength <= BUFFER_BYTES;
    require(inPlace ? headerLength + payloadLength : headerLength);
    packet.header.reset(buffer.array(), buffer.arrayOffset() + buffer.position(), headerLength);
    buffer.position(buffer.position() + headerLength);
    packet.type = type;
    if (inPlace) {
      packet.payloadIn(buffer.array(), buffer.arrayOffset() + buffer.position(), payloadLength);
      buffer.position(buffer.position() + payloadLength);
    } else if (payloadLength <= SPARE_MAX_BYTES && (directBuffer = takeDirect(payloadLength)) != null) {
      packet.payloadIn(readPayload(directBuffer, payloadLength));
    } else {
      packet.payload(readPayload(payloadLength));
    }
    lastReadNanos = System.nanoTime();
    return packet;
  }

  /** Reads and drops whatever the peer still sends until it closes its end (or this stream is closed). */
  void discardUntilEnd() {
    ByteBuffer sink = ByteBuffer.allocate(8192);
    try {
      while (in.read(sink) >= 0) {
        sink.clear();
      }
    } catch (IOException e) {
      // Closed by the linger timer, or reset: either way there is nothing more to wait for.
    }
  }

  /** Whether a whole packet header may already be buffered, so that the next read need not block. */
  boolean hasBuffered() {
    return buffer.hasRemaining();
  }

  /** Restarts the liveness clock: the reader thread is back to waiting for input. */
  void markProgress() {
    lastReadNanos = System.nanoTime();
  }

  /** When the last whole packet arrived, for the liveness check. */
  long lastReadNanos() {
    return lastReadNanos;
  }

  /**
   * Gives back the array of a large payload that nothing reads any more, for the next one of its
   * size. Only the one holder of the array may give it back, once.
   */
  void reuse(byte[] payload) {
    if (payload.length > IN_PLACE_BYTES && payload.length <= SPARE_MAX_BYTES) {
      spare.set(payload);
    }
  }

  /**
   * Gives back the direct buffer a packet held ({@link Packet#takeDirect}) once nothing reads it.
   * Only the one holder of the buffer may give it back, once.
   */
  void reuse(ByteBuffer payload) {
    direct.set(payload);
  }

  /** The direct buffer for a payload of {@code length}, grown if too small; null while a packet holds it. */
  private ByteBuffer takeDirect(int length) {
    ByteBuffer kept = direct.getAndSet(null);
    if (kept == null || kept.capacity() >= length) {
      return kept;
    }
    int capacity = Math.min(SPARE_MAX_BYTES, Integer.highestOneBit(length - 1) << 1);
    return ByteBuffer.allocateDirect(capacity);
  }

  /** Reads a payload of {@code length} into {@code into}, which holds it from position 0 to its limit. */
  private ByteBuffer readPayload(ByteBuffer into, int length) throws IOException {
    into.clear().limit(length);
    int buffered = Math.min(buffer.remaining(), length);
    into.put(buffer.array(), buffer.arrayOffset() + buffer.position(), buffered);
    buffer.position(buffer.position() + buffered);
    while (into.hasRemaining()) {
      if (in.read(into) < 0) {
        throw new EOFException(ErrorMessages.closedMidPacket());
      }
    }
    return into.flip();
  }

  private byte[] readPayload(int length) throws IOException {
    byte[] kept = spare.getAndSet(null);
    byte[] payload = kept != null && kept.length == length ? kept : new byte[length];
    int buffered = Math.min(buffer.remaining(), length);
    buffer.get(payload, 0, buffered);
    if (buffered == length) {
      return payload;
    }
    ByteBuffer rest = ByteBuffer.wrap(payload, buffered, length - buffered);
    while (rest.hasRemaining()) {
      if (in.read(rest) < 0) {
        throw new EOFException(ErrorMessages.closedMidPacket());
      }
    }
    return payload;
  }

  private void require(int bytes) throws IOException {
    if (!fill(bytes)) {
      throw new EOFException(ErrorMessages.closedMidPacket());
    }
  }

  /** Buffers at least {@code bytes}; false on end of stream before any of them. */
  private boolean fill(int bytes) throws IOException {
    if (buffer.remaining() >= bytes) {
      return true;
    }
    buffer.compact();
    try {
      while (buffer.position() < bytes) {
        int read = in.read(buffer);
        if (read < 0) {
          if (buffer.position() == 0) {
            return false;
          }
          throw new EOFException(ErrorMessages.closedMidPacket());
        }
      }
    } finally {
      buffer.flip();
    }
    return true;
  }

  private static String hex(ByteBuffer buffer, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(String.format("%02x ", buffer.get(buffer.position() + i)));
    }
    String printable = new String(buffer.array(), buffer.position(), count, java.nio.charset.StandardCharsets.ISO_8859_1)
        .replaceAll("[^\\x20-\\x7e]", ".");
    return text.toString().trim() + " (\"" + printable + "\")";
  }
}
