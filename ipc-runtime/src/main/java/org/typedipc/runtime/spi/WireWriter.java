package org.typedipc.runtime.spi;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * A growable big-endian byte buffer that codecs write to. Not thread-safe: one writer encodes one
 * message.
 *
 * <p>Nested values call {@link #enter(String)} and {@link #exit()} so that a value nesting deeper
 * than {@link #MAX_DEPTH} fails with a clear {@link IpcValueException}, never a {@link
 * StackOverflowError}.
 */
public final class WireWriter {
  /** The deepest nesting a value may have, on both sides of the wire. */
  public static final int MAX_DEPTH = 64;

  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private byte[] buffer;
  /** The bytes in {@link #buffer}; the arrays kept by reference come on top. */
  private int size;
  private int depth;
  /** {@link #writeBytes} keeps an array at least this long by reference; see {@link #referToArraysFrom}. */
  private int referenceFrom = Integer.MAX_VALUE;
  /** The arrays kept by reference, in order, each before the byte of {@link #buffer} at {@link #referencedAt}. */
  private byte[][] referenced;
  private int[] referencedAt;
  private int referenceCount;
  private int referencedBytes;

  /** Creates an empty writer. */
  public WireWriter() {
    this(64);
  }

  /**
   * Creates an empty writer with room for {@code initialCapacity} bytes.
   *
   * @param initialCapacity the bytes the buffer holds before it first grows
   */
  public WireWriter(int initialCapacity) {
    buffer = new byte[Math.max(16, initialCapacity)];
  }

  /**
   * Writes one byte.
   *
   * @param value the byte, in the low 8 bits
   * @return this writer
   */
  public WireWriter writeByte(int value) {
    ensure(1);
    buffer[size++] = (byte) value;
    return this;
  }

  /**
   * Writes {@code true} as 1 and {@code false} as 0.
   *
   * @param value the boolean
   * @return this writer
   */
  public WireWriter writeBoolean(boolean value) {
    return writeByte(value ? 1 : 0);
  }

  /**
   * Writes a 16-bit value.
   *
   * @param value the value, in the low 16 bits
   * @return this writer
   */
  public WireWriter writeShort(int value) {
    ensure(2);
    buffer[size++] = (byte) (value >>> 8);
    buffer[size++] = (byte) value;
    return this;
  }

  /**
   * Writes a 16-bit char.
   *
   * @param value the char
   * @return this writer
   */
  public WireWriter writeChar(char value) {
    return writeShort(value);
  }

  /**
   * Writes a 32-bit value.
   *
   * @param value the value
   * @return this writer
   */
  public WireWriter writeInt(int value) {
    ensure(4);
    INT.set(buffer, size, value);
    size += 4;
    return this;
  }

  /**
   * Writes a 64-bit value.
   *
   * @param value the value
   * @return this writer
   */
  public WireWriter writeLong(long value) {
    ensure(8);
    LONG.set(buffer, size, value);
    size += 8;
    return this;
  }

  /**
   * Writes a float by its bits.
   *
   * @param value the float
   * @return this writer
   */
  public WireWriter writeFloat(float value) {
    return writeInt(Float.floatToRawIntBits(value));
  }

  /**
   * Writes a double by its bits, so NaN and ±0.0 survive.
   *
   * @param value the double
   * @return this writer
   */
  public WireWriter writeDouble(double value) {
    return writeLong(Double.doubleToRawLongBits(value));
  }

  /**
   * Writes a non-negative count or length in 1 to 5 bytes.
   *
   * @param length the count or length, zero or more
   * @return this writer
   */
  public WireWriter writeLength(int length) {
    if (length < 0) {
      throw new IllegalArgumentException(ErrorMessages.negativeLength(length));
    }
    ensure(5);
    int v = length;
    while ((v & ~0x7F) != 0) {
      buffer[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buffer[size++] = (byte) v;
    return this;
  }

  /**
   * Writes a byte array with its length.
   *
   * @param bytes the bytes, all of them
   * @return this writer
   */
  public WireWriter writeBytes(byte[] bytes) {
    writeLength(bytes.length);
    if (bytes.length >= referenceFrom) {
      refer(bytes);
      return this;
    }
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buffer, size, bytes.length);
    size += bytes.length;
    return this;
  }

  /**
   * From now on, {@link #writeBytes} keeps an array of at least {@code minBytes} by reference
   * instead of copying it: for a transport that writes the bytes out, or copies them, before the
   * array may change, so that a large array crosses with no copy of its own ({@link
   * #appendByteBuffers}). Every other way out of this writer copies the arrays' bytes as it
   * returns them.
   *
   * @param minBytes the shortest array kept by reference, at least 1
   * @return this writer
   */
  public WireWriter referToArraysFrom(int minBytes) {
    if (minBytes < 1) {
      throw new IllegalArgumentException(ErrorMessages.referenceThresholdNotPositive(minBytes));
    }
    referenceFrom = minBytes;
    return this;
  }

  private void refer(byte[] bytes) {
    if (size + referencedBytes + bytes.length < 0) {
      throw new IpcValueException(ErrorMessages.valueTooLarge());
    }
    if (referenced == null || referenceCount == referenced.length) {
      int capacity = referenced == null ? 2 : referenced.length * 2;
      referenced = referenced == null ? new byte[capacity][] : Arrays.copyOf(referenced, capacity);
      referencedAt = referencedAt == null ? new int[capacity] : Arrays.copyOf(referencedAt, capacity);
    }
    referenced[referenceCount] = bytes;
    referencedAt[referenceCount++] = size;
    referencedBytes += bytes.length;
  }

  /**
   * Writes a string as UTF-8 with its byte length.
   *
   * @param value the string
   * @return this writer
   * @throws IpcValueException if the string holds an unpaired surrogate, which UTF-8 cannot carry
   */
  public WireWriter writeString(String value) {
    int chars = value.length();
    int utf8Length = utf8Length(value);
    writeLength(utf8Length);
    ensure(utf8Length);
    byte[] b = buffer;
    int p = size;
    for (int i = 0; i < chars; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        b[p++] = (byte) c;
      } else if (c < 0x800) {
        b[p++] = (byte) (0xC0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        int cp = Character.toCodePoint(c, value.charAt(++i));
        b[p++] = (byte) (0xF0 | (cp >> 18));
        b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        b[p++] = (byte) (0xE0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    size = p;
    return this;
  }

  private static int utf8Length(String value) {
    int chars = value.length();
    int length = chars;
    for (int i = 0; i < chars; i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        if (c < 0x800) {
          length += 1;
        } else if (Character.isHighSurrogate(c)
            && i + 1 < chars
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          length += 2;
          i++;
        } else if (Character.isSurrogate(c)) {
          throw new IpcValueException(ErrorMessages.unpairedSurrogate(i));
        } else {
          length += 2;
        }
      }
    }
    return length;
  }

  /**
   * Marks the start of a nested value.
   *
   * @param where names the value for the error message, e.g. {@code "Config.plugins"}
   * @throws IpcValueException past {@link #MAX_DEPTH} levels
   */
  public void enter(String where) {
    if (++depth > MAX_DEPTH) {
      depth = 0;
      throw new IpcValueException(ErrorMessages.tooDeep(where, MAX_DEPTH));
    }
  }

  /** Marks the end of the nested value opened by the last {@link #enter(String)}. */
  public void exit() {
    depth--;
  }

  /** {@return the current nesting depth} */
  public int depth() {
    return depth;
  }

  /** {@return the number of bytes written} */
  public int size() {
    return size + referencedBytes;
  }

  /**
   * Returns the bytes written and empties this writer. When they fill its buffer exactly, the
   * buffer itself is returned, without a copy, and the writer starts a new one.
   *
   * @return the bytes written, an array of exactly their length
   */
  public byte[] takeBytes() {
    byte[] bytes;
    if (size == buffer.length && referenceCount == 0) {
      bytes = buffer;
      buffer = new byte[64];
    } else {
      bytes = toByteArray();
    }
    reset();
    return bytes;
  }

  /** Forgets what was written, keeping the buffer. */
  public void reset() {
    size = 0;
    depth = 0;
    if (referenceCount > 0) {
      Arrays.fill(referenced, 0, referenceCount, null); // not kept past their message
      referenceCount = 0;
      referencedBytes = 0;
    }
  }

  /**
   * Copies the bytes written into {@code target} at its position.
   *
   * @param target a buffer with at least {@link #size()} bytes remaining; its position advances past them
   */
  public void writeTo(java.nio.ByteBuffer target) {
    int from = 0;
    for (int i = 0; i < referenceCount; i++) {
      target.put(buffer, from, referencedAt[i] - from).put(referenced[i]);
      from = referencedAt[i];
    }
    target.put(buffer, from, size - from);
  }

  /**
   * Appends the bytes written to {@code target} as buffers over this writer's array and over the
   * arrays it keeps by reference ({@link #referToArraysFrom}), in order, without a copy: for a
   * gathering write that ends before this writer writes again and before those arrays may change.
   *
   * @param target the list the buffers are appended to
   * @return the number of buffers appended
   */
  public int appendByteBuffers(java.util.List<java.nio.ByteBuffer> target) {
    int appended = 0;
    int from = 0;
    for (int i = 0; i < referenceCount; i++) {
      if (referencedAt[i] > from) {
        target.add(java.nio.ByteBuffer.wrap(buffer, from, referencedAt[i] - from));
        appended++;
      }
      target.add(java.nio.ByteBuffer.wrap(referenced[i]));
      appended++;
      from = referencedAt[i];
    }
    if (size > from || appended == 0) {
      target.add(java.nio.ByteBuffer.wrap(buffer, from, size - from));
      appended++;
    }
    return appended;
  }

  /**
   * The bytes written, as a buffer over this writer's own array, without a copy: for a transport
   * that writes them out before this writer writes again. The buffer sees whatever this writer
   * writes, resets or grows into next, so a caller that must keep the bytes takes {@link
   * #toByteArray()} instead.
   *
   * @return a buffer from the first byte written to the last, over this writer's array
   */
  public java.nio.ByteBuffer asByteBuffer() {
    if (referenceCount > 0) {
      byte[] all = toByteArray(); // the arrays kept by reference join this writer's own
      reset();
      buffer = all;
      size = all.length;
    }
    return java.nio.ByteBuffer.wrap(buffer, 0, size);
  }

  /** {@return a copy of the bytes written} */
  public byte[] toByteArray() {
    if (referenceCount == 0) {
      return Arrays.copyOf(buffer, size);
    }
    byte[] all = new byte[size()];
    int from = 0;
    int to = 0;
    for (int i = 0; i < referenceCount; i++) {
      int inline = referencedAt[i] - from;
      System.arraycopy(buffer, from, all, to, inline);
      to += inline;
      System.arraycopy(referenced[i], 0, all, to, referenced[i].length);
      to += referenced[i].length;
      from = referencedAt[i];
    }
    System.arraycopy(buffer, from, all, to, size - from);
    return all;
  }

  private void ensure(int more) {
    int needed = size + more;
    if (needed + referencedBytes < 0) {
      throw new IpcValueException(ErrorMessages.valueTooLarge());
    }
    if (needed < 0) {
      throw new IpcValueException(ErrorMessages.valueTooLarge());
    }
    if (needed > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(needed, Math.min(Integer.MAX_VALUE - 8, buffer.length * 2)));
    }
  }
}
