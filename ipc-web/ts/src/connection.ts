/**
 * The page's connection to main: the typed-ipc protocol (see PROTOCOL.md) over a WebSocket.
 * Binary frames carry the byte stream; packet boundaries need not match frame boundaries.
 */
import type { Channel, Contract } from './channel.js';
import { channels } from './channel.js';
import {
  ACCESS_DENIED_CLASS,
  IpcAccessDeniedError,
  IpcDeclaredError,
  IpcDisconnectedError,
  IpcPacketTooLargeError,
  IpcProtocolError,
  IpcRejectedError,
  IpcRemoteError,
  IpcTimeoutError,
} from './errors.js';
import * as messages from './messages.js';
import { IpcMessagePort, type IpcMessageChannel, type PortLink } from './port.js';
import type {
  InvokeOptions,
  IpcHandler,
  IpcListener,
  IpcRenderer,
  IpcRendererEvent,
  IpcRendererInvokeEvent,
  IpcStreamHandler,
} from './renderer.js';
import {
  DEFAULT_WINDOW,
  isStreamable,
  StreamConsumer,
  StreamProducer,
  type StreamOptions,
} from './stream.js';
import { dynamicArgsCodec, dynamicValueCodec, type IpcValue } from './value.js';
import { WireReader, WireWriter } from './wire.js';

export const PROTOCOL_VERSION = 5;
const MAGIC = [0x54, 0x49, 0x50, 0x43];
const MAX_PACKET = 16 * 1024 * 1024;
const HEARTBEAT_MS = 1000;
const MAIN_FRAME = 1;
/** The most ports one POST may carry. */
const MAX_PORTS_PER_POST = 64;
/** The bit of the ids of pairs the page made (PROTOCOL.md "Message ports"), and how many such pairs it can number. */
const RENDERER_MADE = 2 ** 30;
const MAX_PAIRS = 2 ** 29;

const enum_ = {
  HELLO: 1, WELCOME: 2, REJECT: 3, CHANNEL: 4, SEND: 10, SYNC: 11, INVOKE: 12, REPLY: 13, REPLY_ERROR: 14,
  CANCEL: 15, EVENT: 16, FRAME_OPENED: 17, FRAME_CLOSED: 18, HEARTBEAT: 19, CLOSE: 20, FRAME_KNOWN: 21,
  STREAM: 22, STREAM_ITEM: 23, STREAM_CREDIT: 24, POST: 30, PORT_MESSAGE: 31, PORT_CLOSED: 32, PORT_RETURNED: 33,
} as const;

/** What a page needs to reach main: the socket's URL and this page load's single-use secret. */
export interface Invitation {
  readonly url: string;
  /** 32 bytes, as main's invitation gives them in hex. */
  readonly secret: Uint8Array | string;
}

export interface ConnectOptions {
  /** The contracts of the generated bindings this page uses; main checks their fingerprints. */
  readonly contracts?: readonly Contract[];
  /** A WebSocket class, for Node before 22 (the `ws` package) or tests; the global one by default. */
  readonly WebSocket?: WebSocketConstructor;
}

export type WebSocketConstructor = new (url: string) => WebSocket;

interface Pending {
  readonly channel: string;
  readonly decode: (r: WireReader) => unknown;
  readonly exceptions: Channel<unknown, unknown>['exceptions'];
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly cleanup: () => void;
}

type TypedListener = (event: IpcRendererEvent, args: never) => void;
type TypedHandler = (event: IpcRendererInvokeEvent, args: never) => unknown;

interface HandlerEntry {
  readonly channel: Channel<unknown, unknown>;
  readonly handler: TypedHandler;
  readonly once: boolean;
}

/**
 * Fetches this page load's invitation from the server that served the page, and connects. The
 * secret is used once; a reload fetches a new one.
 */
export async function connectToMain(options: ConnectOptions = {}): Promise<IpcRenderer> {
  const url = new URL('/typed-ipc/invitation', globalThis.location?.href ?? 'http://127.0.0.1/').href;
  const answer = await fetch(url, { cache: 'no-store', credentials: 'omit' });
  if (!answer.ok) {
    throw new IpcRejectedError(messages.invitationFailed(answer.status, url), 1);
  }
  const invitation = (await answer.json()) as { url: string; secret: string };
  return connect(invitation, options);
}

/** Connects with an invitation in hand (a test, or a page that got it another way). */
export function connect(invitation: Invitation, options: ConnectOptions = {}): Promise<IpcRenderer> {
  const secret = typeof invitation.secret === 'string' ? fromHex(invitation.secret) : invitation.secret;
  const Ctor = options.WebSocket ?? (globalThis.WebSocket as WebSocketConstructor);
  const socket = new Ctor(invitation.url);
  socket.binaryType = 'arraybuffer';
  const connection = new WebSocketRenderer(socket, secret, options.contracts ?? []);
  return connection.opened;
}

