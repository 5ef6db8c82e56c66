/**
 * The value model of string channels, the same as the Java runtime's `DynamicValueCodec`:
 *
 * | Java | page |
 * |---|---|
 * | `null` | `null` (`undefined` is sent as `null`) |
 * | `Boolean` | `boolean` |
 * | `Integer` | a `number` that is a whole number in 32 bits (and not -0) |
 * | `Long` | `bigint` |
 * | `Double` | any other `number`; an `IpcDouble` to send a whole number as a `Double` |
 * | `String` | `string` |
 * | `byte[]` | `Uint8Array` |
 * | `Instant` | `Date`; an `IpcInstant` (a `Date`) keeps Java's seconds and nanoseconds exactly |
 * | `List` | array |
 * | `Map<String, ?>` | plain object |
 *
 * A `Double` whose value is a whole number in 32 bits arrives as an {@link IpcDouble}, so that it
 * goes back to Java as a `Double`; use `Number(x)` or `x.value` to compute with it.
 */
import type { Codec } from './codec.js';
import { IpcValueError } from './errors.js';
import * as messages from './messages.js';
import { MAX_DEPTH, type WireReader, type WireWriter } from './wire.js';

export type IpcValue =
  | null
  | undefined
  | boolean
  | number
  | bigint
  | string
  | Uint8Array
  | Date
  | IpcDouble
  | readonly IpcValue[]
  | { readonly [key: string]: IpcValue };

/** A Java `Double` that holds a whole number, which a plain `number` would send as an `Integer`. */
export class IpcDouble {
  readonly value: number;
  constructor(value: number) {
    this.value = value;
  }
  valueOf(): number {
    return this.value;
  }
  toString(): string {
    return String(this.value);
  }
}

/** A Java `Instant` as a `Date`, keeping its exact seconds and nanoseconds for the way back. */
export class IpcInstant extends Date {
  readonly epochSecond: bigint;
  readonly nano: number;
  constructor(epochSecond: bigint, nano: number) {
    const ms = Number(epochSecond) * 1000 + Math.floor(nano / 1e6);
    super(Math.abs(ms) <= 8.64e15 ? ms : NaN);
    this.epochSecond = epochSecond;
    this.nano = nano;
  }
}

const NULL = 0, FALSE = 1, TRUE = 2, INT = 3, LONG = 4, DOUBLE = 5, STRING = 6, BYTES = 7, INSTANT = 8, LIST = 9, MAP = 10;
const MIN_SECOND = -31557014167219200n;
const MAX_SECOND = 31556889864403199n;

class Failure {
  readonly path: string[] = [];
  readonly message: (path: string) => string;
  constructor(message: (path: string) => string) {
    this.message = message;
  }
  under(segment: string): Failure {
    this.path.unshift(segment);
    return this;
  }
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function typeName(value: unknown): string {
  if (typeof value === 'object' && value !== null) {
    return value.constructor?.name ?? 'object';
  }
  return typeof value;
}

function encodeValue(w: WireWriter, value: IpcValue, open: Set<object>): void {
  if (value === null || value === undefined) {
    w.writeByte(NULL);
  } else if (typeof value === 'string') {
    try {
      w.writeByte(STRING).writeString(value);
    } catch (e) {
      throw new Failure((path) => messages.invalidStringValue(path, (e as Error).message));
    }
  } else if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= -2147483648 && value <= 2147483647 && !Object.is(value, -0)) {
      w.writeByte(INT).writeInt(value);
    } else {
      w.writeByte(DOUBLE).writeDouble(value);
    }
  } else if (typeof value === 'boolean') {
    w.writeByte(value ? TRUE : FALSE);
  } else if (typeof value === 'bigint') {
    if (BigInt.asIntN(64, value) !== value) {
      throw new Failure((path) => `${path}: ${messages.notInRange('a long', value, -(2n ** 63n), 2n ** 63n - 1n)}`);
    }
    w.writeByte(LONG).writeLong(value);
  } else if (value instanceof IpcDouble) {
    w.writeByte(DOUBLE).writeDouble(value.value);
  } else if (value instanceof Uint8Array) {
    w.writeByte(BYTES).writeBytes(value);
  } else if (value instanceof IpcInstant) {
    w.writeByte(INSTANT).writeLong(value.epochSecond).writeInt(value.nano);
  } else if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) {
      throw new Failure(messages.invalidDate);
    }
    const seconds = Math.floor(ms / 1000);
    w.writeByte(INSTANT).writeLong(BigInt(seconds)).writeInt((ms - seconds * 1000) * 1e6);
  } else if (Array.isArray(value) || (typeof value === 'object' && isPlainObject(value))) {
    if (open.has(value)) {
      throw new Failure(messages.cyclicValue);
    }
    if (w.depth() >= MAX_DEPTH) {
      throw new Failure((path) => messages.tooDeep(path, MAX_DEPTH));
    }
    open.add(value);
    w.enter('value');
    if (Array.isArray(value)) {
      w.writeByte(LIST).writeLength(value.length);
      for (let i = 0; i < value.length; i++) {
        try {
          encodeValue(w, value[i] as IpcValue, open);
        } catch (f) {
          throw f instanceof Failure ? f.under(`[${i}]`) : f;
        }
      }
    } else {
      const entries = Object.entries(value as { [key: string]: IpcValue });
      w.writeByte(MAP).writeLength(entries.length);
      for (const [key, entry] of entries) {
        try {
          w.writeString(key);
        } catch (e) {
          throw new Failure((path) => messages.invalidMapKey(path, (e as Error).message));
        }
        try {
          encodeValue(w, entry, open);
        } catch (f) {
          throw f instanceof Failure ? f.under(`.${key}`) : f;
        }
      }
    }
    w.exit();
    open.delete(value);
  } else {
    const type = typeName(value);
    throw new Failure((path) => messages.unsupportedValue(path, type));
  }
}

