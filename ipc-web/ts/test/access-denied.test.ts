import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect, IpcAccessDeniedError, IpcRemoteError, PROTOCOL_VERSION, WireWriter, type WebSocketConstructor } from '../src/index.js';

/** A socket that main's side of the test drives by hand: what the page writes is kept, main's bytes are fed in. */
class ScriptedSocket {
  static last: ScriptedSocket | undefined;
  binaryType = 'arraybuffer';
  readonly url: string;
  readonly sent: Uint8Array[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: ArrayBuffer }) => void) | null = null;
  onclose: ((event: { reason: string }) => void) | null = null;
  onerror: (() => void) | null = null;

  constructor(url: string) {
    this.url = url;
    ScriptedSocket.last = this;
    queueMicrotask(() => this.onopen?.());
  }

  send(bytes: Uint8Array): void {
    this.sent.push(bytes);
  }

  close(): void {}

  /** Main's bytes arrive. */
  feed(bytes: Uint8Array): void {
    this.onmessage?.({ data: bytes.slice().buffer });
  }
}

const packet = (type: number, header: Uint8Array): Uint8Array => {
  const out = new Uint8Array(7 + header.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, 3 + header.length);
  out[4] = type;
  view.setUint16(5, header.length);
  out.set(header, 7);
  return out;
};

const WELCOME = 2;
const REPLY_ERROR = 14;

/** A page connected to a scripted main that welcomed it. */
async function connectedPage() {
  const opening = connect({ url: 'ws://127.0.0.1:1/', secret: new Uint8Array(32) }, { WebSocket: ScriptedSocket as unknown as WebSocketConstructor });
  await new Promise((resolve) => setImmediate(resolve));
  const socket = ScriptedSocket.last!;
  socket.feed(new Uint8Array([0x54, 0x49, 0x50, 0x43, PROTOCOL_VERSION >> 8, PROTOCOL_VERSION & 0xff]));
  socket.feed(packet(WELCOME, new WireWriter(16).writeInt(1).writeLong(7n).toByteArray()));
  return { page: await opening, socket };
}

/** Main's failure answer (kind 0, handler failed) to the page's first request. */
const handlerFailed = (className: string, message: string): Uint8Array =>
  packet(REPLY_ERROR, new WireWriter(64).writeLong(1n).writeByte(0).writeBoolean(true).writeString(className)
    .writeBoolean(true).writeString(message).toByteArray());

test("main's refusal of a call reaches the page as an IpcAccessDeniedError naming the channel", async () => {
  const { page, socket } = await connectedPage();
  const refusal = "The sender policy of channel 'settings:write' refuses frame 2 (subframe) of renderer #1; no listener or handler ran.";

  const call = page.invoke('settings:write', 'dark');
  socket.feed(handlerFailed('org.typedipc.runtime.IpcAccessDeniedException', refusal));

  await assert.rejects(call, (e: unknown) => {
    assert.ok(e instanceof IpcAccessDeniedError, String(e));
    assert.equal(e.name, 'IpcAccessDeniedError');
    assert.equal(e.message, refusal);
    assert.equal(e.channel, 'settings:write');
    return true;
  });
  page.close();
});

test("another exception of main's handler stays an IpcRemoteError", async () => {
  const { page, socket } = await connectedPage();

  const call = page.invoke('settings:write', 'dark');
  socket.feed(handlerFailed('java.lang.IllegalStateException', 'busy'));

  await assert.rejects(call, (e: unknown) => {
    assert.ok(e instanceof IpcRemoteError && !(e instanceof IpcAccessDeniedError), String(e));
    assert.equal(e.message, "Error invoking remote method 'settings:write': java.lang.IllegalStateException: busy");
    return true;
  });
  page.close();
});