function fromHex(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) {
    bytes[i] = parseInt(hex.substr(i * 2, 2), 16);
  }
  return bytes;
}

class WebSocketRenderer implements IpcRenderer {
  readonly opened: Promise<IpcRenderer>;
  readonly closed: Promise<string>;
  rendererId = -1;

  private readonly socket: WebSocket;
  private readonly header = new WireWriter(64);
  private readonly payload = new WireWriter(256);
  private inbound = new Uint8Array(0);
  private preambleSeen = false;
  private welcomed = false;
  private ended: string | null = null;
  private readonly outChannels = new Map<string, number>();
  private readonly inChannels: string[] = [];
  private nextRequest = 1n;
  private readonly pending = new Map<bigint, Pending>();
  private readonly listeners = new Map<string, Set<{ listener: TypedListener; decode: Channel<unknown, unknown>; once: boolean; original: unknown }>>();
  private readonly handlers = new Map<string, HandlerEntry>();
  private readonly incoming = new Map<bigint, AbortController>();
  /** The streams main reads from this page, by main's request id. */
  private readonly producers = new Map<bigint, StreamProducer<unknown>>();
  /** The streams this page reads from main, by this page's request id. */
  private readonly consumers = new Map<bigint, StreamConsumer<unknown>>();
  /** The ports this page holds that main knows of, by their number on the wire. */
  private readonly ports = new Map<number, IpcMessagePort>();
  /** How many pairs made here have gone to main: the next one's number. */
  private rendererPairs = 0;
  private readonly portLink: PortLink = {
    post: (portId, payload) => {
      if (this.ended !== null) return;
      const h = new WireWriter(8);
      h.writeLength(portId);
      this.writePacket(enum_.PORT_MESSAGE, h.toByteArray(), payload);
    },
    close: (portId) => {
      if (this.ports.delete(portId) && this.ended === null) {
        const h = new WireWriter(8);
        h.writeLength(portId);
        this.writePacket(enum_.PORT_CLOSED, h.toByteArray(), null);
      }
    },
  };
  private lastWrite = 0;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private settleOpen!: { resolve: (r: IpcRenderer) => void; reject: (e: Error) => void };
  private settleClosed!: (reason: string) => void;

  constructor(socket: WebSocket, secret: Uint8Array, contracts: readonly Contract[]) {
    this.socket = socket;
    this.opened = new Promise((resolve, reject) => (this.settleOpen = { resolve, reject }));
    this.closed = new Promise((resolve) => (this.settleClosed = resolve));
    socket.onopen = () => {
      const hello = new WireWriter(128);
      hello.writeBytes(secret).writeLong(BigInt(Math.floor(Math.random() * 2 ** 48) + 1)).writeLength(contracts.length);
      for (const c of contracts) {
        hello.writeString(c.name).writeString(c.fingerprint);
      }
      hello.writeLength(MAIN_FRAME);
      const preamble = new Uint8Array([...MAGIC, PROTOCOL_VERSION >> 8, PROTOCOL_VERSION & 0xff]);
      this.socket.send(preamble);
      this.writePacket(enum_.HELLO, hello.toByteArray(), null);
    };
    socket.onmessage = (message: MessageEvent) => this.onBytes(new Uint8Array(message.data as ArrayBuffer));
    socket.onclose = (event: CloseEvent) => this.end(event.reason || messages.socketFailed(socket.url));
    socket.onerror = () => this.end(messages.socketFailed(socket.url));
  }

  // ---- string channels ----

  send(channel: string, ...args: IpcValue[]): void {
    this.sendTyped(channels.send(channel, dynamicArgsCodec), args);
  }

  invoke(channel: string, ...args: IpcValue[]): Promise<IpcValue> {
    return this.invokeTyped(channels.invoke(channel, dynamicArgsCodec, dynamicValueCodec), args);
  }

  invokeWithOptions(channel: string, options: InvokeOptions, ...args: IpcValue[]): Promise<IpcValue> {
    return this.invokeTyped(channels.invoke(channel, dynamicArgsCodec, dynamicValueCodec), args, options);
  }

  /** A page cannot block: see {@link messages.noSendSync}. Kept so that ported Electron code fails clearly. */
  sendSync(): never {
    throw new Error(messages.noSendSync());
  }

  on(channel: string, listener: IpcListener): this {
    this.addListener(channel, listener, false);
    return this;
  }

  once(channel: string, listener: IpcListener): this {
    this.addListener(channel, listener, true);
    return this;
  }

