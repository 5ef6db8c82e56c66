/**
 * A TypeScript renderer in Node for the test contracts `Prices` and `PriceEvents`, whose Money main
 * writes with a codec of its own (PricingWebRendererTest): the page supplies the same codec in
 * TypeScript and names Money's type, then calls main, answers main, and shows that a missing or a
 * second codec is refused. Prints one line per check.
 */
import { connect, IpcCodecError, type Codec } from '@typed-ipc/renderer';
import { PricesContract, pricesRenderer } from '../generated/org/typedipc/web/pricing/Prices.js';
import { PriceEventsContract, registerPriceEvents } from '../generated/org/typedipc/web/pricing/PriceEvents.js';

/** The page's Money; inside `declare module`, `Money` is the bindings' own name. */
interface PageMoney {
  readonly currency: string;
  readonly cents: bigint;
}

declare module '../generated/org/typedipc/web/pricing/Prices.js' {
  interface PricesCodecTypes {
    Money: PageMoney;
  }
}
declare module '../generated/org/typedipc/web/pricing/PriceEvents.js' {
  interface PriceEventsCodecTypes {
    Money: PageMoney;
  }
}

/** The bytes main's MoneyCodec writes: the cents, then the currency code. */
const money: Codec<PageMoney> = {
  encode: (w, value) => {
    w.writeLong(value.cents);
    w.writeString(value.currency);
  },
  decode: (r) => {
    const cents = r.readLong();
    return { currency: r.readString(), cents };
  },
};

const [url, secret] = process.argv.slice(2) as [string, string];
const print = (line: string): void => {
  process.stdout.write(line + '\n');
};
const show = (m: PageMoney | null): string => (m === null ? 'null' : `${m.currency}:${m.cents}`);

async function main(): Promise<void> {
  const ipc = await connect({ url, secret }, { contracts: [PricesContract, PriceEventsContract] });
  try {
    pricesRenderer(ipc, {} as { money: Codec<PageMoney> });
    print('missing not refused');
  } catch (e) {
    print(e instanceof IpcCodecError ? `missing ${e.message}` : `missing unexpected ${String(e)}`);
  }
  const prices = pricesRenderer(ipc, { money });
  registerPriceEvents(ipc, {
    changed: (_event, sku, price) => print(`changed ${String(sku)} ${show(price)}`),
    offer: (_event, asked) => (asked === null ? null : { currency: asked.currency, cents: asked.cents / 2n }),
  }, { money });
  try {
    pricesRenderer(ipc, { money: { ...money } });
    print('rebound not refused');
  } catch (e) {
    print(e instanceof IpcCodecError ? 'rebound refused' : `rebound unexpected ${String(e)}`);
  }

  const total = await prices.total([{ currency: 'EUR', cents: 2n ** 60n }, null, { currency: 'EUR', cents: -1n }],
    { currency: 'EUR', cents: 250n });
  print(`total ${show(total)}`);
  const quote = await prices.quote('nails');
  print(`quote ${String(quote?.sku)} ${show(quote?.price ?? null)} ${show(quote?.discount ?? null)}`);
  const due = await prices.due({ year: 2024, month: 2, day: 29 }, { hour: 23, minute: 59, second: 59, nano: 999999999 },
    { year: 2024, month: 12, day: 31, hour: 0, minute: 0, second: 0, nano: 1, offset: -3600 });
  print(`due ${String(due?.year)}-${String(due?.month)}-${String(due?.day)}`);
  prices.pay({ currency: 'JPY', cents: -(2n ** 63n) });
  print('ready');
  print(`closed ${await ipc.closed}`);
  process.exit(0);
}

main().catch((e: Error) => {
  print(`error ${e.name}: ${e.message}`);
  process.exit(1);
});
