import type { Channel } from './channel.js';
import type { IpcMessageChannel, IpcMessagePort } from './port.js';
import type { StreamOptions } from './stream.js';
import type { IpcValue } from './value.js';

/** How long an invoke may wait, and a signal that stops it; either way main is told with `CANCEL`. */
export interface InvokeOptions {
  /** Aborting rejects the call with the signal's reason and cancels it on main. */
  readonly signal?: AbortSignal;
  /** Milliseconds main has to answer; main's handler sees the deadline too. */
  readonly timeoutMs?: number;
}

/** The event a listener of the page gets, as Electron's `IpcRendererEvent`. */
export interface IpcRendererEvent {
  /** The renderer the message came to, so that a listener can answer with `event.sender.send(…)`. */
  readonly sender: IpcRenderer;
  /**
   * The ports main posted with the message (`renderer.postMessage(channel, message, ports)`,
   * Electron's `webContents.postMessage`); empty for a plain send.
   */
  readonly ports: readonly IpcMessagePort[];
}

/** The event a handler of a main → page invoke gets. */
export interface IpcRendererInvokeEvent extends IpcRendererEvent {
  /** Aborted when main stops waiting: it cancelled the call or its deadline passed. */
  readonly signal: AbortSignal;
}

export type IpcListener = (event: IpcRendererEvent, ...args: IpcValue[]) => void;
export type IpcHandler = (event: IpcRendererInvokeEvent, ...args: IpcValue[]) => IpcValue | Promise<IpcValue>;
/** Produces the items of a stream main opened: an async generator, or any (async) iterable. */
export type IpcStreamHandler = (
  event: IpcRendererInvokeEvent,
  ...args: IpcValue[]
) => AsyncIterable<IpcValue> | Iterable<IpcValue> | Promise<AsyncIterable<IpcValue> | Iterable<IpcValue>>;

/**
 * Electron's `ipcRenderer` for a page connected to a Java main. String channels carry
 * {@link IpcValue}s; typed channels (from generated bindings) carry their contract's types.
 *
 * There is no `sendSync`: a browser page has no synchronous socket, and blocking its only thread
 * would freeze it. Call a `sendSync` channel of a contract with `invoke`; main answers it the same.
 */
export interface IpcRenderer {
  /** Sends to main's `ipcMain.on(channel, …)` listeners; fire and forget. */
  send(channel: string, ...args: IpcValue[]): void;
  /**
   * Posts `message` to main's `ipcMain.on(channel, …)` listeners with `transfer`, ports this page
   * holds, which main's listener gets in `event.ports()` (Electron's `ipcRenderer.postMessage`).
   * The ports are main's from then on and unusable here; an end of a pair the page made
   * ({@link createMessageChannel}) talks to the end that stayed through main from then on. A
   * transfer entry that is not a port this page holds, a duplicate, a closed or posted port, or
   * more than 64 ports throw Electron's `Port at index 0 is not a valid port` (or its sibling) and
   * nothing is sent: no port moves.
   */
  postMessage(channel: string, message: IpcValue, transfer?: readonly IpcMessagePort[]): void;
  /**
   * A pair of entangled ports made on this page, Electron's `const { port1, port2 } = new
   * MessageChannel()` (named so as not to shadow the browser's own `MessageChannel`). It is made at
   * once, with no round trip to main; its ends talk here until one of them is posted with {@link
   * postMessage}, and from then on through main, wherever that end goes (main, another page, a JVM
   * renderer). A pair none of whose ends was posted is not tied to the connection.
   *
   * ```ts
   * const { port1, port2 } = ipcRenderer.createMessageChannel();
   * port1.on('message', (event) => console.log(event.data));
   * port1.start();
   * ipcRenderer.postMessage('port', 'from the page', [port2]);  // main's listener: event.ports()
   * ```
   *
   * @throws IpcDisconnectedError if the connection has ended
   */
  createMessageChannel(): IpcMessageChannel;
  /** Calls main's `ipcMain.handle(channel, …)` and resolves with its result. */
  invoke(channel: string, ...args: IpcValue[]): Promise<IpcValue>;
  /** {@link invoke} with a deadline or an abort signal. */
  invokeWithOptions(channel: string, options: InvokeOptions, ...args: IpcValue[]): Promise<IpcValue>;

