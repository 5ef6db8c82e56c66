/**
 * Streams (PROTOCOL.md "Streams"): the page's end of a stream from main, as an async iterator
 * whose consumption grants main credit, and the page's production of a stream main opened, pulled
 * from the handler's iterable only as far as main's credit goes.
 */
import type { Codec } from './codec.js';
import { IpcProtocolError, IpcTimeoutError } from './errors.js';
import * as messages from './messages.js';
import { WireReader, WireWriter } from './wire.js';

/** How a stream of main's is consumed. */
export interface StreamOptions {
  /**
   * The most items the page holds or has asked for at once (default {@link DEFAULT_WINDOW}): main
   * is granted this much credit, and more as the loop takes items, never beyond the window.
   */
  readonly window?: number;
  /** Aborting ends the stream with the signal's reason and cancels main's producer. */
  readonly signal?: AbortSignal;
  /**
   * The longest, in milliseconds, the page waits for an item while main owes it items (Java's
   * `stream(Duration idle, …)`): past it the loop throws {@link IpcTimeoutError} and main's
   * producer is cancelled. A pause while the page holds back credit (the loop is slow) is no
   * silence of main's. None by default.
   */
  readonly idleMs?: number;
}

export const DEFAULT_WINDOW = 16;

/** What a consumer needs of its connection: to grant main credit and to cancel the stream. */
export interface StreamLink {
  grant(n: number): void;
  cancel(): void;
}

/**
 * The page's end of one stream from main. Items main sends are held until the loop takes them;
 * main never gets more credit than the window minus what is held and still owed, so the page never
 * holds more than it asked for. The stream's reply ends it; `return()` (a `break` out of `for
 * await`) cancels main's producer and drops what was on its way.
 */
export class StreamConsumer<T> implements AsyncIterableIterator<T> {
  private readonly queue: Uint8Array[] = [];
  /** Items asked for and not yet received. */
  private outstanding = 0;
  /** Set when the stream ended: null for completion, else the failure not yet thrown. */
  private ending: { error: Error | null } | null = null;
  private waiter: { resolve: (r: IteratorResult<T>) => void; reject: (e: Error) => void } | null = null;
  private cancelled = false;
  private link!: StreamLink;
  private readonly channel: string;
  private readonly itemCodec: Codec<T>;
  private readonly window: number;
  private readonly idleMs: number | undefined;
  /** When main last had new credit or sent an item, for {@link StreamOptions.idleMs}. */
  private lastActivity = performance.now();
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(channel: string, itemCodec: Codec<T>, window: number, idleMs?: number) {
    this.channel = channel;
    this.itemCodec = itemCodec;
    this.window = window;
    this.idleMs = idleMs;
  }

  /** Connects the consumer to its stream, grants the first window and watches `signal` and the idle deadline. */
  open(link: StreamLink, signal: AbortSignal | undefined): void {
    this.link = link;
    this.refill();
    if (this.idleMs !== undefined) this.watchIdle(this.idleMs);
    signal?.addEventListener('abort', () => {
      if (this.ending === null && !this.cancelled) {
        this.cancelled = true;
        this.queue.length = 0;
        this.link.cancel();
        this.end(signal.reason instanceof Error ? signal.reason : new IpcTimeoutError(messages.streamAborted(this.channel)));
      }
    }, { once: true });
  }

  /** Checks an idle deadline: a positive number of milliseconds, or none. */
  static checkIdle(idleMs: number | undefined): number | undefined {
    if (idleMs !== undefined && !(idleMs > 0 && idleMs <= MAX_TIMER_MS)) {
      throw new RangeError(messages.badStreamIdle(idleMs));
    }
    return idleMs;
  }

  /** Checks a window: a whole number of items in the protocol's range. */
  static checkWindow(window: number): number {
    if (!Number.isInteger(window) || window < 1 || window > 2 ** 31 - 1) {
      throw new RangeError(messages.badStreamWindow(window));
    }
    return window;
  }

  /** An item main sent; one beyond the credit ends the stream with {@link IpcProtocolError}. */
  item(payload: Uint8Array): void {
    if (this.cancelled || this.ending !== null) return;
    if (this.outstanding <= 0) {
      this.cancelled = true;
      this.link.cancel();
      this.end(new IpcProtocolError(messages.streamBeyondCredit(this.channel)));
      return;
    }
    this.outstanding--;
    this.lastActivity = performance.now();
    this.queue.push(payload);
    if (this.waiter !== null) {
      const waiter = this.waiter;
      this.waiter = null;
      this.settle(waiter);
    }
  }

  /** Main's reply: completes the stream after the items before it. */
  complete(): void {
    this.end(null);
  }

  /** The stream failed (main's producer, no handler, a disconnect); thrown after the items before it. */
  fail(error: Error): void {
    this.end(error);
  }

  next(): Promise<IteratorResult<T>> {
    return new Promise((resolve, reject) => {
      if (this.queue.length > 0 || this.ending !== null || this.cancelled) {
        this.settle({ resolve, reject });
      } else {
        this.waiter = { resolve, reject };
      }
    });
  }

