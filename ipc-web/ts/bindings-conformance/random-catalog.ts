// Seeded random values of every type of the test contract `bindings.Catalog`, built in TypeScript
// and encoded by its generated codecs, for the Java side to decode and encode again
// (GeneratedBindingsCompatibilityTest). Compiled with the bindings under the package's strict
// settings, so the values type-check; it uses no Node API (random-catalog.mjs writes the file).
import { WireWriter, type Codec } from '@typed-ipc/renderer';
import { CatalogChannels, Free, Status, type Item, type Price, type Query } from './bindings/Catalog.js';

const MAX_DEPTH = 3;
const PIECES = ['a', 'Z', '0', ' ', 'é', '€', '\u0000', '\uFEFF', '😀', '日本', "'", '\\'];
const ZONES = ['UTC', 'Z', 'Europe/Paris', '+02:00', 'America/New_York'];
const URIS = ['https://example.com/a?b=c#d', 'urn:isbn:0451450523', 'file:///tmp/x', 'rel/path'];
const DOUBLES = [NaN, -0, 0, Infinity, -Infinity, Number.MIN_VALUE, Number.MAX_VALUE, 1e300, -3.5];
const FLOATS = [NaN, -0, Infinity, 1.401298464324817e-45, 3.4028234663852886e38, 1.5];

