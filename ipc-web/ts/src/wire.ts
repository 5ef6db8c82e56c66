/**
 * The binary encodings of typed-ipc, the same as the Java runtime's
 * `org.typedipc.runtime.spi.WireWriter` and `WireReader`: big-endian integers, IEEE floats by their
 * raw bits, lengths as 1–5 byte varints of 31 bits, strings as a length and UTF-8, byte arrays as a
 * length and the bytes. Generated codecs write and read through these two classes only.
 *
 * Java's `long` is a `bigint` here; `byte`, `short`, `int`, `float` and `double` are `number`s that
 * are checked for range (a `DataView` would wrap them silently); `char` is a one-code-unit string.
 */
import { IpcProtocolError, IpcValueError } from './errors.js';
import * as messages from './messages.js';

/** How deep lists, maps and records may nest, on both sides. */
export const MAX_DEPTH = 64;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Below this many bytes a JS loop beats TextDecoder/TextEncoder. */
const SHORT_STRING = 32;

function checkInteger(kind: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new IpcValueError(messages.notInRange(kind, value, min, max));
  }
}

/** Encodes values into a growing buffer; reuse one with {@link WireWriter.reset}. */
export class WireWriter {
  private buffer: Uint8Array;
  private view: DataView;
  private length = 0;
  private nesting = 0;

  constructor(initialCapacity = 64) {
    this.buffer = new Uint8Array(Math.max(16, initialCapacity));
    this.view = new DataView(this.buffer.buffer);
  }

  /** One byte; takes -128..255, so both Java's signed `byte` and an unsigned `u8`. */
  writeByte(value: number): this {
    checkInteger('a byte', value, -128, 255);
    this.ensure(1);
    this.buffer[this.length++] = value & 0xff;
    return this;
  }

  writeBoolean(value: boolean): this {
    return this.writeByte(value ? 1 : 0);
  }

  /** Two bytes; takes -32768..65535, so both Java's `short` and a `char`'s code unit. */
  writeShort(value: number): this {
    checkInteger('a short', value, -32768, 65535);
    this.ensure(2);
    this.view.setUint16(this.length, value & 0xffff);
    this.length += 2;
    return this;
  }

  /** Java's `char`: a string of exactly one UTF-16 code unit. */
  writeChar(value: string): this {
    if (value.length !== 1) {
      throw new IpcValueError(messages.notAChar(value));
    }
    return this.writeShort(value.charCodeAt(0));
  }

  writeInt(value: number): this {
    checkInteger('an int', value, -2147483648, 2147483647);
    this.ensure(4);
    this.view.setInt32(this.length, value);
    this.length += 4;
    return this;
  }

  /** Java's `long`, as a `bigint` in its 64-bit range. */
  writeLong(value: bigint): this {
    if (typeof value !== 'bigint' || BigInt.asIntN(64, value) !== value) {
      throw new IpcValueError(
        messages.notInRange('a long', value, -(2n ** 63n), 2n ** 63n - 1n),
      );
    }
    this.ensure(8);
    this.view.setBigInt64(this.length, value);
    this.length += 8;
    return this;
  }

  /** Rounds to the nearest `float`, as a Java cast from `double` does; NaN and -0 survive. */
  writeFloat(value: number): this {
    this.ensure(4);
    this.view.setFloat32(this.length, value);
    this.length += 4;
    return this;
  }

  writeDouble(value: number): this {
    this.ensure(8);
    this.view.setFloat64(this.length, value);
    this.length += 8;
    return this;
  }