  on(channel: string, listener: IpcListener): this;
  once(channel: string, listener: IpcListener): this;
  off(channel: string, listener: IpcListener): this;
  removeListener(channel: string, listener: IpcListener): this;
  removeAllListeners(channel?: string): this;

  /**
   * Reads a stream from main's `ipcMain.handleStream(channel, …)` producer. Each `for await` over
   * the result opens one stream; main gets credit for the window (16 items by default) and more as
   * the loop takes items, so the page never holds more than it asked for. Leaving the loop
   * (`break`, `return`, a throw) cancels main's producer; main's failure is thrown with Electron's
   * text, `Error invoking remote method '<channel>': …`.
   *
   * ```ts
   * for await (const hit of ipcRenderer.stream('search', 'needle')) {
   *   show(hit);
   *   if (enough()) break; // main's publisher is cancelled
   * }
   * ```
   */
  stream(channel: string, ...args: IpcValue[]): AsyncIterable<IpcValue>;
  /**
   * {@link stream} with a window, an abort signal or an idle deadline: with `{ idleMs: 5000 }` a
   * stream main leaves silent for 5 s while it owes items throws `IpcTimeoutError` and main's
   * producer is cancelled, as Java's `stream(Duration idle, …)` does.
   */
  streamWithOptions(channel: string, options: StreamOptions, ...args: IpcValue[]): AsyncIterable<IpcValue>;
  /**
   * Produces main's `renderer.stream(channel, …)`: the handler returns an async generator (or
   * another iterable), pulled one item at a time only as far as main's subscriber requested. Main's
   * cancel calls the iterator's `return()`, so a generator's `finally` runs. Shares the one handler
   * per channel with {@link handle}.
   *
   * ```ts
   * ipcRenderer.handleStream('ticks', async function* (event, count) {
   *   for (let i = 0; i < (count as number); i++) yield i;
   * });
   * ```
   */
  handleStream(channel: string, handler: IpcStreamHandler): void;

  /** Answers main's `renderer.invoke(channel, …)`; one handler per channel. */
  handle(channel: string, handler: IpcHandler): void;
  handleOnce(channel: string, handler: IpcHandler): void;
  removeHandler(channel: string): void;

  /** Typed forms, called by generated bindings. */
  sendTyped<A>(channel: Channel<A, unknown>, args: A): void;
  invokeTyped<A, R>(channel: Channel<A, R>, args: A, options?: InvokeOptions): Promise<R>;
  /** Listens to a typed event; returns the function that stops listening. */
  onTyped<A>(channel: Channel<A, unknown>, listener: (event: IpcRendererEvent, args: A) => void): () => void;
  onceTyped<A>(channel: Channel<A, unknown>, listener: (event: IpcRendererEvent, args: A) => void): () => void;
  /** Answers a typed main → page invoke; returns the function that removes the handler. */
  handleTyped<A, R>(
    channel: Channel<A, R>,
    handler: (event: IpcRendererInvokeEvent, args: A) => R | Promise<R>,
  ): () => void;

  /** Reads a typed stream of main's (see {@link stream}). */
  streamTyped<A, T>(channel: Channel<A, T>, args: A, options?: StreamOptions): AsyncIterable<T>;
  /** Produces a typed stream main opens (see {@link handleStream}); returns the function that removes the handler. */
  handleStreamTyped<A, T>(
    channel: Channel<A, T>,
    handler: (event: IpcRendererInvokeEvent, args: A) => AsyncIterable<T> | Iterable<T> | Promise<AsyncIterable<T> | Iterable<T>>,
  ): () => void;

  /** The id main gave this renderer in `WELCOME`. */
  readonly rendererId: number;
  /** Resolves when the connection ends, with the reason. */
  readonly closed: Promise<string>;
  /** Ends the connection with `CLOSE`; pending calls fail with `IpcDisconnectedError`. */
  close(reason?: string): void;
}
