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

export const unsupportedValue = (path: string, typeName: string): string =>
  `${path} is a ${typeName}, which cannot cross the wire. Supported: null, boolean, number, bigint, string, ` +
  'Uint8Array, Date, and arrays and plain objects of these. For records, enums and other types declare a ' +
  'typed contract (@IpcContract) and use its generated bindings.';

export const cyclicValue = (path: string): string =>
  `${path} contains itself (a cycle). Values cross the wire as trees: break the cycle, e.g. send ids instead of references.`;

export const invalidStringValue = (path: string, problem: string): string => `The String ${path}: ${problem}`;

export const invalidMapKey = (path: string, problem: string): string => `A key of the map at ${path}: ${problem}`;

export const unknownValueTag = (tag: number): string => `an unknown value tag ${tag}`;

export const instantOutOfRange = (seconds: bigint, nanos: number): string =>
  `an Instant out of range (${seconds} s, ${nanos} ns)`;

export const duplicateMapKey = (key: string): string => `a map with the key '${key}' twice`;

export const invalidDate = (path: string): string => `${path} is an invalid Date; only real instants cross the wire.`;

export const invokeFailed = (channel: string, remoteClassName: string | null, remoteMessage: string | null): string =>
  `Error invoking remote method '${channel}': ` +
  (remoteMessage === null ? String(remoteClassName) : `${remoteClassName}: ${remoteMessage}`);

export const accessDenied = (channel: string): string =>
  `Main refused the call on channel '${channel}' before any handler ran. Call it from a frame main's sender policy allows.`;

export const noHandler = (channel: string): string =>
  `Error invoking remote method '${channel}': No handler registered for '${channel}'`;

export const callGone = (channel: string, why: string): string =>
  `Error invoking remote method '${channel}': the call ended before its reply came: ${why}`;

const formatMs = (ms: number): string => (ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`);

export const invokeTimeout = (channel: string, ms: number): string =>
  `Error invoking remote method '${channel}': no reply within the deadline of ${formatMs(ms)}. ` +
  'The handler may still be running; give the call a longer deadline if it needs one.';

export const invokeAborted = (channel: string): string =>
  `Error invoking remote method '${channel}': the call was aborted; main was told to stop it.`;

export const secondHandler = (channel: string): string => `Attempted to register a second handler for '${channel}'`;

export const disconnected = (why: string): string => `The connection to main ended: ${why}`;

export const notConnectedYet = (): string => 'The connection to main is not open.';

export const nonProtocolBytes = (first: string): string => `Non-protocol bytes on the stream: ${first}`;

export const protocolVersion = (theirs: number, ours: number): string =>
  `main speaks typed-ipc protocol version ${theirs}, this page speaks ${ours}. Build the page and main from the same release.`;

export const packetTooLarge = (bytes: number, limit: number): string =>
  `A packet of ${bytes} bytes is larger than the connection's limit of ${limit} bytes. Send smaller values, or split them.`;

export const unexpectedPacket = (type: number): string => `a packet of type ${type} that a renderer may not get`;

export const undeclaredChannel = (id: number): string => `a channel id ${id} that was not declared`;

export const channelOutOfOrder = (id: number, expected: number): string =>
  `a channel declared as ${id} where ${expected} was next`;

export const invitationFailed = (status: number, url: string): string =>
  `Main's invitation at ${url} answered ${status}. Open the page at the URL main printed.`;

export const noSendSync = (): string =>
  'A page cannot block, so it has no sendSync: call the channel with invoke, and main answers it the same way.';

export const socketFailed = (url: string): string => `The WebSocket to ${url} could not open or closed at once.`;

// ---- streams (texts as the Java runtime's ErrorMessages) ----

export const streamBeyondCredit = (channel: string): string =>
  `Stream '${channel}': the producer sent an item beyond the subscriber's request; the stream is ended. The peer breaks the protocol.`;

export const nonPositiveCredit = (n: bigint): string =>
  `A STREAM_CREDIT packet granted ${n} items; credit must be positive.`;

export const badStreamWindow = (window: number): string =>
  `A stream's window must be a whole number of items from 1 to ${2 ** 31 - 1}, not ${window}.`;

export const streamIdle = (channel: string, ms: number): string =>
  `Stream '${channel}': no item within the idle deadline of ${formatMs(ms)} while items were requested; the producer was cancelled. ` +
  'Give the stream a longer idle deadline if it may pause longer.';

export const badStreamIdle = (ms: number): string =>
  `A stream's idle deadline must be a positive number of milliseconds up to ${2 ** 31 - 1}, not ${ms}.`;

export const streamAborted = (channel: string): string =>
  `Error invoking remote method '${channel}': the stream was aborted; main was told to stop it.`;

export const notAnIterable = (channel: string, result: unknown): string =>
  `The handler for stream '${channel}' returned ${result === null ? 'null' : `a ${typeof result}`}, not an iterable; ` +
  "a stream's handler returns (or is) an async generator or another iterable of its items.";

export const streamHandlerToInvoke = (channel: string): string =>
  `The handler for '${channel}' produces a stream, but main invoked it; main must call the channel with stream() instead of invoke().`;

// ---- message ports (Electron's texts where Electron has one) ----

export const invalidPort = (index: number): string => `Port at index ${index} is not a valid port`;

export const duplicatePort = (index: number): string =>
  `Port at index ${index} is a duplicate of an earlier port: post each port once.`;

export const portNotTransferable = (index: number, portId: number): string =>
  `Port at index ${index} is already neutered. ${portId < 0 ? 'It' : `MessagePort #${portId}`} is closed or was posted already: ` +
  'a port can be posted once, from where it is held now; no port of this message moved and nothing was sent.';

export const portNeutered = (portId: number): string =>
  `MessagePort #${portId} was posted elsewhere and can no longer be used here; use the port the receiver got in event.ports.`;

export const cannotPostOnPort = (portId: number, why: string): string => `Cannot post on MessagePort #${portId}: ${why}`;

export const tooManyPortsToPost = (count: number, max: number): string =>
  `Cannot post ${count} ports with one message: a message carries at most ${max} ports. Post the others with further messages; nothing was sent.`;

export const rendererPortIdsExhausted = (max: number): string =>
  `This renderer has posted ports of ${max} pairs it made itself, all its connection can number; ` +
  'reconnect, or post ends of pairs main made (MessageChannelMain).';

export const tooManyPorts = (count: number, max: number): string =>
  `A POST carried ${count} ports, more than the ${max} a message may carry.`;

export const negativeDeliveredCount = (portId: number, delivered: bigint): string =>
  `A POST said ${delivered} messages of port #${portId} were delivered: a count is never negative.`;

export const unknownPortEvent = (name: string): string =>
  `A MessagePort has the events 'message' and 'close', not '${name}'.`;

export const codecMissing = (contract: string, key: string): string =>
  `The bindings of ${contract} need the page's codec of '${key}', a type main writes with a codec of its own, ` +
  `but none was given. Pass { ${key}: { encode, decode } } with the contract's renderer, written as main's Java codec writes.`;

export const codecNotACodec = (contract: string, key: string): string =>
  `The codec of '${key}' given for ${contract} is not a codec: it needs the functions encode(w, value) and decode(r).`;

export const codecsNotBound = (contract: string): string =>
  `The bindings of ${contract} carry types with codecs of their own, but no codecs were bound yet. ` +
  `Create the contract's renderer (or register its handler) with the codecs first.`;

export const codecRebound = (contract: string, key: string): string =>
  `The bindings of ${contract} already use another codec of '${key}'. A type has one codec per page, as one per ` +
  `package in Java: bind the same codec everywhere.`;
