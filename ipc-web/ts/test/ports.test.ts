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

// ---- pairs the page makes (ipcRenderer.createMessageChannel) ----

const PORT_MESSAGE_TYPE = PORT_MESSAGE;
const PORT_CLOSED = 32;
const RENDERER_MADE = 2 ** 30;
const portClosed = (portId: number): Uint8Array => packet(PORT_CLOSED, new WireWriter(8).writeLength(portId).toByteArray());
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The (id, delivered) pairs of a POST the page wrote. */
const postedPorts = (post: WrittenPacket): [number, bigint][] => {
  post.header.readLength();
  post.header.readLength();
  const count = post.header.readLength();
  const ports: [number, bigint][] = [];
  for (let i = 0; i < count; i++) ports.push([post.header.readLength(), post.header.readLong()]);
  post.header.requireFullyRead();
  return ports;
};

test("a page's own pair talks on the page in a later microtask, in order, after start(), and writes nothing", async () => {
  const { page, socket } = await connectedPage();
  const before = socket.sent.length;
  const { port1, port2 } = page.createMessageChannel();
  assert.deepEqual([port1.id, port2.id], [-1, -1], 'no id before an end goes to main');
  const atFirst: IpcValue[] = [];
  const atSecond: IpcValue[] = [];
  port1.on('message', (event) => atFirst.push(event.data));
  port2.on('message', (event) => atSecond.push(event.data));
  port1.start();
  port2.postMessage('a');
  port2.postMessage('b');
  port1.postMessage('waits for start');
  assert.deepEqual(atFirst, [], 'delivered in a later microtask, as a DOM port does');
  await settle();
  assert.deepEqual(atFirst, ['a', 'b']);
  assert.deepEqual(atSecond, [], 'port2 was not started');
  port2.start();
  await settle();
  assert.deepEqual(atSecond, ['waits for start']);

  let port2Closed = 0;
  let port1Closed = 0;
  port2.on('close', () => port2Closed++);
  port1.on('close', () => port1Closed++);
  port1.close();
  assert.deepEqual([port1Closed, port2Closed], [0, 1], "the other end's close event, not this end's");
  port2.postMessage('to nobody'); // dropped, as in Electron
  assert.equal(socket.sent.length, before, 'a pair that never left the page never touches the wire');
  page.close();
});

test("posting an end of the page's pair names the pair in the page's space; its waiting messages go with it", async () => {
  const { page, socket } = await connectedPage();
  const { port1, port2 } = page.createMessageChannel();
  port1.postMessage('w1'); // waits in port2, which is not started
  port1.postMessage('w2');
  const heard: IpcValue[] = [];
  port1.on('message', (event) => heard.push(event.data));
  port1.start();

  const before = socket.sent.length;
  page.postMessage('pair', 'made here', [port2]);
  const out = writtenSince(socket.sent, before);
  assert.deepEqual(out.map((p) => p.type), [CHANNEL, POST, PORT_RETURNED, PORT_RETURNED]);
  assert.deepEqual(postedPorts(out[1]!), [[RENDERER_MADE + 1, -2n]],
    'pair 0 of the page, its second end; -2: two of its own messages wait in it, which main never counted');
  assert.deepEqual(out.slice(2).map((p) => [p.header.readLength(), valueOf(p.payload)]),
    [[RENDERER_MADE + 1, 'w1'], [RENDERER_MADE + 1, 'w2']], 'they go to main, oldest first');
  assert.deepEqual([port1.id, port2.id], [RENDERER_MADE, RENDERER_MADE + 1]);
  assert.throws(() => port2.postMessage('x'), /was posted elsewhere/);

  const sending = socket.sent.length;
  port1.postMessage('through main');
  assert.deepEqual(writtenSince(socket.sent, sending).map((p) => [p.type, p.header.readLength(), valueOf(p.payload)]),
    [[PORT_MESSAGE_TYPE, RENDERER_MADE, 'through main']], 'the end that stayed sends through main now');
  socket.feed(portMessage(RENDERER_MADE, 'from main'));
  await settle();
  assert.deepEqual(heard, ['from main']);
  let closed = 0;
  port1.on('close', () => closed++);
  socket.feed(portClosed(RENDERER_MADE));
  assert.equal(closed, 1, "main's PORT_CLOSED fires the close event of the end that stayed");
  page.close();
});

test('pairs are numbered in the order their first end goes to main; both ends may go in one post', async () => {
  const { page, socket } = await connectedPage();
  const first = page.createMessageChannel();
  const second = page.createMessageChannel();
  const third = page.createMessageChannel();
  const before = socket.sent.length;
  page.postMessage('pair', null, [third.port1, first.port2, third.port2]);
  page.postMessage('pair', null, [second.port1]);
  const posts = writtenSince(socket.sent, before).filter((p) => p.type === POST).map(postedPorts);
  assert.deepEqual(posts, [
    [[RENDERER_MADE, 0n], [RENDERER_MADE + 3, 0n], [RENDERER_MADE + 1, 0n]],
    [[RENDERER_MADE + 4, 0n]],
  ]);
  assert.equal(first.port1.id, RENDERER_MADE + 2, 'the end that stayed is held under its pair number');
  page.close();
});

test("a refused post of the page's ports numbers nothing and moves nothing", async () => {
  const { page, socket } = await connectedPage();
  const other = await connectedPage();
  const foreign = other.page.createMessageChannel();
  const own = page.createMessageChannel();
  const closed = page.createMessageChannel();
  closed.port1.close();
  const before = socket.sent.length;
  assert.throws(() => page.postMessage('pair', null, [own.port2, foreign.port1]), {
    name: 'TypeError', message: 'Port at index 1 is not a valid port',
  });
  assert.throws(() => page.postMessage('pair', null, [own.port2, closed.port2]), {
    name: 'TypeError',
    message: 'Port at index 1 is already neutered. It is closed or was posted already: a port can be posted once, ' +
      'from where it is held now; no port of this message moved and nothing was sent.',
  });
  const many = Array.from({ length: 33 }, () => page.createMessageChannel()).flatMap((pair) => [pair.port1, pair.port2]);
  assert.throws(() => page.postMessage('pair', null, many), /Cannot post 66 ports with one message/);
  assert.equal(socket.sent.length, before, 'nothing was written');
  assert.equal(own.port2.id, -1, 'nothing was numbered');
  page.postMessage('pair', null, [own.port2]);
  assert.deepEqual(postedPorts(writtenSince(socket.sent, before).find((p) => p.type === POST)!), [[RENDERER_MADE + 1, 0n]],
    'the next post is still pair 0');
  page.close();
  other.page.close();
});

test("when the page's connection ends, ends main knew close; a pair that never left the page keeps talking", async () => {
  const { page } = await connectedPage();
  const known = page.createMessageChannel();
  const mine = page.createMessageChannel();
  page.postMessage('pair', null, [known.port2]);
  let knownClosed = 0;
  known.port1.on('close', () => knownClosed++);
  const heard: IpcValue[] = [];
  mine.port2.on('message', (event) => heard.push(event.data));
  mine.port2.start();

  page.close();
  assert.equal(knownClosed, 1, "the end main knew heard its pair close: main closes the other end too");
  mine.port1.postMessage('still here');
  await settle();
  assert.deepEqual(heard, ['still here']);
  assert.throws(() => page.createMessageChannel(), { name: 'IpcDisconnectedError' });
  assert.throws(() => page.postMessage('pair', null, [mine.port1]), { name: 'IpcDisconnectedError' });
});
