import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dynamicArgsCodec, dynamicValueCodec, WireReader, WireWriter, type IpcMessagePort, type IpcValue } from '../src/index.js';
import { connectedPage, packet, written, type WrittenPacket } from './scripted-main.js';

const CHANNEL = 4;
const POST = 30;
const PORT_MESSAGE = 31;
const PORT_RETURNED = 33;

const value = (v: IpcValue): Uint8Array => {
  const w = new WireWriter(16);
  dynamicValueCodec.encode(w, v);
  return w.toByteArray();
};
const valueOf = (payload: Uint8Array): IpcValue => dynamicValueCodec.decode(new WireReader(payload));

/** Main's POST on channel 0 (frame 1) of `ports`, each with its delivered count. */
const mainPost = (ports: readonly (readonly [number, bigint])[]): Uint8Array => {
  const h = new WireWriter(64).writeLength(1).writeLength(0).writeLength(ports.length);
  for (const [id, delivered] of ports) h.writeLength(id).writeLong(delivered);
  const payload = new WireWriter(16);
  dynamicArgsCodec.encode(payload, ['hello']);
  return packet(POST, h.toByteArray(), payload.toByteArray());
};
const portMessage = (portId: number, v: IpcValue): Uint8Array =>
  packet(PORT_MESSAGE, new WireWriter(8).writeLength(portId).toByteArray(), value(v));

/** A page that got ports 4 and 6 from main on channel `port`. */
async function pageWithPorts() {
  const { page, socket } = await connectedPage();
  const got: IpcMessagePort[][] = [];
  page.on('port', (event) => got.push([...event.ports]));
  socket.feed(packet(CHANNEL, new WireWriter(16).writeLength(0).writeString('port').toByteArray()));
  socket.feed(mainPost([[4, 0n], [6, 0n]]));
  assert.deepEqual(got.map((ports) => ports.map((port) => port.id)), [[4, 6]], "main's POST gave the listener both ports");
  return { page, socket, ports: got[0]! };
}

/** What the page wrote since `from`, read. */
const writtenSince = (sent: readonly Uint8Array[], from: number): WrittenPacket[] => sent.slice(from).map(written);

test("the page reads main's POST as (port, delivered) pairs", async () => {
  const { page, ports } = await pageWithPorts();
  assert.ok(ports.every((port) => typeof port.postMessage === 'function'));
  page.close();
});

test('a POST from main with a negative delivered count ends the connection with a protocol error', async () => {
  const { page, socket } = await connectedPage();
  socket.feed(packet(CHANNEL, new WireWriter(16).writeLength(0).writeString('port').toByteArray()));
  socket.feed(mainPost([[4, -1n]]));
  assert.equal(await page.closed, 'A POST said -1 messages of port #4 were delivered: a count is never negative.');
});

test("the page's POST counts what its listeners had, and sends back the rest in order", async () => {
  const { page, socket, ports } = await pageWithPorts();
  const [started, waiting] = ports as [IpcMessagePort, IpcMessagePort];
  const heard: IpcValue[] = [];
  started.on('message', (event) => heard.push(event.data));
  started.start();
  socket.feed(portMessage(4, 'a1'));
  await Promise.resolve(); // start() delivers what waited in a microtask
  socket.feed(portMessage(4, 'a2'));
  socket.feed(portMessage(6, 'w1'));
  socket.feed(portMessage(6, 'w2'));
  assert.deepEqual(heard, ['a1', 'a2']);

  const before = socket.sent.length;
  page.postMessage('back', 'yours', [started, waiting]);
  const out = writtenSince(socket.sent, before);
  assert.deepEqual(out.map((p) => p.type), [CHANNEL, POST, PORT_RETURNED, PORT_RETURNED]);
  const post = out[1]!.header;
  assert.deepEqual([post.readLength(), post.readLength(), post.readLength()], [1, 0, 2], 'frame, channel, port count');
  assert.deepEqual([post.readLength(), post.readLong(), post.readLength(), post.readLong()], [4, 2n, 6, 0n],
    'port 4 had both its messages delivered, port 6 none');
  post.requireFullyRead();
  assert.deepEqual(out.slice(2).map((p) => [p.header.readLength(), valueOf(p.payload)]), [[6, 'w1'], [6, 'w2']],
    "port 6's waiting messages went back to main, oldest first");
  page.close();
});

test('a message for a port the page no longer holds goes back to main', async () => {
  const { page, socket, ports } = await pageWithPorts();
  page.postMessage('back', null, [ports[0]!]);
  const before = socket.sent.length;
  socket.feed(portMessage(4, 'late'));
  socket.feed(portMessage(9, 'never held'));
  const out = writtenSince(socket.sent, before);
  assert.deepEqual(out.map((p) => [p.type, p.header.readLength(), valueOf(p.payload)]),
    [[PORT_RETURNED, 4, 'late'], [PORT_RETURNED, 9, 'never held']]);
  page.close();
});

test('a post of more than 64 ports is refused at the call, sending nothing and keeping the ports', async () => {
  const { page, socket } = await connectedPage();
  const got: IpcMessagePort[] = [];
  page.on('port', (event) => got.push(...event.ports));
  socket.feed(packet(CHANNEL, new WireWriter(16).writeLength(0).writeString('port').toByteArray()));
  socket.feed(mainPost(Array.from({ length: 64 }, (_, i) => [10 + i, 0n] as const)));
  socket.feed(mainPost([[200, 0n]]));
  assert.equal(got.length, 65);
  const before = socket.sent.length;
  assert.throws(() => page.postMessage('back', null, got), {
    name: 'TypeError',
    message: 'Cannot post 65 ports with one message: a message carries at most 64 ports. Post the others with further messages; nothing was sent.',
  });
  assert.equal(socket.sent.length, before, 'nothing was written');
  page.postMessage('back', null, got.slice(0, 64));
  assert.deepEqual(writtenSince(socket.sent, before).map((p) => p.type), [CHANNEL, POST], 'the same ports, 64 of them, still post');
  page.close();
});