// mulberry32: small, seedable, and the same on every platform.
let state = 0;
function next(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (bound: number): number => Math.floor(next() * bound);
const between = (low: number, high: number): number => low + int(high - low + 1);
const pick = <T>(values: readonly T[]): T => values[int(values.length)]!;
const chance = (oneIn: number): boolean => int(oneIn) === 0;
const nullable = <T>(value: () => T): T | null => (chance(8) ? null : value());
const int32 = (): number => (next() < 0.5 ? (int(2 ** 32) | 0) : between(-100, 99));
const long = (): bigint => (next() < 0.5 ? BigInt.asIntN(64, (BigInt(int(2 ** 32)) << 32n) | BigInt(int(2 ** 32))) : pick([-(2n ** 63n), 2n ** 53n + 1n]));
const float = (): number => (next() < 0.5 ? pick(FLOATS) : Math.fround(next() * 1000 - 500));
const double = (): number => (next() < 0.5 ? pick(DOUBLES) : (next() - 0.5) * 2e6);
const char = (): string => String.fromCharCode(int(0x10000));
const string = (): string => Array.from({ length: int(6) }, () => pick(PIECES)).join('');
const hex = (digits: number): string => Array.from({ length: digits }, () => int(16).toString(16)).join('');
const uuid = (): string => `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;
const bigInteger = (): bigint => {
  let value = 0n;
  for (let bits = int(130); bits > 0; bits -= 16) value = (value << 16n) | BigInt(int(2 ** 16));
  return chance(2) ? -value : value;
};
const decimal = (): { unscaled: bigint; scale: number } => ({ unscaled: bigInteger(), scale: between(-10, 29) });
const date = (): { year: number; month: number; day: number } => {
  const year = chance(2) ? between(-999_999_999, 999_999_999) : between(1900, 2100);
  const month = between(1, 12);
  // Day 0 of the next month is the last of this one; a Date's proleptic Gregorian calendar is Java's.
  const days = new Date(Date.UTC(2000 + (year % 400), month, 0)).getUTCDate();
  return { year, month, day: between(1, days) };
};
const time = (): { hour: number; minute: number; second: number; nano: number } =>
  ({ hour: between(0, 23), minute: between(0, 59), second: between(0, 59), nano: int(1_000_000_000) });
// A zone whose rules are a fixed offset, so Java keeps the local date-time as it reads the value back.
const FIXED_ZONES = [['UTC', 0], ['Z', 0], ['+02:00', 7200], ['-05:30', -19800]] as const;
const size = (depth: number): number => (depth > MAX_DEPTH ? 0 : int(4));
const list = <T>(depth: number, element: () => T): T[] => Array.from({ length: size(depth) }, element);

function price(depth: number): Price {
  switch (int(5)) {
    case 0:
      return { kind: 'Fixed', amount: nullable(decimal) };
    case 1:
      return { kind: 'Ranged', low: double(), high: double() };
    case 2:
      return { kind: 'Percent', percent: int32() };
    case 3:
      return { kind: 'Bundle', items: nullable(() => list(depth + 1, () => nullable(uuid))) };
    default:
      return pick(Free);
  }
}

function item(depth: number): Item {
  const d = depth + 1;
  return {
    id: nullable(uuid),
    name: nullable(string),
    stock: long(),
    count: int32(),
    price: double(),
    weight: float(),
    active: chance(2),
    shelf: nullable(int32),
    barcode: nullable(long),
    image: nullable(() => Uint8Array.from(list(d, () => int(256)))),
    added: nullable(() => new Date(Math.floor((next() * 2 - 1) * 8.64e15))),
    shelfLife: nullable(() => ({ seconds: long(), nano: int(1_000_000_000) })),
    serial: nullable(bigInteger),
    cost: nullable(decimal),
    warranty: nullable(() => ({ years: int32(), months: int32(), days: int32() })),
    offset: nullable(() => between(-64800, 64800)),
    zone: nullable(() => pick(ZONES)),
    link: nullable(() => pick(URIS)),
    made: nullable(date),
    opens: nullable(time),
    stocked: nullable(() => ({ ...date(), ...time() })),
    shipped: nullable(() => ({ ...date(), ...time(), offset: between(-64800, 64800) })),
    delivered: nullable(() => {
      const [zone, offset] = pick(FIXED_ZONES);
      return { ...date(), ...time(), offset, zone };
    }),
    sold: d > MAX_DEPTH || chance(3) ? null : new Date(Math.floor((next() * 2 - 1) * 8.64e15)),
    status: nullable(() => pick(Status)),
    listPrice: nullable(() => price(d)),
    notes: nullable(() => list(d, () => (chance(3) ? null : string()))),
    counts: nullable(() => new Map(list(d, () => [nullable(() => pick(Status)), nullable(int32)] as const))),
    sizes: nullable(() => Int32Array.from(list(d, int32))),
    codes: nullable(() => BigInt64Array.from(list(d, long))),
    readings: nullable(() => Float64Array.from(list(d, double))),
    flags: nullable(() => list(d, () => chance(2))),
    code: nullable(() => list(d, char).join('')),
    shorts: nullable(() => Int16Array.from(list(d, () => between(-32768, 32767)))),
    floats: nullable(() => Float32Array.from(list(d, float))),
    aliases: nullable(() => list(d, () => nullable(string))),
    replacement: d > MAX_DEPTH || chance(3) ? null : item(d),
  };
}

function query(): Query {
  return {
    text: nullable(string),
    status: chance(3) ? null : pick(Status),
    statuses: nullable(() => new Set(list(1, () => nullable(() => pick(Status))))),
    prices: nullable(() => list(1, () => nullable(() => price(1)))),
  };
}

const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** `count` values of each channel's arguments and result, as lines `<channel> <args|result> <hex>`. */
export function randomCatalogLines(seed: bigint, count: number): string[] {
  state = Number(BigInt.asUintN(32, seed ^ (seed >> 32n)));
  const lines: string[] = [];
  const add = <T>(channel: string, part: string, codec: Codec<T>, value: T): void => {
    const w = new WireWriter();
    codec.encode(w, value);
    lines.push(`${channel} ${part} ${toHex(w.toByteArray())}`);
  };
  const c = CatalogChannels;
  for (let i = 0; i < count; i++) {
    add('item', 'args', c.item.argsCodec, [nullable(uuid), chance(3) ? null : string()]);
    add('item', 'result', c.item.resultCodec, nullable(() => item(0)));
    add('search', 'args', c.search.argsCodec, [nullable(query)]);
    add('search', 'result', c.search.resultCodec,
      nullable(() => new Map(list(0, () => [nullable(long), nullable(() => list(1, () => nullable(() => item(1))))] as const))));
    add('tag', 'args', c.tag.argsCodec,
      [long(), nullable(() => new Set(list(0, () => nullable(string)))), char(), between(-128, 127), between(-32768, 32767)]);
  }
  return lines;
}
