/**
 * Every text the package shows, in one place. Where the Java runtime has the same text
 * (its `ErrorMessages` catalogue), it is the same here word for word, so that a failure
 * reads alike on both sides of the wire.
 */

export const tooDeep = (path: string, limit: number): string =>
  `${path} nests deeper than ${limit} levels. Flatten it or send it in parts.`;

export const unpairedSurrogate = (index: number): string =>
  `A String has an unpaired surrogate at index ${index}; only well-formed Unicode crosses the wire.`;

export const negativeLength = (length: number): string => `length must not be negative: ${length}`;

export const valueTooLarge = (): string => 'The value is too large to encode: more than 2 GiB.';

export const badArrayRange = (offset: number, length: number, arrayLength: number): string =>
  `offset ${offset}, length ${length}, array ${arrayLength}`;

export const notUtf8 = (start: number): string =>
  `Malformed message: a string at byte ${start} is not valid UTF-8.`;

export const malformedMessage = (position: number, what: string): string =>
  `Malformed message at byte ${position}: ${what}.`;

export const badBooleanByte = (b: number): string => `a boolean byte of ${b} (expected 0 or 1)`;

export const lengthTooLong = (): string => 'a length that does not fit in 31 bits';

export const countExceedsBytes = (count: number, remaining: number): string =>
  `a count of ${count} elements with only ${remaining} bytes left`;

export const byteArrayOf = (length: number): string => `a byte array of ${length} bytes`;

export const stringOf = (length: number): string => `a string of ${length} bytes`;

export const nestedTooDeep = (limit: number): string => `values nested deeper than ${limit} levels`;

export const unreadBytes = (count: number): string => `${count} unread bytes after the last value`;

export const truncated = (what: string, remaining: number): string =>
  `truncated while reading ${what} (${remaining} bytes left)`;

export const notInRange = (kind: string, value: unknown, min: bigint | number, max: bigint | number): string =>
  `${String(value)} is not ${kind}: the wire takes whole numbers from ${min} to ${max}. Check the value's type on the Java side.`;

export const notAChar = (value: string): string =>
  `A char must be a string of exactly one UTF-16 code unit, not ${JSON.stringify(value)}.`;
