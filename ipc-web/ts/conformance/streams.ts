/**
 * Streams between a page and a Java main, in Node (WebRendererStreamTest). Main drives: it sends
 * `step` with a step's name, the page runs it and sends `report` with the name and the outcome.
 * The page also produces streams main opens (`ticks`, `ticks-fail`) and answers `produced`, how
 * many items its generator has made, so that main can see it pulled only as far as its credit.
 */
import { connect, type IpcRendererEvent, type IpcValue } from '../src/index.js';

const [url, secret] = process.argv.slice(2) as [string, string];
const print = (line: string): void => {
  process.stdout.write(line + '\n');
};
const failure = (e: unknown): string => `${(e as Error).name}: ${(e as Error).message}`;
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const ipc = await connect({ url, secret });
  const report = (name: string, outcome: string): void => ipc.send('report', name, outcome);

  let produced = 0;
  ipc.handleStream('ticks', async function* (_event, count) {
    try {
      for (let i = 0; i < (count as number); i++) {
        produced++;
        yield i;
      }
    } finally {
      ipc.send('ticks-finally', produced);
    }
  });
  ipc.handle('produced', () => produced);
  ipc.handleStream('ticks-fail', function* () {
    yield 'one';
    throw new TypeError('page says no');
  });
  ipc.handle('plain', () => 42);

  const steps: Record<string, () => Promise<string>> = {
    // A page that consumes slowly: after each item main has been granted at most the window more
    // than the page consumed, and every item arrives, in order, then the end.
    slow: async () => {
      const window = 4;
      let consumed = 0;
      let inOrder = true;
      let maxAhead = 0;
      for await (const item of ipc.streamWithOptions('count', { window }, 40)) {
        inOrder &&= item === consumed;
        consumed++;
        await pause(10);
        const requested = Number(await ipc.invoke('requested'));
        maxAhead = Math.max(maxAhead, requested - consumed);
      }
      return `${consumed} items inOrder=${inOrder} maxAhead=${maxAhead}`;
    },
    // Breaking out of the loop cancels main's publisher.
    cancel: async () => {
      let seen = 0;
      for await (const item of ipc.stream('endless')) {
        seen++;
        if (item === 4) break;
      }
      return `broke after ${seen}`;
    },
    // An abort signal ends the loop with its reason and cancels main's publisher.
    abort: async () => {
      const aborted = new AbortController();
      let seen = 0;
      try {
        for await (const _item of ipc.streamWithOptions('endless', { signal: aborted.signal })) {
          if (++seen === 3) aborted.abort();
        }
        return 'not aborted';
      } catch (e) {
        return `${seen} then ${(e as Error).name}`;
      }
    },
    // Main's publisher fails after two items: both arrive, then Electron's text.
    fails: async () => {
      const items: IpcValue[] = [];
      try {
        for await (const item of ipc.stream('fails-later')) items.push(item);
        return 'completed';
      } catch (e) {
        return `${JSON.stringify(items)} then ${failure(e)}`;
      }
    },
    missing: async () => {
      try {
        for await (const _item of ipc.stream('nobody-streams')) return 'an item';
        return 'completed';
      } catch (e) {
        return failure(e);
      }
    },
    // Main sends one item, then nothing though it owes more: the idle deadline ends the loop after it.
    idle: async () => {
      const items: IpcValue[] = [];
      try {
        for await (const item of ipc.streamWithOptions('stalls', { idleMs: 300 })) items.push(item);
        return 'completed';
      } catch (e) {
        return `${JSON.stringify(items)} then ${failure(e)}`;
      }
    },
    // Each loop over one stream() opens a stream of its own.
    twice: async () => {
      const numbers = ipc.stream('count', 3);
      const runs: string[] = [];
      for (let run = 0; run < 2; run++) {
        const items: IpcValue[] = [];
        for await (const item of numbers) items.push(item);
        runs.push(JSON.stringify(items));
      }
      return runs.join(' ');
    },
  };

  ipc.on('step', async (_event: IpcRendererEvent, name?: IpcValue) => {
    const step = steps[String(name)];
    try {
      report(String(name), step ? await step() : `no step ${String(name)}`);
    } catch (e) {
      report(String(name), `threw ${failure(e)}`);
    }
  });
  print('ready');
  print(`closed ${await ipc.closed}`);
  process.exit(0);
}

main().catch((e: Error) => {
  print(`error ${e.name}: ${e.message}`);
  process.exit(1);
});
