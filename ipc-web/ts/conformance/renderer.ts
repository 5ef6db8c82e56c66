/**
 * A TypeScript renderer in Node for the cross-language conformance test: the Java test starts it
 * with main's socket URL and a single-use secret, and reads one line per check from its output.
 */
import { connect, IpcRemoteError, type IpcRenderer, type IpcValue } from '../src/index.js';

const [url, secret] = process.argv.slice(2) as [string, string];

async function main(): Promise<void> {
  const ipc: IpcRenderer = await connect({ url, secret });
  // Java → TS → Java: main sends seeded random values as events; the page echoes each back unchanged.
  ipc.on('values', (_event, ...values: IpcValue[]) => ipc.send('values-back', ...values));
  // Main → page invokes, answered by a handler.
  ipc.handle('page-sum', (_event, a, b) => (a as number) + (b as number));
  ipc.handle('page-fails', () => {
    throw new TypeError('page says no');
  });
  ipc.handle('page-waits', (event) => new Promise((resolve) => event.signal.addEventListener('abort', () => resolve('cancelled'))));
  // The string-channel behaviours a page has: invoke, errors with Electron's text, ordered sends.
  const results: string[] = [];
  results.push(`echo ${JSON.stringify(await ipc.invoke('echo', 'hé', 7))}`);
  try {
    await ipc.invoke('fails');
  } catch (e) {
    results.push(`fails ${(e as IpcRemoteError).message}`);
  }
  try {
    await ipc.invoke('nobody-handles');
  } catch (e) {
    results.push(`missing ${(e as IpcRemoteError).message}`);
  }
  for (let i = 0; i < 1000; i++) ipc.send('ordered', i);
  const aborted = new AbortController();
  const slow = ipc.invokeWithOptions('slow', { signal: aborted.signal });
  setTimeout(() => aborted.abort(), 50);
  try {
    await slow;
  } catch (e) {
    results.push(`aborted ${(e as Error).name}`);
  }
  for (const line of results) process.stdout.write(line + '\n');
  process.stdout.write('ready\n');
  const reason = await ipc.closed;
  process.stdout.write(`closed ${reason}\n`);
  process.exit(0);
}

main().catch((e: Error) => {
  process.stdout.write(`error ${e.name}: ${e.message}\n`);
  process.exit(1);
});