  /** A non-negative 31-bit length as a 1–5 byte varint. */
  writeLength(length: number): this {
    if (!Number.isInteger(length) || length < 0) {
      throw new RangeError(messages.negativeLength(length));
    }
    if (length > 0x7fffffff) {
      throw new IpcValueError(messages.valueTooLarge());
    }
    this.ensure(5);
    let v = length;
    while (v > 0x7f) {
      this.buffer[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buffer[this.length++] = v;
    return this;
  }

  /** A length and the bytes. */
  writeBytes(bytes: Uint8Array): this {
    this.writeLength(bytes.length);
    this.ensure(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
    return this;
  }

  /** A length and UTF-8; an unpaired surrogate is refused, as Java refuses it. */
  writeString(value: string): this {
    const chars = value.length;
    const utf8Length = utf8LengthOf(value);
    this.writeLength(utf8Length);
    this.ensure(utf8Length);
    if (utf8Length === chars && chars <= SHORT_STRING) {
      const b = this.buffer;
      let p = this.length;
      for (let i = 0; i < chars; i++) {
        b[p++] = value.charCodeAt(i);
      }
    } else {
      encoder.encodeInto(value, this.buffer.subarray(this.length, this.length + utf8Length));
    }
    this.length += utf8Length;
    return this;
  }

  /** Enters one level of nesting; `where` names the value in the error past {@link MAX_DEPTH}. */
  enter(where: string): void {
    if (++this.nesting > MAX_DEPTH) {
      this.nesting = 0;
      throw new IpcValueError(messages.tooDeep(where, MAX_DEPTH));
    }
  }

  exit(): void {
    this.nesting--;
  }

  depth(): number {
    return this.nesting;
  }

  size(): number {
    return this.length;
  }

  reset(): void {
    this.length = 0;
    this.nesting = 0;
  }

  /** A copy of the bytes written. */
  toByteArray(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  /** The bytes written, without a copy: valid until the next write or reset. */
  written(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  private ensure(more: number): void {
    const needed = this.length + more;
    if (needed > 0x7fffffff) {
      throw new IpcValueError(messages.valueTooLarge());
    }
    if (needed > this.buffer.length) {
      const grown = new Uint8Array(Math.max(needed, Math.min(0x7ffffff7, this.buffer.length * 2)));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
      this.view = new DataView(grown.buffer);
    }
  }
}

function utf8LengthOf(value: string): number {
  const chars = value.length;
  let length = chars;
  for (let i = 0; i < chars; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x80) {
      if (c < 0x800) {
        length += 1;
      } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < chars && isLowSurrogate(value.charCodeAt(i + 1))) {
        length += 2;
        i++;
      } else if (c >= 0xd800 && c <= 0xdfff) {
        throw new IpcValueError(messages.unpairedSurrogate(i));
      } else {
        length += 2;
      }
    }
  }
  return length;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Decodes values from bytes; every failure is an {@link IpcProtocolError} naming the byte. */
export class WireReader {
  private buffer!: Uint8Array;
  private view!: DataView;
  private limit = 0;
  private position = 0;
  private nesting = 0;

  constructor(bytes: Uint8Array, offset = 0, length = bytes.length - offset) {
    this.reset(bytes, offset, length);
  }

  reset(bytes: Uint8Array, offset: number, length: number): this {
    if (offset < 0 || length < 0 || offset + length > bytes.length) {
      throw new RangeError(messages.badArrayRange(offset, length, bytes.length));
    }
    this.buffer = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.position = offset;
    this.limit = offset + length;
    this.nesting = 0;
    return this;
  }

  /** A signed byte, -128..127; `& 0xff` gives the unsigned value. */
  readByte(): number {
    this.require(1, 'a byte');
    return (this.buffer[this.position++]! << 24) >> 24;
  }

  readBoolean(): boolean {
    const b = this.readByte();
    if (b === 0 || b === 1) {
      return b === 1;
    }
    throw this.malformed(messages.badBooleanByte(b));
  }

  readShort(): number {
    this.require(2, 'a short');
    const v = this.view.getInt16(this.position);
    this.position += 2;
    return v;
  }

  readChar(): string {
    return String.fromCharCode(this.readShort() & 0xffff);
  }

  readInt(): number {
    this.require(4, 'an int');
    const v = this.view.getInt32(this.position);
    this.position += 4;
    return v;
  }

  readLong(): bigint {
    this.require(8, 'a long');
    const v = this.view.getBigInt64(this.position);
    this.position += 8;
    return v;
  }

  readFloat(): number {
    this.require(4, 'an int');
    const v = this.view.getFloat32(this.position);
    this.position += 4;
    return v;
  }

  readDouble(): number {
    this.require(8, 'a long');
    const v = this.view.getFloat64(this.position);
    this.position += 8;
    return v;
  }

  readLength(): number {
    let result = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = this.readByte();
      result |= (b & 0x7f) << shift;
      if (b >= 0) {
        if (shift === 28 && (b & 0x78) !== 0) {
          break;
        }
        return result;
      }
    }
    throw this.malformed(messages.lengthTooLong());
  }

  /** A count of elements that each take at least `minBytesPerElement` bytes, checked against what is left. */
  readCount(minBytesPerElement: number): number {
    const count = this.readLength();
    if (count * Math.max(1, minBytesPerElement) > this.remaining()) {
      throw this.malformed(messages.countExceedsBytes(count, this.remaining()));
    }
    return count;
  }

  /** A length and the bytes, copied. */
  readBytes(): Uint8Array {
    const length = this.readLength();
    this.require(length, messages.byteArrayOf(length));
    const bytes = this.buffer.slice(this.position, this.position + length);
    this.position += length;
    return bytes;
  }

  readString(): string {
    const length = this.readLength();
    this.require(length, messages.stringOf(length));
    const start = this.position;
    this.position += length;
    const b = this.buffer;
    if (length <= SHORT_STRING) {
      let ascii = '';
      let i = start;
      for (; i < start + length && b[i]! < 0x80; i++) {
        ascii += String.fromCharCode(b[i]!);
      }
      if (i === start + length) {
        return ascii;
      }
    }
    try {
      return decoder.decode(b.subarray(start, start + length));
    } catch {
      throw new IpcProtocolError(messages.notUtf8(start));
    }
  }

  enter(): void {
    if (++this.nesting > MAX_DEPTH) {
      throw this.malformed(messages.nestedTooDeep(MAX_DEPTH));
    }
  }

  exit(): void {
    this.nesting--;
  }

  remaining(): number {
    return this.limit - this.position;
  }

  requireFullyRead(): void {
    if (this.position !== this.limit) {
      throw this.malformed(messages.unreadBytes(this.remaining()));
    }
  }

  /** The error for malformed input at the current position. */
  malformed(what: string): IpcProtocolError {
    return new IpcProtocolError(messages.malformedMessage(this.position, what));
  }

  private require(bytes: number, what: string): void {
    if (bytes < 0 || bytes > this.limit - this.position) {
      throw this.malformed(messages.truncated(what, this.remaining()));
    }
  }
}
