/**
 * Message ports (PROTOCOL.md "Message ports"): one end of a pair main created with
 * `MessageChannelMain`, given to the page in `event.ports`, or of a pair the page made itself with
 * `ipcRenderer.createMessageChannel()`. Its messages pass through main to wherever the other end
 * is held now: main, this page, or another renderer; the two ends of a pair the page made talk
 * here directly until one of them is posted.
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

/** A pair the page made (`ipcRenderer.createMessageChannel()`), as Electron's `new MessageChannel()` gives it. */
export interface IpcMessageChannel {
  /** One end; its messages arrive at `port2`. */
  readonly port1: IpcMessagePort;
  /** The other end; its messages arrive at `port1`. */
  readonly port2: IpcMessagePort;
}

/** The ends of a pair made on this page while neither has gone to main; not part of the package's API. */
export class LocalPair {
  readonly first: IpcMessagePort;
  readonly second: IpcMessagePort;

  constructor(link: PortLink) {
    this.first = new IpcMessagePort(UNNUMBERED, link, this);
    this.second = new IpcMessagePort(UNNUMBERED, link, this);
  }

  other(end: IpcMessagePort): IpcMessagePort {
    return end === this.first ? this.second : this.first;
  }
}

/** The id of an end of a pair made here that was never posted. */
const UNNUMBERED = -1;

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
  private portId: number;
  private readonly link: PortLink;
  /** Both ends of a pair made on this page, until one of them is posted; null afterwards. */
  private local: LocalPair | null;
  private readonly messageListeners: Entry[] = [];
  private readonly closeListeners: Entry[] = [];
  /** Messages that came and no listener had yet, oldest first. */
  private queue: Uint8Array[] = [];
  /** How many messages came from main while this end was held here (not those of its local pair). */
  private received = 0;
  private started = false;
  /** A microtask is on its way to deliver the queue. */
  private draining = false;
  private closed = false;
  private neutered = false;

  /** @internal The connection makes ports; a page gets them in `event.ports` or from `createMessageChannel()`. */
  constructor(id: number, link: PortLink, local: LocalPair | null = null) {
    this.portId = id;
    this.link = link;
    this.local = local;
  }

  /** @internal A new pair on this page: its ends talk to each other here until one is posted. */
  static localPair(link: PortLink): IpcMessageChannel {
    const pair = new LocalPair(link);
    return { port1: pair.first, port2: pair.second };
  }

  /**
   * Main's number of this end (the other end is `id ^ 1`); for a pair the page made, the page's
   * number (bit 30 set) once one of its ends went to main, -1 before.
   */
  get id(): number {
    return this.portId;
  }

  /** Sends `message` to the other end; dropped quietly once either end closed, as in Electron. */
  postMessage(message: IpcValue): void {
    const w = new WireWriter(64);
    try {
      dynamicValueCodec.encode(w, message);
    } catch (e) {
      throw new IpcValueError(messages.cannotPostOnPort(this.portId, (e as Error).message));
    }
    if (this.neutered) throw new Error(messages.portNeutered(this.portId));
    if (this.closed) return;
    if (this.local !== null) {
      this.local.other(this).receive(w.toByteArray(), false);
      return;
    }
    this.link.post(this.portId, w.toByteArray());
  }

  /** Delivers the messages that waited, in order, in a microtask, then each as it comes. */
  start(): void {
    if (this.started || this.closed) return;
    this.started = true;
    this.drainSoon();
  }

  /**
   * Closes this end; the other end gets its `close` event. This end's listeners get none.
   * Messages that had not reached this end's listeners are dropped.
   */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.queue = [];
    if (this.local !== null) {
      this.local.other(this).peerClosed();
      return;
    }
    this.link.close(this.portId);
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

  /**
   * @internal A message from the other end: from main (`fromMain`, counted for {@link
   * deliveredCount}) or from the other end of a local pair. It waits for {@link start}; a started
   * end delivers one from main at once if nothing is queued before it, and a local one in a
   * microtask, as a DOM port delivers in a later task.
   */
  receive(payload: Uint8Array, fromMain = true): void {
    if (this.closed) return;
    if (fromMain) this.received++;
    if (fromMain && this.started && this.queue.length === 0 && !this.draining) {
      this.deliver(payload);
      return;
    }
    this.queue.push(payload);
    if (this.started) this.drainSoon();
  }

  /** @internal The other end went away (closed, or its process did): this end closes and fires `close`. */
  peerClosed(): void {
    if (this.closed) return;
    this.closed = true;
    this.queue = [];
    for (const entry of this.take(this.closeListeners)) {
      guard(() => (entry.listener as PortCloseListener)());
    }
  }

  /**
   * @internal How many of the messages main sent while this end was held here its listeners had,
   * less the local pair's messages still waiting (main never counted those): negative when only
   * those wait, so that main expects back every message that waits (PROTOCOL.md).
   */
  deliveredCount(): bigint {
    return BigInt(this.received - this.queue.length);
  }

  /**
   * @internal Takes this end away to be posted to main: it is unusable here from now on. Returns
   * the messages no listener had yet, oldest first: they travel with it (PROTOCOL.md "No message
   * is lost while a port moves").
   */
  neuter(): readonly Uint8Array[] {
    const undelivered = this.queue;
    this.closed = true;
    this.neutered = true;
    this.queue = [];
    return undelivered;
  }

  /** @internal Whether this end may be posted: open, and not posted before. */
  transferable(): boolean {
    return !this.closed;
  }

  /** @internal Whether this end is one of the connection whose ports send through `link`. */
  sendsThrough(link: PortLink): boolean {
    return this.link === link;
  }

  /** @internal The two ends of this end's local pair if it was never posted, else null. */
  unnumberedPair(): readonly [IpcMessagePort, IpcMessagePort] | null {
    return this.local === null ? null : [this.local.first, this.local.second];
  }

  /** @internal Numbers this end's local pair `firstId` and `firstId + 1`: its ends send through main from now on. */
  numberPair(firstId: number): void {
    const pair = this.local;
    if (pair === null) return;
    pair.first.portId = firstId;
    pair.second.portId = firstId + 1;
    pair.first.local = null;
    pair.second.local = null;
  }

  private drainSoon(): void {
    if (this.draining) return;
    this.draining = true;
    queueMicrotask(() => {
      this.draining = false;
      while (this.started && !this.closed && this.queue.length > 0) {
        this.deliver(this.queue.shift()!);
      }
    });
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
