// Decodes each vector with a codec of generated bindings and encodes the value again, so that the
// Java side can compare the bytes with its own; also describes each decoded value as JSON.
// Usage: node roundtrip.mjs <bindings.js> <channels export> <vectors> <results>
// Each line of <vectors> is `<channel> <args|result> <hex>`; each line of <results> is
// `ok <hex> <description>` or `error <message>`, in the same order.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { WireReader, WireWriter } from '@typed-ipc/renderer';

const [, , modulePath, channelsExport, inputPath, outputPath] = process.argv;
const bindings = await import(pathToFileURL(modulePath).href);
const channels = bindings[channelsExport];
const vectors = readFileSync(inputPath, 'utf8').split('\n').filter((line) => line !== '');

const results = vectors.map((line) => {
  const [channel, part, hex] = line.split(' ');
  try {
    const codec = part === 'args' ? channels[channel].argsCodec : channels[channel].resultCodec;
    const reader = new WireReader(new Uint8Array(Buffer.from(hex, 'hex')));
    const value = codec.decode(reader);
    reader.requireFullyRead();
    const writer = new WireWriter();
    codec.encode(writer, value);
    return 'ok ' + Buffer.from(writer.toByteArray()).toString('hex') + ' ' + JSON.stringify(describe(value));
  } catch (e) {
    return 'error ' + String(e).replace(/\n/g, ' ');
  }
});
writeFileSync(outputPath, results.join('\n') + '\n');

/** A JSON form that keeps what JSON loses: bigints, dates, typed arrays, sets, maps, NaN and -0. */
function describe(v) {
  if (v === null || v === undefined) {
    return null;
  }
  if (typeof v === 'bigint') {
    return v.toString() + 'n';
  }
  if (typeof v === 'number') {
    return Number.isFinite(v) && !Object.is(v, -0) ? v : Object.is(v, -0) ? '-0' : String(v);
  }
  if (v instanceof Date) {
    return v.toISOString();
  }
  if (ArrayBuffer.isView(v)) {
    return Array.from(v, describe);
  }
  if (Array.isArray(v)) {
    return v.map(describe);
  }
  if (v instanceof Set) {
    return { set: [...v].map(describe) };
  }
  if (v instanceof Map) {
    return { map: [...v].map(([key, value]) => [describe(key), describe(value)]) };
  }
  if (typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([key, value]) => [key, describe(value)]));
  }
  return v;
}
