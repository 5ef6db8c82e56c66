package org.typedipc.runtime.spi;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.typedipc.runtime.IpcDecodedTooLargeException;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * Reads what a {@link WireWriter} wrote, checking every length against the bytes that remain before
 * allocating anything. Any malformed input ends in an {@link IpcProtocolException}, never in
 * another exception.
 *
 * <p>A reader may carry a decoded-size limit ({@link #limitDecodedBytes}): decoders {@link #charge}
 * an estimate of the heap each value takes, and the value that would pass the limit fails the
 * message, however well-formed. Decoders never size anything by a count alone: what they allocate
 * stays within a small constant times the bytes they read.
 */
public final class WireReader {
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private byte[] buffer;
  private int limit;
  private int position;
  /**
   * Reading a {@link ByteBuffer} ({@link #reset(ByteBuffer)}): the bytes not yet in the window
   * {@link #buffer} are those of {@code source} from {@code sourceNext} to {@code sourceEnd}; null
   * when reading an array. The window is refilled only where a read would pass its end, so reading
   * an array pays nothing for this.
   */
  private ByteBuffer source;
  private int sourceNext;
  private int sourceEnd;
  /** The offset in the payload of the window's index 0 (0 when reading an array). */
  private int windowStart;
  private byte[] window;
  private static final int WINDOW_BYTES = 8 * 1024;
  private int depth;
  private long decodedLimit = UNLIMITED;
  private long decodedLeft = UNLIMITED;
  private String decodedSubject = "";

  private static final long UNLIMITED = Long.MAX_VALUE;

  /** The estimated heap of one small object: a header and a few fields. */
  public static final int OBJECT_BYTES = 16;

  /** The estimated heap of one reference slot in a collection or array, growth included. */
  public static final int SLOT_BYTES = 8;

  /**
   * Reads all of {@code bytes}.
   *
   * @param bytes what a {@link WireWriter} wrote; read in place, not copied
   */
  public WireReader(byte[] bytes) {
    this(bytes, 0, bytes.length);
  }

  /**
   * Reads {@code length} bytes of {@code bytes} from {@code offset}.
   *
   * @param bytes the array holding what a {@link WireWriter} wrote; read in place, not copied
   * @param offset the index of the first byte to read
   * @param length how many bytes to read
   */
  public WireReader(byte[] bytes, int offset, int length) {
    reset(bytes, offset, length);
  }

  /**
   * Reads {@code length} bytes of {@code bytes} from {@code offset} from now on, from depth 0.
   *
   * @param bytes the array holding what a {@link WireWriter} wrote; read in place, not copied
   * @param offset the index of the first byte to read
   * @param length how many bytes to read
   * @return this reader, without a decoded-size limit
   */
  public WireReader reset(byte[] bytes, int offset, int length) {
    if (offset < 0 || length < 0 || offset + length > bytes.length || offset + length < 0) {
      throw new IndexOutOfBoundsException(ErrorMessages.badArrayRange(offset, length, bytes.length));
    }
    this.buffer = bytes;
    this.position = offset;
    this.limit = offset + length;
    this.source = null;
    this.windowStart = 0;
    this.depth = 0;
    this.decodedLimit = UNLIMITED;
    this.decodedLeft = UNLIMITED;
    return this;
  }

  /**
   * Reads the bytes of {@code bytes} from its position to its limit from now on, from depth 0,
   * through a small window array: a direct buffer the payload was read into is decoded with one
   * copy of each value. Neither the position nor the limit of {@code bytes} changes; its bytes must
   * not change until the reader is reset.
   *
   * @param bytes what a {@link WireWriter} wrote; read in place, not copied as a whole
   * @return this reader, without a decoded-size limit
   */
  public WireReader reset(ByteBuffer bytes) {
    if (window == null) {
      window = new byte[WINDOW_BYTES];
    }
    reset(window, 0, 0);
    this.source = bytes;
    this.sourceNext = bytes.position();
    this.sourceEnd = bytes.limit();
    return this;
  }

  /**
   * Fails decoding with an {@link IpcProtocolException} naming {@code subject} (a channel, say) and
   * {@code limitBytes} once the values read are estimated to take more than {@code limitBytes} of
   * heap. Until {@link #reset} only.
   *
   * @param limitBytes the estimated heap the values read may take
   * @param subject what is being decoded, named in the error
   * @return this reader
   */
  public WireReader limitDecodedBytes(long limitBytes, String subject) {
    if (limitBytes <= 0) {
      throw new IllegalArgumentException(ErrorMessages.nonPositiveDecodedLimit(limitBytes));
    }
    this.decodedLimit = limitBytes;
    this.decodedLeft = limitBytes;
    this.decodedSubject = subject;
    return this;
  }

  /**
   * Counts {@code heapBytes} that a decoder is about to allocate against the decoded-size limit.
   * Codecs of your own that build large values call it before allocating, as the built-in ones do.
   *
   * @param heapBytes the estimated heap of what the decoder is about to allocate
   * @throws IpcProtocolException if the message would decode to more than its limit
   */
  public void charge(long heapBytes) {
    decodedLeft -= heapBytes;
    if (decodedLeft < 0) {
      decodedLeft = 0;
      throw new IpcDecodedTooLargeException(ErrorMessages.decodedTooLarge(decodedSubject, decodedLimit));
    }
  }

  /** {@return the next byte} */
  public byte readByte() {
    require(1, "a byte");
    return buffer[position++];
  }

  /** {@return the next boolean, written as 0 or 1; any other byte is malformed} */
  public boolean readBoolean() {
    byte b = readByte();
    if (b == 0 || b == 1) {
      return b == 1;
    }
    throw malformed(ErrorMessages.badBooleanByte(b));
  }

  /** {@return the next 16-bit value} */
  public short readShort() {
    require(2, "a short");
    short v = (short) (((buffer[position] & 0xFF) << 8) | (buffer[position + 1] & 0xFF));
    position += 2;
    return v;
  }

  /** {@return the next 16-bit char} */
  public char readChar() {
    return (char) readShort();
  }

  /** {@return the next 32-bit value} */
  public int readInt() {
    require(4, "an int");
    int v = (int) INT.get(buffer, position);
    position += 4;
    return v;
  }

  /** {@return the next 64-bit value} */
  public long readLong() {
    require(8, "a long");
    long v = (long) LONG.get(buffer, position);
    position += 8;
    return v;
  }

  /** {@return the next float} */
  public float readFloat() {
    return Float.intBitsToFloat(readInt());
  }

  /** {@return the next double} */
  public double readDouble() {
    return Double.longBitsToDouble(readLong());
  }

  /** {@return the next length, written by {@link WireWriter#writeLength(int)}} */
  public int readLength() {
    int result = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      byte b = readByte();
      result |= (b & 0x7F) << shift;
      if (b >= 0) {
        if (shift == 28 && (b & 0x78) != 0) {
          break;
        }
        return result;
      }
    }
    throw malformed(ErrorMessages.lengthTooLong());
  }

  /**
   * Reads the count of a collection whose elements take at least {@code minBytesPerElement} bytes
   * each, rejecting counts the remaining bytes cannot hold before anything is allocated.
   *
   * @param minBytesPerElement the fewest bytes one element takes on the wire
   * @return the count, which the remaining bytes can hold
   */
  public int readCount(int minBytesPerElement) {
    int count = readLength();
    if ((long) count * Math.max(1, minBytesPerElement) > remaining()) {
      throw malformed(ErrorMessages.countExceedsBytes(count, remaining()));
    }
    return count;
  }

  /** {@return the next byte array, written with its length} */
  public byte[] readBytes() {
    int length = readLength();
    if (length > remaining()) {
      // The message is built only here: decoding must not allocate for bytes it merely checks.
      throw malformed(ErrorMessages.truncated(ErrorMessages.byteArrayOf(length), remaining()));
    }
    charge(OBJECT_BYTES + (long) length);
    byte[] bytes = new byte[length];
    if (length <= limit - position) {
      System.arraycopy(buffer, position, bytes, 0, length);
      position += length;
    } else {
      copyTo(bytes, 0, length);
    }
    return bytes;
  }

  /** {@return the next string, written as UTF-8 with its byte length; malformed UTF-8 is rejected} */
  public String readString() {
    int length = readLength();
    if (length > remaining()) {
      throw malformed(ErrorMessages.truncated(ErrorMessages.stringOf(length), remaining()));
    }
    if (length == 0) {
      return ""; // shared: a list of empty strings costs its slots only
    }
    int offset = windowStart + position;
    if (length > limit - position) { // reading a ByteBuffer, past the window's end
      if (length > buffer.length) {
        byte[] whole = new byte[length]; // longer than the window: read where it is whole
        copyTo(whole, 0, length);
        return string(whole, 0, length, offset);
      }
      refill();
    }
    int start = position;
    position += length;
    return string(buffer, start, length, offset);
  }

  /** The string in {@code length} bytes of {@code bytes} from {@code start}, at {@code offset} of the payload. */
  private String string(byte[] bytes, int start, int length, int offset) {
    for (int i = start; i < start + length; i++) {
      if (bytes[i] < 0) {
        charge(2 * OBJECT_BYTES + 2L * length);
        return decodeUtf8(bytes, start, length, offset);
      }
    }
    charge(2 * OBJECT_BYTES + (long) length);
    return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
  }

  private static String decodeUtf8(byte[] bytes, int start, int length, int offset) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, length))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IpcProtocolException(ErrorMessages.notUtf8(offset));
    }
  }

  /**
   * Marks the start of a nested value, one object; nesting past {@link WireWriter#MAX_DEPTH} is
   * malformed.
   */
  public void enter() {
    if (++depth > WireWriter.MAX_DEPTH) {
      throw malformed(ErrorMessages.nestedTooDeep(WireWriter.MAX_DEPTH));
    }
    charge(OBJECT_BYTES);
  }

  /** Marks the end of the nested value opened by the last {@link #enter()}. */
  public void exit() {
    depth--;
  }

  /** {@return how many bytes are not read yet} */
  public int remaining() {
    return source == null ? limit - position : limit - position + sourceEnd - sourceNext;
  }

  /** Fails unless every byte was read: trailing bytes mean writer and reader disagree. */
  public void requireFullyRead() {
    if (remaining() != 0) {
      throw malformed(ErrorMessages.unreadBytes(remaining()));
    }
  }

  /**
   * An exception for input that does not follow the format, naming the byte offset.
   *
   * @param what what was expected or found, e.g. {@code "unknown type tag 9"}
   * @return the exception, for the caller to throw
   */
  public IpcProtocolException malformed(String what) {
    return new IpcProtocolException(ErrorMessages.malformedMessage(windowStart + position, what));
  }

  private void require(int bytes, String what) {
    if (bytes < 0 || bytes > limit - position) {
      if (bytes < 0 || bytes > remaining()) {
        throw malformed(ErrorMessages.truncated(what, remaining()));
      }
      refill();
    }
  }

  /** Moves the unread bytes of the window to its start and fills the rest from the source. */
  private void refill() {
    int left = limit - position;
    System.arraycopy(buffer, position, buffer, 0, left);
    windowStart += position;
    int taken = Math.min(buffer.length - left, sourceEnd - sourceNext);
    source.get(sourceNext, buffer, left, taken);
    sourceNext += taken;
    position = 0;
    limit = left + taken;
  }

  /** Copies the next {@code length} bytes, which remain, to {@code to} from {@code offset}. */
  private void copyTo(byte[] to, int offset, int length) {
    int inWindow = Math.min(length, limit - position);
    System.arraycopy(buffer, position, to, offset, inWindow);
    position += inWindow;
    if (inWindow < length) {
      int rest = length - inWindow;
      source.get(sourceNext, to, offset + inWindow, rest);
      sourceNext += rest;
      windowStart += position + rest;
      position = 0;
      limit = 0;
    }
  }
}
