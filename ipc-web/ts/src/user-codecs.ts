import { IpcCodecError } from './errors.js';
import * as messages from './messages.js';

/**
 * The page's codecs of the types a contract's Java side writes with codecs of its own
 * (`@IpcCodecs`), for generated bindings: the contract's renderer binds them, its codec functions
 * read them. A type has one codec per page, as it has one per package in Java, so binding another
 * codec of a type fails; binding the same again does not.
 *
 * ```ts
 * const prices = new UserCodecs<{ readonly money: Codec<Money> }>('com.example.Prices', ['money']);
 * prices.bind({ money: moneyCodec });
 * prices.get().money.encode(w, value);
 * ```
 */
export class UserCodecs<T extends object> {
  private bound: T | undefined;
  private readonly contract: string;
  private readonly keys: readonly (keyof T & string)[];

  constructor(contract: string, keys: readonly (keyof T & string)[]) {
    this.contract = contract;
    this.keys = keys;
  }

  /** Checks that `codecs` has a codec of every key and keeps them; throws {@link IpcCodecError} if not. */
  bind(codecs: T): void {
    for (const key of this.keys) {
      const codec: unknown = (codecs as Record<string, unknown> | null | undefined)?.[key];
      if (codec === undefined || codec === null) {
        throw new IpcCodecError(messages.codecMissing(this.contract, key));
      }
      const candidate = codec as { encode?: unknown; decode?: unknown };
      if (typeof candidate.encode !== 'function' || typeof candidate.decode !== 'function') {
        throw new IpcCodecError(messages.codecNotACodec(this.contract, key));
      }
      if (this.bound !== undefined && (this.bound as Record<string, unknown>)[key] !== codec) {
        throw new IpcCodecError(messages.codecRebound(this.contract, key));
      }
    }
    this.bound ??= codecs;
  }

  /** The bound codecs; throws {@link IpcCodecError} before the first {@link bind}. */
  get(): T {
    if (this.bound === undefined) {
      throw new IpcCodecError(messages.codecsNotBound(this.contract));
    }
    return this.bound;
  }
}