  /** Stops the stream: main's producer is cancelled, items on their way are dropped. */
  return(): Promise<IteratorResult<T>> {
    this.stopWatchingIdle();
    if (this.ending === null && !this.cancelled) {
      this.cancelled = true;
      this.link.cancel();
    }
    this.queue.length = 0;
    this.ending = { error: null };
    this.wake();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private end(error: Error | null): void {
    if (this.ending !== null) return;
    this.stopWatchingIdle();
    this.ending = { error };
    if (this.queue.length === 0) this.wake();
  }

  private wake(): void {
    if (this.waiter !== null) {
      const waiter = this.waiter;
      this.waiter = null;
      this.settle(waiter);
    }
  }

  /** Gives the waiter the next item, else the end, and grants main what the taken item freed. */
  private settle(waiter: { resolve: (r: IteratorResult<T>) => void; reject: (e: Error) => void }): void {
    const payload = this.queue.shift();
    if (payload !== undefined) {
      let value: T;
      try {
        const r = new WireReader(payload);
        value = this.itemCodec.decode(r);
        r.requireFullyRead();
      } catch (e) {
        this.queue.length = 0;
        if (!this.cancelled) {
          this.cancelled = true;
          this.link.cancel();
        }
        this.ending = { error: null };
        waiter.reject(e as Error);
        return;
      }
      this.refill();
      waiter.resolve({ value, done: false });
      return;
    }
    const failure = this.ending?.error ?? null;
    if (failure !== null) {
      this.ending = { error: null }; // thrown once; the iterator is done after it
      waiter.reject(failure);
    } else {
      waiter.resolve({ value: undefined, done: true });
    }
  }

  /**
   * Checks, `delayMs` from now, whether main owed items and sent none for the idle deadline; if so
   * the stream is cancelled and ends with {@link IpcTimeoutError}, after the items it holds.
   */
  private watchIdle(delayMs: number): void {
    this.idleTimer = setTimeout(() => {
      const idleMs = this.idleMs!;
      if (this.ending !== null || this.cancelled) return;
      const silent = performance.now() - this.lastActivity;
      if (this.outstanding > 0 && silent >= idleMs) {
        this.cancelled = true;
        this.link.cancel();
        this.end(new IpcTimeoutError(messages.streamIdle(this.channel, idleMs)));
      } else {
        this.watchIdle(this.outstanding > 0 ? idleMs - silent : idleMs);
      }
    }, delayMs);
  }

  private stopWatchingIdle(): void {
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }

  /** Grants what is free of the window once at least half of it is, so credit goes in batches. */
  private refill(): void {
    if (this.ending !== null || this.cancelled) return;
    const free = this.window - this.outstanding - this.queue.length;
    if (free > 0 && free >= Math.ceil(this.window / 2)) {
      this.lastActivity = performance.now(); // as Java's request(n): the silence counts from here
      this.outstanding += free;
      this.link.grant(free);
    }
  }
}

/** The longest delay `setTimeout` keeps (about 24.8 days); a longer idle deadline is refused. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Where a producer's items, end and failure go: the connection's STREAM_ITEM, REPLY and REPLY_ERROR. */
export interface ProducerSink {
  item(payload: Uint8Array): void;
  complete(): void;
  fail(error: unknown): void;
}

/** Whether `value` can be the items of a stream: an async iterable, or an iterable that is not a string. */
export function isStreamable(value: unknown): value is AsyncIterable<unknown> | Iterable<unknown> {
  return (
    value !== null &&
    typeof value === 'object' &&
    (Symbol.asyncIterator in value || Symbol.iterator in value)
  );
}

/**
 * The page's production of one stream main opened. It pulls the next item from the handler's
 * iterable only while main's credit lasts, one at a time, so a generator runs exactly as far as
 * main asked; main's cancel calls the iterator's `return()`, which runs a generator's `finally`.
 */
export class StreamProducer<T> {
  /** Credit not yet used; past 2^53 it is as good as unbounded. */
  private credit = 0;
  private pulling = false;
  private done = false;
  private iterator: AsyncIterator<T> | Iterator<T> | null = null;
  private readonly itemCodec: Codec<T>;
  private readonly sink: ProducerSink;

  constructor(itemCodec: Codec<T>, sink: ProducerSink) {
    this.itemCodec = itemCodec;
    this.sink = sink;
  }

  /** Main's STREAM_CREDIT; it may come before the handler produced its iterable, and is kept. */
  grant(n: bigint): void {
    this.credit = Math.min(Number.MAX_SAFE_INTEGER, this.credit + Number(n));
    this.pump();
  }

  /** Starts producing from what the handler returned. */
  start(items: AsyncIterable<T> | Iterable<T>): void {
    if (this.done) return;
    this.iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]();
    this.pump();
  }

  /** Main cancelled, or the connection ended: the iterator is told to stop. */
  cancel(): void {
    if (this.done) return;
    this.done = true;
    this.stopIterator();
  }

  private stopIterator(): void {
    try {
      const stopped = this.iterator?.return?.();
      if (stopped instanceof Promise) stopped.catch(() => {});
    } catch {
      // the producer's own cleanup failed; the stream is over either way
    }
  }

  private pump(): void {
    const iterator = this.iterator;
    if (this.done || this.pulling || iterator === null || this.credit <= 0) return;
    this.pulling = true;
    let step: Promise<IteratorResult<T>>;
    try {
      step = Promise.resolve(iterator.next());
    } catch (e) {
      step = Promise.reject(e);
    }
    step.then(
      (result) => {
        this.pulling = false;
        if (this.done) return;
        if (result.done) {
          this.done = true;
          this.sink.complete();
          return;
        }
        const w = new WireWriter(64);
        try {
          this.itemCodec.encode(w, result.value);
        } catch (e) {
          this.done = true;
          this.stopIterator();
          this.sink.fail(e);
          return;
        }
        this.credit--;
        this.sink.item(w.toByteArray());
        this.pump();
      },
      (e: unknown) => {
        this.pulling = false;
        if (this.done) return;
        this.done = true;
        this.sink.fail(e);
      },
    );
  }
}
