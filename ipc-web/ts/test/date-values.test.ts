import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IpcValueError, WireWriter } from '@typed-ipc/renderer';
import { PricesChannels } from '../generated/org/typedipc/web/pricing/Prices.js';

// The generated codecs refuse a date or time Java could not hold before a byte is sent.
const date = { year: 2024, month: 2, day: 29 };
const time = { hour: 23, minute: 59, second: 59, nano: 999999999 };
const placed = { ...date, ...time, offset: 3600 };
const encodeDue = (args: Parameters<typeof PricesChannels.due.argsCodec.encode>[1]): void =>
  PricesChannels.due.argsCodec.encode(new WireWriter(), args);

test('valid dates, times and offsets encode', () => {
  encodeDue([date, time, placed]);
  encodeDue([{ year: 2000, month: 2, day: 29 }, { hour: 0, minute: 0, second: 0, nano: 0 }, { ...placed, offset: -64800 }]);
});

test('a day the month lacks is refused', () => {
  assert.throws(() => encodeDue([{ year: 2024, month: 2, day: 30 }, time, placed]), IpcValueError);
  assert.throws(() => encodeDue([{ year: 2023, month: 2, day: 29 }, time, placed]), IpcValueError);
  assert.throws(() => encodeDue([{ year: 1900, month: 2, day: 29 }, time, placed]), IpcValueError);
  assert.throws(() => encodeDue([{ year: 2024, month: 4, day: 31 }, time, placed]), IpcValueError);
  assert.throws(() => encodeDue([{ year: 2024, month: 13, day: 1 }, time, placed]), IpcValueError);
  assert.throws(() => encodeDue([{ year: 2024, month: 0, day: 1 }, time, placed]), /months and days count from 1/);
});

test('an hour, minute, second or nano out of range is refused', () => {
  assert.throws(() => encodeDue([date, { ...time, hour: 25 }, placed]), IpcValueError);
  assert.throws(() => encodeDue([date, { ...time, minute: 60 }, placed]), IpcValueError);
  assert.throws(() => encodeDue([date, { ...time, second: -1 }, placed]), IpcValueError);
  assert.throws(() => encodeDue([date, { ...time, nano: 1e9 }, placed]), IpcValueError);
  assert.throws(() => encodeDue([date, { ...time, hour: 1.5 }, placed]), IpcValueError);
  assert.throws(() => encodeDue([date, time, { ...placed, hour: 24 }]), /hours run to 23/);
});

test('an offset beyond 18 hours is refused', () => {
  assert.throws(() => encodeDue([date, time, { ...placed, offset: 19 * 3600 }]), IpcValueError);
  assert.throws(() => encodeDue([date, time, { ...placed, offset: -64801 }]), /from -64800 to 64800/);
  assert.throws(() => encodeDue([date, time, { ...placed, offset: 0.5 }]), IpcValueError);
});