/** Encodes one value; errors name it `args[index]`, or `result` for index -1. */
export function encodeDynamic(w: WireWriter, value: IpcValue, index: number): void {
  try {
    encodeValue(w, value, new Set());
  } catch (f) {
    if (f instanceof Failure) {
      const root = index < 0 ? 'result' : `args[${index}]`;
      throw new IpcValueError(f.message(root + f.path.join('')));
    }
    throw f;
  }
}

export function decodeDynamic(r: WireReader): IpcValue {
  const tag = r.readByte();
  switch (tag) {
    case NULL:
      return null;
    case FALSE:
      return false;
    case TRUE:
      return true;
    case INT:
      return r.readInt();
    case LONG:
      return r.readLong();
    case DOUBLE: {
      const d = r.readDouble();
      return Number.isInteger(d) && d >= -2147483648 && d <= 2147483647 && !Object.is(d, -0) ? new IpcDouble(d) : d;
    }
    case STRING:
      return r.readString();
    case BYTES:
      return r.readBytes();
    case INSTANT: {
      const seconds = r.readLong();
      const nanos = r.readInt();
      if (nanos < 0 || nanos > 999_999_999 || seconds < MIN_SECOND || seconds > MAX_SECOND) {
        throw r.malformed(messages.instantOutOfRange(seconds, nanos));
      }
      return new IpcInstant(seconds, nanos);
    }
    case LIST: {
      r.enter();
      const count = r.readCount(1);
      const list: IpcValue[] = new Array(count);
      for (let i = 0; i < count; i++) {
        list[i] = decodeDynamic(r);
      }
      r.exit();
      return list;
    }
    case MAP: {
      r.enter();
      const count = r.readCount(2);
      const map: { [key: string]: IpcValue } = {};
      for (let i = 0; i < count; i++) {
        const key = r.readString();
        if (Object.hasOwn(map, key)) {
          throw r.malformed(messages.duplicateMapKey(key));
        }
        Object.defineProperty(map, key, { value: decodeDynamic(r), enumerable: true, writable: true, configurable: true });
      }
      r.exit();
      return map;
    }
    default:
      throw r.malformed(messages.unknownValueTag(tag));
  }
}

/** The arguments of a string channel: a count, then each value. */
export const dynamicArgsCodec: Codec<readonly IpcValue[]> = {
  encode(w, args) {
    w.writeLength(args.length);
    args.forEach((arg, i) => encodeDynamic(w, arg, i));
  },
  decode(r) {
    const count = r.readCount(1);
    const args: IpcValue[] = new Array(count);
    for (let i = 0; i < count; i++) {
      args[i] = decodeDynamic(r);
    }
    return args;
  },
};

/** The result of a string channel's invoke. */
export const dynamicValueCodec: Codec<IpcValue> = {
  encode: (w, value) => encodeDynamic(w, value, -1),
  decode: decodeDynamic,
};
