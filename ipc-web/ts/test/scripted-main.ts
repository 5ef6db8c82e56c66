/** A main the tests script byte by byte: a page connects to it over a socket the test drives. */
import { connect, PROTOCOL_VERSION, WireReader, WireWriter, type WebSocketConstructor } from '../src/index.js';

/** A socket that main's side of the test drives by hand: what the page writes is kept, main's bytes are fed in. */
export class ScriptedSocket {
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

/** One packet as main writes it (PROTOCOL.md "Packets"). */
export const packet = (type: number, header: Uint8Array, payload: Uint8Array = new Uint8Array(0)): Uint8Array => {
  const out = new Uint8Array(7 + header.length + payload.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, 3 + header.length + payload.length);
  out[4] = type;
  view.setUint16(5, header.length);
  out.set(header, 7);
  out.set(payload, 7 + header.length);
  return out;
};

/** A packet the page wrote, split into its type, a reader of its header, and its payload. */
export interface WrittenPacket {
  readonly type: number;
  readonly header: WireReader;
  readonly payload: Uint8Array;
}

/** Reads one packet the page wrote (the page writes each in one socket message). */
export const written = (bytes: Uint8Array): WrittenPacket => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint16(5);
  return {
    type: bytes[4]!,
    header: new WireReader(bytes.subarray(7, 7 + headerLength)),
    payload: bytes.subarray(7 + headerLength, 4 + view.getUint32(0)),
  };
};

const WELCOME = 2;

/** A page connected to a scripted main that welcomed it. */
export async function connectedPage() {
  const opening = connect({ url: 'ws://127.0.0.1:1/', secret: new Uint8Array(32) }, { WebSocket: ScriptedSocket as unknown as WebSocketConstructor });
  await new Promise((resolve) => setImmediate(resolve));
  const socket = ScriptedSocket.last!;
  socket.feed(new Uint8Array([0x54, 0x49, 0x50, 0x43, PROTOCOL_VERSION >> 8, PROTOCOL_VERSION & 0xff]));
  socket.feed(packet(WELCOME, new WireWriter(16).writeInt(1).writeLong(7n).toByteArray()));
  return { page: await opening, socket };
}
