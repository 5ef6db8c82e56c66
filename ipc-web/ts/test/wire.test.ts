import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IpcProtocolError, IpcValueError, WireReader, WireWriter } from '../src/index.js';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const written = (write: (w: WireWriter) => void): string => {
  const w = new WireWriter(1);
  write(w);
  return hex(w.toByteArray());
};
const reader = (hexBytes: string): WireReader => new WireReader(new Uint8Array(Buffer.from(hexBytes, 'hex')));

test('integers are big-endian, as Java writes them', () => {
  assert.equal(written((w) => w.writeByte(-1).writeByte(255).writeShort(-2).writeInt(-3)), 'fffffffefffffffd');
  assert.equal(written((w) => w.writeLong(-(2n ** 63n))), '8000000000000000');
  assert.equal(written((w) => w.writeLong(2n ** 53n + 1n)), '0020000000000001');
  assert.equal(written((w) => w.writeChar('é')), '00e9');
  const r = reader('fffffffefffffffd8000000000000000');
  assert.deepEqual([r.readByte(), r.readByte(), r.readShort(), r.readInt(), r.readLong()], [-1, -1, -2, -3, -(2n ** 63n)]);
  r.requireFullyRead();
});

test('values out of a Java type range are refused, not wrapped', () => {
  assert.throws(() => new WireWriter().writeInt(2 ** 31), IpcValueError);
  assert.throws(() => new WireWriter().writeInt(1.5), IpcValueError);
  assert.throws(() => new WireWriter().writeByte(256), IpcValueError);
  assert.throws(() => new WireWriter().writeLong(2n ** 63n), IpcValueError);
  assert.throws(() => new WireWriter().writeChar('ab'), IpcValueError);
});

test('floats and doubles keep NaN and negative zero', () => {
  const w = new WireWriter();
  w.writeDouble(-0).writeDouble(NaN).writeFloat(0.1);
  assert.equal(hex(w.toByteArray()), '80000000000000007ff80000000000003dcccccd');
  const r = new WireReader(w.toByteArray());
  assert.ok(Object.is(r.readDouble(), -0));
  assert.ok(Number.isNaN(r.readDouble()));
  assert.equal(r.readFloat(), Math.fround(0.1));
});

test('lengths are varints of 31 bits', () => {
  assert.equal(written((w) => w.writeLength(127)), '7f');
  assert.equal(written((w) => w.writeLength(128)), '8001');
  assert.equal(written((w) => w.writeLength(2 ** 31 - 1)), 'ffffffff07');
  assert.equal(reader('ffffffff07').readLength(), 2 ** 31 - 1);
  assert.throws(() => reader('ffffffff0f').readLength(), {
    name: 'IpcProtocolError',
    message: 'Malformed message at byte 5: a length that does not fit in 31 bits.',
  });
});

test('strings are UTF-8; unpaired surrogates are refused; a leading BOM survives', () => {
  assert.equal(written((w) => w.writeString('hé😀')), '0768c3a9f09f9880');
  assert.equal(reader('0768c3a9f09f9880').readString(), 'hé😀');
  assert.equal(reader('03efbbbf').readString(), '\ufeff');
  assert.throws(() => new WireWriter().writeString('a\ud800'), {
    name: 'IpcValueError',
    message: 'A String has an unpaired surrogate at index 1; only well-formed Unicode crosses the wire.',
  });
  assert.throws(() => reader('01ff').readString(), {
    name: 'IpcProtocolError',
    message: 'Malformed message: a string at byte 1 is not valid UTF-8.',
  });
  const long = 'ü'.repeat(1000);
  const w = new WireWriter();
  w.writeString(long);
  assert.equal(new WireReader(w.toByteArray()).readString(), long);
});

test('bytes are copied on read; truncation names what was being read', () => {
  const source = new Uint8Array([2, 7, 8]);
  const bytes = new WireReader(source).readBytes();
  source[1] = 0;
  assert.deepEqual([...bytes], [7, 8]);
  assert.throws(() => reader('0501').readBytes(), {
    message: 'Malformed message at byte 1: truncated while reading a byte array of 5 bytes (1 bytes left).',
  });
  assert.throws(() => reader('05').readCount(1), IpcProtocolError);
  assert.throws(() => reader('0000').requireFullyRead(), { message: 'Malformed message at byte 0: 2 unread bytes after the last value.' });
});

test('nesting past the limit fails on both sides', () => {
  const w = new WireWriter();
  assert.throws(() => {
    for (let i = 0; i < 65; i++) w.enter('args[0]');
  }, { message: 'args[0] nests deeper than 64 levels. Flatten it or send it in parts.' });
  const r = reader('00');
  assert.throws(() => {
    for (let i = 0; i < 65; i++) r.enter();
  }, IpcProtocolError);
});
