/**
 * The string-channel conformance behaviours a page has, in Node against a Java main
 * (WebRendererBehaviourTest). Main drives: it sends `step` with a step's name, the page runs it
 * and sends `report` with the name and the outcome. `node behaviours.js <url> <secret> main-closes`
 * instead waits on an invoke that main never answers, and prints how it ended when main closes
 * the renderer.
 */
import { connect, type IpcRendererEvent, type IpcValue } from '../src/index.js';

const [url, secret, mode] = process.argv.slice(2) as [string, string, string | undefined];
const print = (line: string): void => {
  process.stdout.write(line + '\n');
};
const failure = (e: unknown): string => `${(e as Error).name}: ${(e as Error).message}`;

async function main(): Promise<void> {
  const ipc = await connect({ url, secret });
  if (mode === 'main-closes') {
    print('connected');
    try {
      await ipc.invoke('never-answers');
      print('pending resolved');
    } catch (e) {
      print(`pending ${failure(e)}`);
    }
    print(`closed ${await ipc.closed}`);
    process.exit(0);
  }
  const seen: Record<string, string[]> = {};
  const note = (key: string, value: string): void => {
    (seen[key] ??= []).push(value);
  };
  const report = (name: string, outcome: string): void => ipc.send('report', name, outcome);
  const attempt = async (call: () => Promise<IpcValue>): Promise<string> => {
    try {
      return `ok ${JSON.stringify(await call())}`;
    } catch (e) {
      return failure(e);
    }
  };

  const steps: Record<string, () => string | Promise<string>> = {
    // Listeners: several on a channel run in registration order; once fires once; off and
    // removeAllListeners(channel) remove exactly what they name.
    listen: () => {
      ipc.on('multi', () => note('multi', 'A'));
      ipc.on('multi', () => note('multi', 'B'));
      ipc.once('once', () => note('once', 'x'));
      const removed = (): void => note('removed', 'x');
      ipc.on('removed', removed);
      ipc.off('removed', removed);
      ipc.on('cleared-a', () => note('cleared-a', 'x'));
      ipc.on('cleared-b', () => note('cleared-b', 'x'));
      ipc.removeAllListeners('cleared-a');
      return 'listening';
    },
    seen: () => JSON.stringify(seen),
    // removeAllListeners() removes every channel's listeners, this step's own too.
    'remove-all': () => {
      ipc.removeAllListeners();
      ipc.on('step', onStep);
      return 'removed';
    },
    // Handlers for main's invokes: handleOnce, a refused second handler, removeHandler, a handler
    // that main cancels, one that invokes main while main waits, and main's sends and invokes in order.
    handlers: () => {
      ipc.handleOnce('page-once', () => 'first');
      ipc.handle('page-second', () => 'one');
      let refused = 'not refused';
      try {
        ipc.handle('page-second', () => 'two');
      } catch (e) {
        refused = failure(e);
      }
      ipc.handle('page-removed', () => 'removed');
      ipc.removeHandler('page-removed');
      ipc.handle('page-cancel', (event) => new Promise((resolve) => {
        const aborted = (): void => {
          report('page-cancel', 'aborted');
          resolve(null);
        };
        if (event.signal.aborted) aborted();
        else event.signal.addEventListener('abort', aborted);
      }));
      ipc.handle('page-asks-main', () => ipc.invoke('echo', 'inner'));
      ipc.on('seq', (_event, n) => note('seq', String(n)));
      ipc.handle('seq-invoke', (_event, n) => {
        note('seq', String(n));
        return n ?? null;
      });
      return refused;
    },
    'seq-check': () => {
      const seq = seen['seq'] ?? [];
      const wrong = seq.findIndex((value, i) => value !== String(i));
      return wrong < 0 ? `${seq.length} in order` : `${seq.length} out of order from ${seq.slice(wrong, wrong + 5).join(',')}`;
    },
    // What the page sees of main's handlers: stages, failures, handleOnce, and no handler.
    'main-results': async () => [
      await attempt(() => ipc.invoke('async-echo', 'later')),
      await attempt(() => ipc.invoke('async-fails')),
      await attempt(() => ipc.invoke('fails-bare')),
      await attempt(() => ipc.invoke('main-once')),
      await attempt(() => ipc.invoke('main-once')),
      await attempt(() => ipc.invoke('nobody-handles')),
    ].join(' | '),
    // Main's sender policy refuses the page: a typed refusal, not a handler's failure.
    refused: () => attempt(() => ipc.invoke('refused')),
    deadline: () => attempt(() => ipc.invokeWithOptions('slow', { timeoutMs: 300 })),
    'value-error': () => {
      try {
        ipc.send('report', 'never', (() => 1) as unknown as IpcValue);
        return 'sent';
      } catch (e) {
        return (e as Error).name;
      }
    },
    // The page closes itself while it waits for main: the call fails at once.
    'close-pending': () => {
      setTimeout(() => {
        ipc.invoke('slow').then(
          () => print('close-pending resolved'),
          (e: unknown) => print(`close-pending ${failure(e)}`),
        );
        ipc.close('the page closed');
      }, 0);
      return 'closing';
    },
  };

  async function onStep(_event: IpcRendererEvent, name?: IpcValue): Promise<void> {
    const step = steps[String(name)];
    report(String(name), step ? await step() : `no step ${String(name)}`);
  }
  ipc.on('step', onStep);
  print('ready');
  print(`closed ${await ipc.closed}`);
  process.exit(0);
}

main().catch((e: Error) => {
  print(`error ${e.name}: ${e.message}`);
  process.exit(1);
});
