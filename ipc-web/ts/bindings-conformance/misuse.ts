// Misuses of generated bindings that the TypeScript compiler must refuse: each `@ts-expect-error`
// fails the build if the line below it compiles. Checked against the processor's golden bindings.
import type { Codec, IpcRenderer } from '@typed-ipc/renderer';
import { filesRenderer, Level } from './test/Files.js';
import type { Shape } from './test/Shapes.js';
import { BusyExceptionError, registerWorker, workerRenderer } from './test/Worker.js';
import { pricesRenderer } from './test/Prices.js';
import { registerPriceAlerts } from './test/PriceAlerts.js';

/** The page's Money, which main writes with a codec of its own; inside `declare module`, `Money` is the bindings' own. */
interface PageMoney {
  readonly currency: string;
  readonly cents: bigint;
}

declare module './test/Prices.js' {
  interface PricesCodecTypes {
    Money: PageMoney;
  }
}

const money: Codec<PageMoney> = {
  encode: (w, value) => {
    w.writeString(value.currency);
    w.writeLong(value.cents);
  },
  decode: (r) => ({ currency: r.readString(), cents: r.readLong() }),
};

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

  // @ts-expect-error a contract whose Money has a codec of its own needs the page's codec of it
  pricesRenderer(ipc);
  // @ts-expect-error the codecs name every type with a codec of its own
  pricesRenderer(ipc, {});
  // @ts-expect-error a codec of Money decodes a Money, as the page named it
  pricesRenderer(ipc, { money: { encode: money.encode, decode: (r) => r.readString() } });
  // @ts-expect-error a codec of Money encodes a Money
  pricesRenderer(ipc, { money: { encode: (w, value: string) => w.writeString(value), decode: money.decode } });
  // @ts-expect-error a codec has both functions
  pricesRenderer(ipc, { money: { encode: money.encode } });
  const prices = pricesRenderer(ipc, { money });
  // @ts-expect-error Money's fields are the page's, with cents a bigint
  prices.pay({ currency: 'EUR', cents: 5 });
  prices.pay({ currency: 'EUR', cents: 5n });
  const total = await prices.total([{ currency: 'EUR', cents: 1n }], null);
  // @ts-expect-error a result of Money is typed as the page named it
  total?.amount;
  // PriceAlerts' Money is not named, so it is unknown: a handler must look before it uses it.
  registerPriceAlerts(ipc, {
    // @ts-expect-error an unnamed type is unknown
    changed: (_event, _sku, price) => price.cents,
    offer: (_event, asked) => asked,
  // @ts-expect-error a codec of an unnamed type must still be a codec
  }, { money: 42 });
}

// @ts-expect-error a variant's kind decides its components
export const wrongVariant: Shape = { kind: 'Circle', members: [] };
export const circle: Shape = { kind: 'Circle', radius: 1 };
export const color: Shape = 'GREEN';
