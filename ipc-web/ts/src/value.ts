/**
 * The value model of string channels, the same as the Java runtime's: null, boolean, Java `int`
 * (a `number` that is a 32-bit integer), Java `long` (a `bigint`), Java `double` (any other
 * `number`), string, bytes (`Uint8Array`), instants (`Date`; {@link IpcInstant} keeps nanoseconds),
 * arrays, and plain objects with string keys, nested.
 */
export type IpcValue =
  | null
  | undefined
  | boolean
  | number
  | bigint
  | string
  | Uint8Array
  | Date
  | readonly IpcValue[]
  | { readonly [key: string]: IpcValue };
