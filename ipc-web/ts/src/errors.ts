/**
 * The errors a page sees. Their names follow the Java runtime's exceptions
 * (`IpcValueException` → `IpcValueError`), their texts come from {@link ./messages.ts}.
 */

/** A value the page tried to send cannot cross the wire; nothing was sent. */
export class IpcValueError extends Error {
  override name = 'IpcValueError';
}

/** Bytes from main broke the protocol; the connection closes. */
export class IpcProtocolError extends Error {
  override name = 'IpcProtocolError';
}

/** The connection ended (or never began) while a call was waiting. */
export class IpcDisconnectedError extends Error {
  override name = 'IpcDisconnectedError';
}

/** Main refused the handshake: wrong secret, another protocol version, or a stale contract. */
export class IpcRejectedError extends Error {
  override name = 'IpcRejectedError';
  /** 1 access denied, 2 contract or version mismatch, 3 unavailable. */
  readonly code: number;

  constructor(message: string, code: number) {
    super(message);
    this.code = code;
  }
}

/** A call's deadline passed, or its `AbortSignal` fired; main was told to stop with `CANCEL`. */
export class IpcTimeoutError extends Error {
  override name = 'IpcTimeoutError';
}

/** A packet larger than the connection's packet limit; nothing was sent. */
export class IpcPacketTooLargeError extends Error {
  override name = 'IpcPacketTooLargeError';
}

/**
 * Main refused the call before any listener or handler ran: a sender policy, or an interceptor
 * that threw `IpcAccessDeniedException` (Java's `IpcAccessDeniedException`). `message` is main's,
 * naming the channel and the sender.
 *
 * ```ts
 * try {
 *   await ipc.invoke('settings:write', 'dark');
 * } catch (e) {
 *   if (e instanceof IpcAccessDeniedError) showReadOnly(e.channel);
 * }
 * ```
 */
export class IpcAccessDeniedError extends Error {
  override name = 'IpcAccessDeniedError';
  /** The channel of the refused call. */
  readonly channel: string;

  constructor(message: string, channel: string) {
    super(message);
    this.channel = channel;
  }
}

/** The Java class name main sends for a refusal; see {@link IpcAccessDeniedError}. */
export const ACCESS_DENIED_CLASS = 'org.typedipc.runtime.IpcAccessDeniedException';

/** How main's handler failed, from `REPLY_ERROR`'s kind. */
export type RemoteErrorKind = 'handlerFailed' | 'noHandler' | 'noListener' | 'declared' | 'gone';

/**
 * Main's handler failed. `message` is Electron's text, `Error invoking remote method '<ch>': <cause>`;
 * `className` names the Java exception when main sent it. For a declared exception (`kind`
 * `'declared'`) `index` is its position in the method's `throws` clause and `data` what the channel's
 * exception codec decoded.
 */
export class IpcRemoteError extends Error {
  override name = 'IpcRemoteError';
  readonly kind: RemoteErrorKind;
  readonly className: string | null;
  readonly index: number;
  readonly data: unknown;

  constructor(message: string, kind: RemoteErrorKind, className: string | null, index = -1, data: unknown = undefined) {
    super(message);
    this.kind = kind;
    this.className = className;
    this.index = index;
    this.data = data;
  }
}

/**
 * A declared exception of a contract method, both ways. Thrown by a page's handler of a typed main →
 * page invoke, it answers with that exception: main's future fails with the Java exception, its
 * data rebuilt from `data` by the generated codec. A page's call to main whose handler threw it
 * rejects with it (kind `'declared'`). The bindings generate a subclass per exception,
 * `<Name>Error`, whose constructor takes the typed data, so both directions type-check:
 *
 * ```ts
 * worker.handleIndex(() => { throw new BusyExceptionError({ queued: 3 }); });
 * try { await shop.place(cart); } catch (e) { if (e instanceof OutOfStockError) e.data.available; }
 * ```
 *
 * `className` is the exception's Java name, as the bindings' channel lists it. Thrown for a
 * channel that does not declare it, main gets Electron's text with the class name and message.
 */
export class IpcDeclaredError<E = unknown> extends IpcRemoteError {
  override name = 'IpcDeclaredError';
  declare readonly className: string;
  declare readonly data: E;

  constructor(className: string, data: E, message = className, index = -1) {
    super(message, 'declared', className, index, data);
  }
}

/**
 * The bindings of a contract whose types have Java codecs of their own (`@IpcCodecs`) were used
 * without the page's codecs of those types, or given a codec that is not one, or given another
 * codec for a type whose codec was already bound.
 */
export class IpcCodecError extends Error {
  override name = 'IpcCodecError';
}
