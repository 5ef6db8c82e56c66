import type { WireReader, WireWriter } from './wire.js';

/**
 * Encodes and decodes one type, as the Java `org.typedipc.runtime.spi.Codec` of the same contract
 * does; generated bindings supply one per record, argument list and result.
 *
 * ```ts
 * const point: Codec<{ x: number; y: number }> = {
 *   encode: (w, p) => { w.writeInt(p.x); w.writeInt(p.y); },
 *   decode: (r) => ({ x: r.readInt(), y: r.readInt() }),
 * };
 * ```
 */
export interface Codec<T> {
  encode(w: WireWriter, value: T): void;
  decode(r: WireReader): T;
}

/** The codec of "nothing": the result of a send, an event or a `void` invoke. Writes no bytes. */
export const noneCodec: Codec<void> = {
  encode: () => {},
  decode: () => undefined,
};
