// Misuses of generated bindings that the TypeScript compiler must refuse: each `@ts-expect-error`
// fails the build if the line below it compiles. Checked against the processor's golden bindings.
import type { IpcRenderer } from '@typed-ipc/renderer';
import { filesRenderer, Level } from './test/Files.js';
import type { Shape } from './test/Shapes.js';
import { BusyExceptionError, registerWorker, workerRenderer } from './test/Worker.js';

export async function misuse(ipc: IpcRenderer): Promise<void> {
  const files = filesRenderer(ipc);
  // @ts-expect-error a path is a string
  await files.read(42);
  // @ts-expect-error a @SendSync channel is not in the bindings: a page cannot block
  files.pageSize();
  // @ts-expect-error a Level is one of its constants
  files.log('LOUD', 'text');
  files.log(Level[1], 'text');
  const content = await files.read('/notes.txt');
  // @ts-expect-error the result may be null, as Java may answer null
  content.path;

  const worker = workerRenderer(ipc);
  // @ts-expect-error a Java long is a bigint
  worker.onCancel((_event, jobId: number) => jobId);
  worker.onCancel((_event, jobId: bigint) => jobId);
  // @ts-expect-error an invoke handler answers with the declared result type
  worker.handlePing(() => 'pong');
  worker.handlePing(async () => 42n);
  registerWorker(ipc, {
    progress: () => {},
    cancel: () => {},
    index: () => ['a', null],
    ping: () => null,
    flush: async () => {},
  });
  // @ts-expect-error a declared exception's data has the exception's fields and types
  worker.handleIndex(() => { throw new BusyExceptionError({ queued: '3' }); });
  worker.handleIndex(() => { throw new BusyExceptionError({ queued: 3 }); });
  const caught: unknown = new BusyExceptionError({ queued: 1 });
  if (caught instanceof BusyExceptionError) {
    // @ts-expect-error the data of a caught declared exception is typed
    caught.data.queud;
  }
  // @ts-expect-error every event and invoke needs a handler
  registerWorker(ipc, { progress: () => {} });
}

// @ts-expect-error a variant's kind decides its components
export const wrongVariant: Shape = { kind: 'Circle', members: [] };
export const circle: Shape = { kind: 'Circle', radius: 1 };
export const color: Shape = 'GREEN';
