import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IpcProtocolError, WireWriter, type Codec } from '../src/index.js';
import { StreamConsumer, StreamProducer } from '../src/stream.js';

const intCodec: Codec<number> = { encode: (w, v) => w.writeInt(v), decode: (r) => r.readInt() };
const item = (n: number): Uint8Array => new WireWriter(4).writeInt(n).toByteArray();

/** A consumer whose link records the credit it grants and whether it cancelled. */
function consumer(window: number): { stream: StreamConsumer<number>; granted: number[]; cancels: () => number } {
  const granted: number[] = [];
  let cancels = 0;
  const stream = new StreamConsumer<number>('ch', intCodec, window);
  stream.open({ grant: (n) => granted.push(n), cancel: () => cancels++ }, undefined);
  return { stream, granted, cancels: () => cancels };
}

test('a consumer grants its window, then what the loop freed in batches, never beyond the window', async () => {
  const { stream, granted } = consumer(4);
  assert.deepEqual(granted, [4]);
  let sent = 0;
  for (; sent < 4; sent++) stream.item(item(sent));
  let taken = 0;
  while (taken < 40) {
    assert.equal((await stream.next()).value, taken++);
    const owed = granted.reduce((a, b) => a + b, 0) - sent;
    const held = sent - taken;
    assert.ok(owed + held <= 4, `held ${held} and owed ${owed} exceed the window`);
    for (; sent < granted.reduce((a, b) => a + b, 0); sent++) stream.item(item(sent));
  }
  assert.ok(granted.slice(1).every((n) => n >= 2), `grants come in batches of half the window: ${granted.join(',')}`);
});

test('an item beyond the credit ends the stream with IpcProtocolError and cancels it', async () => {
  const { stream, cancels } = consumer(1);
  stream.item(item(0));
  stream.item(item(1));
  assert.equal((await stream.next()).value, 0);
  await assert.rejects(stream.next(), IpcProtocolError);
  assert.equal(cancels(), 1);
  assert.equal((await stream.next()).done, true);
});

test('return() cancels once and drops what was held; a failure comes after the items before it', async () => {
  const first = consumer(2);
  first.stream.item(item(0));
  await first.stream.return();
  await first.stream.return();
  assert.equal(first.cancels(), 1);
  assert.equal((await first.stream.next()).done, true);

  const second = consumer(2);
  second.stream.item(item(7));
  second.stream.fail(new Error('gone'));
  assert.equal((await second.stream.next()).value, 7);
  await assert.rejects(second.stream.next(), /gone/);
  assert.equal((await second.stream.next()).done, true);
});

test('a window out of range is refused', () => {
  assert.throws(() => StreamConsumer.checkWindow(0), RangeError);
  assert.throws(() => StreamConsumer.checkWindow(1.5), RangeError);
  assert.equal(StreamConsumer.checkWindow(16), 16);
});

test('a producer pulls from its generator only as far as the credit goes', async () => {
  let produced = 0;
  const items: Uint8Array[] = [];
  let completed = false;
  const producer = new StreamProducer<number>(intCodec, {
    item: (bytes) => items.push(bytes),
    complete: () => (completed = true),
    fail: (e) => assert.fail(String(e)),
  });
  producer.start((function* () {
    for (let i = 0; i < 5; i++) {
      produced++;
      yield i;
    }
  })());
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.equal(produced, 0, 'nothing is pulled before credit');
  producer.grant(2n);
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.deepEqual([produced, items.length], [2, 2]);
  producer.grant(10n);
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.deepEqual([produced, items.length, completed], [5, 5, true]);
});

test('an idle deadline ends a stream main leaves silent while it owes items, after the items it held', async () => {
  const granted: number[] = [];
  let cancels = 0;
  const stream = new StreamConsumer<number>('quiet', intCodec, 2, 40);
  stream.open({ grant: (n) => granted.push(n), cancel: () => cancels++ }, undefined);
  stream.item(item(5));
  assert.equal((await stream.next()).value, 5);
  await assert.rejects(stream.next(), {
    name: 'IpcTimeoutError',
    message: "Stream 'quiet': no item within the idle deadline of 40 ms while items were requested; the producer was cancelled. " +
      'Give the stream a longer idle deadline if it may pause longer.',
  });
  assert.equal(cancels, 1, "main's producer was cancelled once");
  assert.equal((await stream.next()).done, true);
});

test('an idle deadline does not count a pause while the page holds back credit, and a done stream leaves no timer', async () => {
  let cancels = 0;
  const stream = new StreamConsumer<number>('slow-reader', intCodec, 1, 20);
  stream.open({ grant: () => {}, cancel: () => cancels++ }, undefined);
  stream.item(item(1)); // the whole window: main owes nothing now
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(cancels, 0, 'main owed nothing, so its silence is no idleness');
  assert.equal((await stream.next()).value, 1);
  stream.complete();
  assert.equal((await stream.next()).done, true);
});

test('an idle deadline out of range is refused', () => {
  assert.throws(() => StreamConsumer.checkIdle(0), {
    name: 'RangeError',
    message: "A stream's idle deadline must be a positive number of milliseconds up to 2147483647, not 0.",
  });
  assert.throws(() => StreamConsumer.checkIdle(Number.NaN), RangeError);
  assert.equal(StreamConsumer.checkIdle(undefined), undefined);
});