  off(channel: string, listener: IpcListener): this {
    const set = this.listeners.get(channel);
    if (set) {
      for (const entry of set) {
        if (entry.original === listener) {
          set.delete(entry);
          break;
        }
      }
    }
    return this;
  }

  removeListener(channel: string, listener: IpcListener): this {
    return this.off(channel, listener);
  }

  removeAllListeners(channel?: string): this {
    if (channel === undefined) {
      this.listeners.clear();
    } else {
      this.listeners.delete(channel);
    }
    return this;
  }

  handle(channel: string, handler: IpcHandler): void {
    this.addHandler(channel, handler, false);
  }

  handleOnce(channel: string, handler: IpcHandler): void {
    this.addHandler(channel, handler, true);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  createMessageChannel(): IpcMessageChannel {
    this.requireOpen();
    return IpcMessagePort.localPair(this.portLink);
  }

  postMessage(channel: string, message: IpcValue, transfer: readonly IpcMessagePort[] = []): void {
    this.requireOpen();
    this.checkTransfer(transfer);
    // Ids for the pairs made here that go to main now, in the order of the list (PROTOCOL.md):
    // given only once the post is written, so that a post that fails numbers nothing.
    const ids = new Map<IpcMessagePort, number>();
    const newPairs: IpcMessagePort[] = [];
    let pairs = this.rendererPairs;
    for (const port of transfer) {
      const pair = port.unnumberedPair();
      if (pair === null || ids.has(port)) continue;
      if (pairs >= MAX_PAIRS) {
        throw new Error(messages.rendererPortIdsExhausted(MAX_PAIRS));
      }
      const first = RENDERER_MADE + pairs++ * 2;
      ids.set(pair[0], first);
      ids.set(pair[1], first + 1);
      newPairs.push(port);
    }
    this.payload.reset();
    dynamicArgsCodec.encode(this.payload, [message]);
    const payload = this.payload.toByteArray();
    const id = this.channelId(channel);
    this.header.reset();
    this.header.writeLength(MAIN_FRAME).writeLength(id).writeLength(transfer.length);
    for (const port of transfer) this.header.writeLength(ids.get(port) ?? port.id).writeLong(port.deliveredCount());
    this.writePacket(enum_.POST, this.header.toByteArray(), payload);
    // Only once the post is written (a refused post leaves the ports where they are), and all in
    // this turn, so nothing can arrive in between. The end of a new pair that stays is held here.
    this.rendererPairs = pairs;
    for (const port of newPairs) {
      const [first, second] = port.unnumberedPair()!;
      port.numberPair(ids.get(first)!);
      this.ports.set(first.id, first);
      this.ports.set(second.id, second);
    }
    for (const port of transfer) {
      this.ports.delete(port.id);
      // What no listener here had yet goes with the port, through main, oldest first: main reads
      // the post first, so it knows how many to expect.
      for (const waiting of port.neuter()) this.returnToMain(port.id, waiting);
    }
  }

  /**
   * Refuses a transfer list, before anything is sent, with Electron's texts: more than 64 ports,
   * an entry that is not a port of this page, the same port twice, a port closed or posted already.
   */
  private checkTransfer(transfer: readonly IpcMessagePort[]): void {
    if (transfer.length > MAX_PORTS_PER_POST) {
      throw new TypeError(messages.tooManyPortsToPost(transfer.length, MAX_PORTS_PER_POST));
    }
    transfer.forEach((port, index) => {
      if (!(port instanceof IpcMessagePort) || !port.sendsThrough(this.portLink)) {
        throw new TypeError(messages.invalidPort(index));
      }
      if (transfer.indexOf(port) !== index) {
        throw new TypeError(messages.duplicatePort(index));
      }
      const held = port.unnumberedPair() !== null || this.ports.get(port.id) === port;
      if (!held || !port.transferable()) {
        throw new TypeError(messages.portNotTransferable(index, port.id));
      }
    });
  }

  /** Sends main back a message it sent for a port this page no longer holds (PROTOCOL.md, `PORT_RETURNED`). */
  private returnToMain(portId: number, payload: Uint8Array): void {
    if (this.ended !== null) return;
    const h = new WireWriter(8);
    h.writeLength(portId);
    this.writePacket(enum_.PORT_RETURNED, h.toByteArray(), payload);
  }

  stream(channel: string, ...args: IpcValue[]): AsyncIterable<IpcValue> {
    return this.streamTyped(channels.stream(channel, dynamicArgsCodec, dynamicValueCodec), args);
  }

  streamWithOptions(channel: string, options: StreamOptions, ...args: IpcValue[]): AsyncIterable<IpcValue> {
    return this.streamTyped(channels.stream(channel, dynamicArgsCodec, dynamicValueCodec), args, options);
  }

  handleStream(channel: string, handler: IpcStreamHandler): void {
    this.addHandler(channel, handler as IpcHandler, false);
  }

  private addListener(channel: string, listener: IpcListener, once: boolean): void {
    const ch = channels.event(channel, dynamicArgsCodec);
    this.subscribe(ch, (event, args: readonly IpcValue[]) => listener(event, ...args), once, listener);
  }

  private addHandler(channel: string, handler: IpcHandler, once: boolean): void {
    if (this.handlers.has(channel)) {
      throw new Error(messages.secondHandler(channel));
    }
    const ch = channels.rendererInvoke(channel, dynamicArgsCodec, dynamicValueCodec);
    this.handlers.set(channel, {
      channel: ch as Channel<unknown, unknown>,
      handler: ((event: IpcRendererInvokeEvent, args: readonly IpcValue[]) => handler(event, ...args)) as TypedHandler,
      once,
    });
  }

  // ---- typed channels ----

  sendTyped<A>(channel: Channel<A, unknown>, args: A): void {
    this.requireOpen();
    this.payload.reset();
    channel.argsCodec.encode(this.payload, args);
    const payload = this.payload.toByteArray();
    const id = this.channelId(channel.name);
    this.header.reset();
    this.header.writeLength(MAIN_FRAME).writeLength(id);
    this.writePacket(enum_.SEND, this.header.toByteArray(), payload);
  }

  invokeTyped<A, R>(channel: Channel<A, R>, args: A, options: InvokeOptions = {}): Promise<R> {
    try {
      this.requireOpen();
      options.signal?.throwIfAborted();
      this.payload.reset();
      channel.argsCodec.encode(this.payload, args);
    } catch (e) {
      return Promise.reject(e);
    }
    const payload = this.payload.toByteArray();
    const request = this.nextRequest++;
    return new Promise<R>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onAbort = (): void => {
        if (this.pending.delete(request)) {
          cleanup();
          this.cancel(request);
          reject(options.signal?.reason instanceof Error ? options.signal.reason : new IpcTimeoutError(messages.invokeAborted(channel.name)));
        }
      };
      const cleanup = (): void => {
        if (timer !== undefined) clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
      };
      this.pending.set(request, {
        channel: channel.name,
        decode: (r) => channel.resultCodec.decode(r),
        exceptions: channel.exceptions,
        resolve: resolve as (value: unknown) => void,
        reject,
        cleanup,
      });
      options.signal?.addEventListener('abort', onAbort, { once: true });
      const timeoutMs = options.timeoutMs ?? 0;
      if (timeoutMs > 0) {
        timer = setTimeout(() => {
          if (this.pending.delete(request)) {
            cleanup();
            this.cancel(request);
            reject(new IpcTimeoutError(messages.invokeTimeout(channel.name, timeoutMs)));
          }
        }, timeoutMs);
      }
      try {
        const id = this.channelId(channel.name);
        this.header.reset();
        this.header.writeLength(MAIN_FRAME).writeLong(request).writeLength(id).writeLong(BigInt(timeoutMs));
        this.writePacket(enum_.INVOKE, this.header.toByteArray(), payload);
      } catch (e) {
        this.pending.delete(request);
        cleanup();
        reject(e as Error);
      }
    });
  }

  onTyped<A>(channel: Channel<A, unknown>, listener: (event: IpcRendererEvent, args: A) => void): () => void {
    return this.subscribe(channel, listener, false, listener);
  }

  onceTyped<A>(channel: Channel<A, unknown>, listener: (event: IpcRendererEvent, args: A) => void): () => void {
    return this.subscribe(channel, listener, true, listener);
  }

  handleTyped<A, R>(
    channel: Channel<A, R>,
    handler: (event: IpcRendererInvokeEvent, args: A) => R | Promise<R>,
  ): () => void {
    if (this.handlers.has(channel.name)) {
      throw new Error(messages.secondHandler(channel.name));
    }
    const entry: HandlerEntry = { channel: channel as Channel<unknown, unknown>, handler: handler as TypedHandler, once: false };
    this.handlers.set(channel.name, entry);
    return () => {
      if (this.handlers.get(channel.name) === entry) this.handlers.delete(channel.name);
    };
  }

  streamTyped<A, T>(channel: Channel<A, T>, args: A, options: StreamOptions = {}): AsyncIterable<T> {
    const window = StreamConsumer.checkWindow(options.window ?? DEFAULT_WINDOW);
    const idleMs = StreamConsumer.checkIdle(options.idleMs);
    this.payload.reset();
    channel.argsCodec.encode(this.payload, args);
    const payload = this.payload.toByteArray();
    // Like Java's publisher, which opens a stream per subscriber: each iteration opens its own.
    return { [Symbol.asyncIterator]: () => this.openStream(channel, payload, window, idleMs, options.signal) };
  }

  handleStreamTyped<A, T>(
    channel: Channel<A, T>,
    handler: (event: IpcRendererInvokeEvent, args: A) => AsyncIterable<T> | Iterable<T> | Promise<AsyncIterable<T> | Iterable<T>>,
  ): () => void {
    return this.handleTyped(channel as Channel<A, unknown>, handler);
  }

  private openStream<A, T>(
    channel: Channel<A, T>, payload: Uint8Array, window: number, idleMs: number | undefined, signal: AbortSignal | undefined,
  ): StreamConsumer<T> {
    const consumer = new StreamConsumer<T>(channel.name, channel.resultCodec, window, idleMs);
    const request = this.nextRequest++;
    const forget = (): void => {
      this.pending.delete(request);
      this.consumers.delete(request);
    };
    const link = {
      grant: (n: number): void => {
        if (this.ended !== null) return;
        const h = new WireWriter(16);
        h.writeLong(request).writeLong(BigInt(n));
        this.writePacket(enum_.STREAM_CREDIT, h.toByteArray(), null);
      },
      cancel: (): void => {
        if (this.pending.has(request)) {
          forget();
          this.cancel(request);
        }
      },
    };
    try {
      this.requireOpen();
      signal?.throwIfAborted();
      const id = this.channelId(channel.name);
      this.pending.set(request, {
        channel: channel.name,
        decode: () => undefined,
        exceptions: channel.exceptions,
        resolve: () => consumer.complete(),
        reject: (e) => consumer.fail(e),
        cleanup: () => this.consumers.delete(request),
      });
      this.consumers.set(request, consumer as StreamConsumer<unknown>);
      this.header.reset();
      this.header.writeLength(MAIN_FRAME).writeLong(request).writeLength(id).writeLong(0n);
      this.writePacket(enum_.STREAM, this.header.toByteArray(), payload);
      consumer.open(link, signal);
    } catch (e) {
      forget();
      consumer.fail(e as Error);
    }
    return consumer;
  }

  private subscribe<A>(channel: Channel<A, unknown>, listener: (event: IpcRendererEvent, args: A) => void, once: boolean, original: unknown): () => void {
    let set = this.listeners.get(channel.name);
    if (!set) {
      set = new Set();
      this.listeners.set(channel.name, set);
    }
    const entry = { listener: listener as TypedListener, decode: channel as Channel<unknown, unknown>, once, original };
    set.add(entry);
    return () => {
      this.listeners.get(channel.name)?.delete(entry);
    };
  }

  close(reason = 'the page closed the connection'): void {
    if (this.ended === null && this.welcomed) {
      const w = new WireWriter(64);
      w.writeString(reason);
      this.writePacket(enum_.CLOSE, w.toByteArray(), null);
    }
    this.socket.close(1000);
    this.end(reason);
  }

  // ---- wire ----

  private requireOpen(): void {
    if (this.ended !== null) {
      throw new IpcDisconnectedError(messages.disconnected(this.ended));
    }
    if (!this.welcomed) {
      throw new IpcDisconnectedError(messages.notConnectedYet());
    }
  }

  private channelId(name: string): number {
    let id = this.outChannels.get(name);
    if (id === undefined) {
      id = this.outChannels.size;
      this.outChannels.set(name, id);
      const w = new WireWriter(32);
      w.writeLength(id).writeString(name);
      this.writePacket(enum_.CHANNEL, w.toByteArray(), null);
    }
    return id;
  }

  private cancel(request: bigint): void {
    if (this.ended === null) {
      const w = new WireWriter(8);
      w.writeLong(request);
      this.writePacket(enum_.CANCEL, w.toByteArray(), null);
    }
  }

  private writePacket(type: number, header: Uint8Array, payload: Uint8Array | null): void {
    const payloadLength = payload?.length ?? 0;
    const length = 3 + header.length + payloadLength;
    if (length > MAX_PACKET) {
      throw new IpcPacketTooLargeError(messages.packetTooLarge(length, MAX_PACKET));
    }
    const packet = new Uint8Array(4 + length);
    const view = new DataView(packet.buffer);
    view.setUint32(0, length);
    packet[4] = type;
    view.setUint16(5, header.length);
    packet.set(header, 7);
    if (payload) packet.set(payload, 7 + header.length);
    this.socket.send(packet);
    this.lastWrite = Date.now();
  }

  private onBytes(bytes: Uint8Array): void {
    if (this.ended !== null) return;
    const joined = new Uint8Array(this.inbound.length + bytes.length);
    joined.set(this.inbound);
    joined.set(bytes, this.inbound.length);
    let p = 0;
    try {
      if (!this.preambleSeen) {
        if (joined.length < 6) {
          this.inbound = joined;
          return;
        }
        const version = (joined[4]! << 8) | joined[5]!;
        if (!MAGIC.every((b, i) => joined[i] === b)) {
          throw new IpcProtocolError(messages.nonProtocolBytes([...joined.subarray(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ')));
        }
        if (version !== PROTOCOL_VERSION) {
          throw new IpcRejectedError(messages.protocolVersion(version, PROTOCOL_VERSION), 2);
        }
        this.preambleSeen = true;
        p = 6;
      }
      const view = new DataView(joined.buffer);
      while (joined.length - p >= 4) {
        const length = view.getUint32(p);
        if (length > MAX_PACKET || length < 3) {
          throw new IpcProtocolError(messages.packetTooLarge(length, MAX_PACKET));
        }
        if (joined.length - p - 4 < length) break;
        const type = joined[p + 4]!;
        const headerLength = view.getUint16(p + 5);
        if (3 + headerLength > length) {
          throw new IpcProtocolError(messages.malformedMessage(p, messages.truncated('a header', length - 3)));
        }
        const header = new WireReader(joined, p + 7, headerLength);
        const payload = joined.subarray(p + 7 + headerLength, p + 4 + length);
        p += 4 + length;
        this.onPacket(type, header, payload);
        if (this.ended !== null) return;
      }
      this.inbound = joined.slice(p);
    } catch (e) {
      this.fail(e as Error);
    }
  }

  private onPacket(type: number, header: WireReader, payload: Uint8Array): void {
    if (!this.welcomed) {
      if (type === enum_.WELCOME) {
        this.rendererId = header.readInt() >>> 0;
        header.readLong();
        this.welcomed = true;
        this.heartbeat = setInterval(() => {
          if (Date.now() - this.lastWrite >= HEARTBEAT_MS && this.ended === null) {
            this.writePacket(enum_.HEARTBEAT, new Uint8Array(0), null);
          }
        }, HEARTBEAT_MS);
        this.settleOpen.resolve(this);
        return;
      }
      if (type === enum_.REJECT) {
        const code = header.readByte() & 0xff;
        throw new IpcRejectedError(header.readString(), code);
      }
      throw new IpcProtocolError(messages.malformedMessage(0, messages.unexpectedPacket(type)));
    }
    switch (type) {
      case enum_.HEARTBEAT:
      case enum_.FRAME_KNOWN:
        return;
      case enum_.CHANNEL: {
        const id = header.readLength();
        if (id !== this.inChannels.length) {
          throw header.malformed(messages.channelOutOfOrder(id, this.inChannels.length));
        }
        this.inChannels.push(header.readString());
        return;
      }
      case enum_.CLOSE:
        this.end(header.readString());
        return;
      case enum_.REPLY:
        this.onReply(header.readLong(), payload);
        return;
      case enum_.REPLY_ERROR:
        this.onReplyError(header, payload);
        return;
      case enum_.EVENT:
        header.readLength();
        this.onEvent(this.inChannel(header.readLength(), header), payload, []);
        return;
      case enum_.POST: {
        header.readLength();
        const channel = this.inChannel(header.readLength(), header);
        const count = header.readLength();
        if (count > MAX_PORTS_PER_POST) {
          throw new IpcProtocolError(messages.tooManyPorts(count, MAX_PORTS_PER_POST));
        }
        const ports: IpcMessagePort[] = [];
        const ids: number[] = [];
        for (let i = 0; i < count; i++) {
          const id = header.readLength();
          const delivered = header.readLong(); // main writes 0: it holds no messages for a port it posts
          if (delivered < 0n) {
            throw new IpcProtocolError(messages.negativeDeliveredCount(id, delivered));
          }
          ids.push(id);
        }
        header.requireFullyRead();
        for (const id of ids) {
          const port = new IpcMessagePort(id, this.portLink);
          this.ports.set(port.id, port);
          ports.push(port);
        }
        this.onEvent(channel, payload, ports);
        return;
      }
      case enum_.PORT_MESSAGE: {
        const portId = header.readLength();
        const port = this.ports.get(portId);
        if (port) {
          port.receive(payload);
        } else {
          // Posted on meanwhile (main routed by where it was) or closed: main knows which.
          this.returnToMain(portId, payload);
        }
        return;
      }
      case enum_.PORT_CLOSED: {
        const portId = header.readLength();
        const port = this.ports.get(portId);
        this.ports.delete(portId);
        port?.peerClosed();
        return;
      }
      case enum_.INVOKE: {
        header.readLength();
        const request = header.readLong();
        const channel = this.inChannel(header.readLength(), header);
        const deadline = Number(header.readLong());
        this.onInvoke(request, channel, deadline, payload, false);
        return;
      }
      case enum_.STREAM: {
        header.readLength();
        const request = header.readLong();
        const channel = this.inChannel(header.readLength(), header);
        header.readLong();
        this.onInvoke(request, channel, 0, payload, true);
        return;
      }
      case enum_.STREAM_ITEM:
        this.consumers.get(header.readLong())?.item(payload);
        return;
      case enum_.STREAM_CREDIT: {
        const request = header.readLong();
        const n = header.readLong();
        if (n <= 0n) {
          throw new IpcProtocolError(messages.nonPositiveCredit(n));
        }
        this.producers.get(request)?.grant(n);
        return;
      }
      case enum_.CANCEL:
        this.incoming.get(header.readLong())?.abort();
        return;
      default:
        throw header.malformed(messages.unexpectedPacket(type));
    }
  }

  private inChannel(id: number, header: WireReader): string {
    const name = this.inChannels[id];
    if (name === undefined) {
      throw header.malformed(messages.undeclaredChannel(id));
    }
    return name;
  }

  private onReply(request: bigint, payload: Uint8Array): void {
    const call = this.pending.get(request);
    if (!call) return;
    this.pending.delete(request);
    call.cleanup();
    try {
      const r = new WireReader(payload);
      const value = call.decode(r);
      r.requireFullyRead();
      call.resolve(value);
    } catch (e) {
      call.reject(e as Error);
    }
  }

  private onReplyError(header: WireReader, payload: Uint8Array): void {
    const request = header.readLong();
    const kind = header.readByte();
    const call = this.pending.get(request);
    if (kind === 3) {
      const index = header.readLength();
      if (!call) return;
      this.pending.delete(request);
      call.cleanup();
      const declared = call.exceptions[index];
      try {
        if (!declared) {
          throw new IpcProtocolError(messages.malformedMessage(0, `an undeclared exception index ${index}`));
        }
        const r = new WireReader(payload);
        const data = declared.codec.decode(r);
        r.requireFullyRead();
        const message = messages.invokeFailed(call.channel, declared.className, null);
        call.reject(declared.error
          ? declared.error(data, message, index)
          : new IpcRemoteError(message, 'declared', declared.className, index, data));
      } catch (e) {
        call.reject(e as Error);
      }
      return;
    }
    const className = header.readBoolean() ? header.readString() : null;
    const message = header.readBoolean() ? header.readString() : null;
    if (!call) return;
    this.pending.delete(request);
    call.cleanup();
    switch (kind) {
      case 1:
        call.reject(new IpcRemoteError(messages.noHandler(call.channel), 'noHandler', className));
        return;
      case 2:
        call.reject(new IpcRemoteError(messages.noHandler(call.channel), 'noListener', className));
        return;
      case 4:
        call.reject(new IpcDisconnectedError(messages.callGone(call.channel, String(message))));
        return;
      default:
        // A refusal keeps its type across the wire, as the Java runtime's does.
        if (kind === 0 && className === ACCESS_DENIED_CLASS) {
          call.reject(new IpcAccessDeniedError(message ?? messages.accessDenied(call.channel), call.channel));
          return;
        }
        call.reject(new IpcRemoteError(messages.invokeFailed(call.channel, className, message), 'handlerFailed', className));
    }
  }

  private onEvent(channel: string, payload: Uint8Array, ports: readonly IpcMessagePort[]): void {
    const set = this.listeners.get(channel);
    if (!set || set.size === 0) return;
    const event: IpcRendererEvent = { sender: this, ports };
    for (const entry of [...set]) {
      if (entry.once) set.delete(entry);
      try {
        const r = new WireReader(payload);
        const args = entry.decode.argsCodec.decode(r);
        r.requireFullyRead();
        entry.listener(event, args as never);
      } catch (e) {
        queueMicrotask(() => {
          throw e;
        });
      }
    }
  }

  /** Main's INVOKE, or its STREAM (`stream`): runs the channel's handler and answers or produces. */
  private onInvoke(request: bigint, channel: string, deadlineMs: number, payload: Uint8Array, stream: boolean): void {
    const entry = this.handlers.get(channel);
    if (!entry) {
      this.writeError(request, 1, null, messages.noHandler(channel));
      return;
    }
    if (entry.once) this.handlers.delete(channel);
    const controller = new AbortController();
    this.incoming.set(request, controller);
    const timer = deadlineMs > 0 ? setTimeout(() => controller.abort(), deadlineMs) : undefined;
    const event: IpcRendererInvokeEvent = { sender: this, ports: [], signal: controller.signal };
    const finish = (): boolean => {
      if (timer !== undefined) clearTimeout(timer);
      this.incoming.delete(request);
      this.producers.delete(request);
      return !controller.signal.aborted && this.ended === null;
    };
    const fail = (e: unknown): void => {
      if (!finish()) return;
      const error = e instanceof Error ? e : new Error(String(e));
      if (!(error instanceof IpcDeclaredError) || !this.writeDeclared(request, entry.channel, error)) {
        this.writeError(request, 0, error instanceof IpcDeclaredError ? error.className : error.name, error.message);
      }
    };
    let producer: StreamProducer<unknown> | null = null;
    if (stream) {
      const h = new WireWriter(8);
      h.writeLong(request);
      const itemHeader = h.toByteArray();
      producer = new StreamProducer(entry.channel.resultCodec, {
        item: (bytes) => {
          if (this.ended === null) this.writePacket(enum_.STREAM_ITEM, itemHeader, bytes);
        },
        complete: () => {
          if (finish()) this.writePacket(enum_.REPLY, itemHeader, null);
        },
        fail,
      });
      this.producers.set(request, producer);
      controller.signal.addEventListener('abort', () => producer?.cancel(), { once: true });
    }
    // The handler starts now, not in a later microtask, so that main's invokes and events start in
    // the order main sent them even when one WebSocket message carries several.
    let started: Promise<unknown>;
    try {
      const r = new WireReader(payload);
      const args = entry.channel.argsCodec.decode(r);
      r.requireFullyRead();
      started = Promise.resolve(entry.handler(event, args as never));
    } catch (e) {
      started = Promise.reject(e);
    }
    started.then(
      (result) => {
        if (producer !== null) {
          if (isStreamable(result)) {
            producer.start(result);
          } else {
            fail(new TypeError(messages.notAnIterable(channel, result)));
          }
          return;
        }
        if (result !== null && typeof result === 'object' && Symbol.asyncIterator in result) {
          fail(new TypeError(messages.streamHandlerToInvoke(channel)));
          return;
        }
        if (!finish()) return;
        try {
          const w = new WireWriter(64);
          entry.channel.resultCodec.encode(w, result);
          const h = new WireWriter(8);
          h.writeLong(request);
          this.writePacket(enum_.REPLY, h.toByteArray(), w.toByteArray());
        } catch (e) {
          this.writeError(request, 0, (e as Error).name, (e as Error).message);
        }
      },
      fail,
    );
  }

  /**
   * Answers with a declared exception (`REPLY_ERROR` kind 3): its index in the channel's `throws`
   * clause and its data in the generated codec's bytes. False when the channel does not declare it
   * or its data cannot be written, so that the caller answers with Electron's text instead.
   */
  private writeDeclared(request: bigint, channel: Channel<unknown, unknown>, error: IpcDeclaredError): boolean {
    const index = channel.exceptions.findIndex((declared) => declared.className === error.className);
    if (index < 0) return false;
    try {
      const w = new WireWriter(64);
      channel.exceptions[index]!.codec.encode(w, error.data);
      const h = new WireWriter(16);
      h.writeLong(request).writeByte(3).writeLength(index);
      this.writePacket(enum_.REPLY_ERROR, h.toByteArray(), w.toByteArray());
      return true;
    } catch {
      return false;
    }
  }

  private writeError(request: bigint, kind: number, className: string | null, message: string | null): void {
    const h = new WireWriter(64);
    h.writeLong(request).writeByte(kind);
    h.writeBoolean(className !== null);
    if (className !== null) h.writeString(className);
    h.writeBoolean(message !== null);
    if (message !== null) h.writeString(message);
    this.writePacket(enum_.REPLY_ERROR, h.toByteArray(), null);
  }

  private fail(error: Error): void {
    if (this.ended !== null) return;
    this.socket.close(error instanceof IpcRejectedError ? 1000 : 1002);
    this.end(error.message, error);
  }

  private end(reason: string, error?: Error): void {
    if (this.ended !== null) return;
    this.ended = reason;
    if (this.heartbeat !== undefined) clearInterval(this.heartbeat);
    for (const controller of this.incoming.values()) controller.abort();
    this.incoming.clear();
    // Main closes their other ends when it sees this connection end.
    const ports = [...this.ports.values()];
    this.ports.clear();
    for (const port of ports) port.peerClosed();
    const calls = [...this.pending.values()];
    this.pending.clear();
    for (const call of calls) {
      call.cleanup();
      call.reject(new IpcDisconnectedError(messages.callGone(call.channel, reason)));
    }
    if (!this.welcomed) {
      this.settleOpen.reject(error ?? new IpcDisconnectedError(messages.disconnected(reason)));
    }
    this.settleClosed(reason);
  }
}
