import type { Codec } from './codec.js';
import { noneCodec } from './codec.js';
import type { IpcDeclaredError } from './errors.js';

/**
 * What a channel is for, as Java's `Channel.Kind`. A page uses `SEND`, `INVOKE` (page → main),
 * `EVENT` and `RENDERER_INVOKE` (main → page), and streams both ways (`STREAM`: the page reads
 * main's; `RENDERER_STREAM`: main reads the page's; the result codec is the item's). `SEND_SYNC`
 * exists in contracts but a page cannot block, so it calls such a channel with `invoke`.
 */
export type ChannelKind = 'SEND' | 'SEND_SYNC' | 'INVOKE' | 'EVENT' | 'RENDERER_INVOKE' | 'STREAM' | 'RENDERER_STREAM' | 'DYNAMIC';

/**
 * An exception a contract method declares: its Java class name, the codec of its data, and the
 * generated error class a call to main rejects with when main's handler throws it.
 */
export interface DeclaredException<E = unknown> {
  readonly className: string;
  readonly codec: Codec<E>;
  /** Makes the generated error class's instance; a method, so each exception's data type fits. */
  error?(data: E, message: string, index: number): IpcDeclaredError<E>;
}

/**
 * One typed channel of a contract: its wire name, what it is for, and the codecs of its arguments
 * (a tuple, in parameter order) and of its result. `exceptions` lists the declared exceptions in
 * the order of the method's `throws` clause (checked ones only), as the wire numbers them.
 */
export interface Channel<A, R> {
  readonly name: string;
  readonly kind: ChannelKind;
  readonly argsCodec: Codec<A>;
  readonly resultCodec: Codec<R>;
  readonly exceptions: readonly DeclaredException[];
}

/** A contract the page speaks, named in the handshake so that main refuses a stale page. */
export interface Contract {
  /** The contract's Java name, as the Java companion reports it. */
  readonly name: string;
  /** The contract's fingerprint; equal to the Java side's when both were built from the same source. */
  readonly fingerprint: string;
}

/** Factories for channel descriptions, mirroring Java's `Channel.send(…)`, `Channel.invoke(…)`, …. */
export const channels = {
  send<A>(name: string, argsCodec: Codec<A>): Channel<A, void> {
    return { name, kind: 'SEND', argsCodec, resultCodec: noneCodec, exceptions: [] };
  },
  sendSync<A, R>(
    name: string,
    argsCodec: Codec<A>,
    resultCodec: Codec<R>,
    exceptions: readonly DeclaredException[] = [],
  ): Channel<A, R> {
    return { name, kind: 'SEND_SYNC', argsCodec, resultCodec, exceptions };
  },
  invoke<A, R>(
    name: string,
    argsCodec: Codec<A>,
    resultCodec: Codec<R>,
    exceptions: readonly DeclaredException[] = [],
  ): Channel<A, R> {
    return { name, kind: 'INVOKE', argsCodec, resultCodec, exceptions };
  },
  event<A>(name: string, argsCodec: Codec<A>): Channel<A, void> {
    return { name, kind: 'EVENT', argsCodec, resultCodec: noneCodec, exceptions: [] };
  },
  rendererInvoke<A, R>(
    name: string,
    argsCodec: Codec<A>,
    resultCodec: Codec<R>,
    exceptions: readonly DeclaredException[] = [],
  ): Channel<A, R> {
    return { name, kind: 'RENDERER_INVOKE', argsCodec, resultCodec, exceptions };
  },
  /** A stream main produces and the page reads; `itemCodec` is its items'. */
  stream<A, T>(
    name: string,
    argsCodec: Codec<A>,
    itemCodec: Codec<T>,
    exceptions: readonly DeclaredException[] = [],
  ): Channel<A, T> {
    return { name, kind: 'STREAM', argsCodec, resultCodec: itemCodec, exceptions };
  },
  /** A stream the page produces and main reads; `itemCodec` is its items'. */
  rendererStream<A, T>(
    name: string,
    argsCodec: Codec<A>,
    itemCodec: Codec<T>,
    exceptions: readonly DeclaredException[] = [],
  ): Channel<A, T> {
    return { name, kind: 'RENDERER_STREAM', argsCodec, resultCodec: itemCodec, exceptions };
  },
} as const;
