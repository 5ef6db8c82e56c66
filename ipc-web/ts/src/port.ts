/**
 * Message ports (PROTOCOL.md "Message ports"): one end of a pair main created with
 * `MessageChannelMain`, given to the page in `event.ports`. Its messages pass through main to
 * wherever the other end is held now: main, this page, or another renderer.
 */
import { IpcValueError } from './errors.js';
import * as messages from './messages.js';
import { dynamicValueCodec, type IpcValue } from './value.js';
import { WireReader, WireWriter } from './wire.js';

/** A message that came over a port, as Electron's `MessageEvent`: its data, and no ports (a port message carries none). */
export interface IpcMessageEvent {
  readonly data: IpcValue;
  readonly ports: readonly IpcMessagePort[];
}

export type PortMessageListener = (event: IpcMessageEvent) => void;
export type PortCloseListener = () => void;

/** What a port needs of its connection: to send a message for the other end, and to say it closed. */
export interface PortLink {
  post(portId: number, payload: Uint8Array): void;
  close(portId: number): void;
}

interface Entry {
  readonly listener: PortMessageListener | PortCloseListener;
  readonly once: boolean;
}

/**
 * One end of an entangled pair, with Electron's `MessagePortMain` API: `postMessage`, `start`,
 * `close`, and the `message` and `close` events. Messages from the other end wait until
 * {@link start}, then arrive in order. A message is one value of the string channels' model.
 *
 * ```ts
 * ipc.on('port', (event) => {
 *   const [port] = event.ports;
 *   port.on('message', (message) => port.postMessage(`echo: ${String(message.data)}`));
 *   port.on('close', () => console.log('the other end went away'));
 *   port.start();
 * });
 * ```
 */
export class IpcMessagePort {
  /** Main's number of this end; the other end is `id ^ 1`. */
  readonly id: number;
  private readonly link: PortLink;
  private readonly messageListeners: Entry[] = [];
  private readonly closeListeners: Entry[] = [];
  /** Messages that came and no listener had yet (before {@link start}); null once started and delivered. */
  private waiting: Uint8Array[] | null = [];
  /** How many messages came while this end was held here. */
  private received = 0;
  private starting = false;
  private closed = false;
  private neutered = false;

  constructor(id: number, link: PortLink) {
    this.id = id;
    this.link = link;
  }

  /** Sends `message` to the other end; dropped quietly once either end closed, as in Electron. */
  postMessage(message: IpcValue): void {
    const w = new WireWriter(64);
    try {
      dynamicValueCodec.encode(w, message);
    } catch (e) {
      throw new IpcValueError(messages.cannotPostOnPort(this.id, (e as Error).message));
    }
    if (this.neutered) throw new Error(messages.portNeutered(this.id));
    if (this.closed) return;
    this.link.post(this.id, w.toByteArray());
  }

  /** Delivers the messages that waited, in order, in a microtask, then each as it comes. */
  start(): void {
    if (this.starting || this.waiting === null) return;
    this.starting = true;
    queueMicrotask(() => {
      const waiting = this.waiting;
      this.waiting = null;
      for (const payload of waiting ?? []) this.deliver(payload);
    });
  }

  /** Closes this end; the other end gets its `close` event. This end's listeners get none. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.waiting = null;
    this.link.close(this.id);
  }

  on(event: 'message', listener: PortMessageListener): this;
  on(event: 'close', listener: PortCloseListener): this;
  on(event: 'message' | 'close', listener: PortMessageListener | PortCloseListener): this {
    this.listenersOf(event).push({ listener, once: false });
    return this;
  }

  once(event: 'message', listener: PortMessageListener): this;
  once(event: 'close', listener: PortCloseListener): this;
  once(event: 'message' | 'close', listener: PortMessageListener | PortCloseListener): this {
    this.listenersOf(event).push({ listener, once: true });
    return this;
  }

  off(event: 'message' | 'close', listener: PortMessageListener | PortCloseListener): this {
    const list = this.listenersOf(event);
    const index = list.findIndex((entry) => entry.listener === listener);
    if (index >= 0) list.splice(index, 1);
    return this;
  }

  removeListener(event: 'message' | 'close', listener: PortMessageListener | PortCloseListener): this {
    return this.off(event, listener);
  }

  removeAllListeners(event?: 'message' | 'close'): this {
    if (event === undefined || event === 'message') this.messageListeners.length = 0;
    if (event === undefined || event === 'close') this.closeListeners.length = 0;
    return this;
  }

  // ---- the connection's side ----

  /** A message from the other end: waits for {@link start}, or is delivered now. */
  receive(payload: Uint8Array): void {
    if (this.closed) return;
    this.received++;
    if (this.waiting !== null) {
      this.waiting.push(payload);
    } else {
      this.deliver(payload);
    }
  }

  /** The other end went away (closed, or its process did): this end closes and fires `close`. */
  peerClosed(): void {
    if (this.closed) return;
    this.closed = true;
    this.waiting = null;
    for (const entry of this.take(this.closeListeners)) {
      guard(() => (entry.listener as PortCloseListener)());
    }
  }

  /** How many of the messages that came while this end was held here its listeners had. */
  deliveredCount(): bigint {
    return BigInt(this.received - (this.waiting?.length ?? 0));
  }

  /**
   * Takes this end away to be posted to main: it is unusable here from now on. Returns the
   * messages no listener had yet, oldest first: they travel with it (PROTOCOL.md "No message is
   * lost while a port moves").
   */
  neuter(): readonly Uint8Array[] {
    const undelivered = this.waiting ?? [];
    this.closed = true;
    this.neutered = true;
    this.waiting = null;
    return undelivered;
  }

  /** Whether this end may be posted: open, and not posted before. */
  transferable(): boolean {
    return !this.closed;
  }

  private deliver(payload: Uint8Array): void {
    if (this.closed) return;
    let data: IpcValue;
    try {
      const r = new WireReader(payload);
      data = dynamicValueCodec.decode(r);
      r.requireFullyRead();
    } catch (e) {
      guard(() => {
        throw e;
      });
      return;
    }
    const event: IpcMessageEvent = { data, ports: [] };
    for (const entry of this.take(this.messageListeners)) {
      guard(() => (entry.listener as PortMessageListener)(event));
    }
  }

  /** The listeners to call now; `once` ones are removed. */
  private take(list: Entry[]): Entry[] {
    const now = [...list];
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i]!.once) list.splice(i, 1);
    }
    return now;
  }

  private listenersOf(event: string): Entry[] {
    if (event === 'message') return this.messageListeners;
    if (event === 'close') return this.closeListeners;
    throw new TypeError(messages.unknownPortEvent(event));
  }
}

/** Runs a listener; what it throws is reported as an uncaught error, and the other listeners still run. */
function guard(run: () => void): void {
  try {
    run();
  } catch (e) {
    queueMicrotask(() => {
      throw e;
    });
  }
}
