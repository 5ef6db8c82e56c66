/**
 * A TypeScript renderer in Node that speaks the generated bindings of the test contracts `Shop` and
 * `ShopEvents` with a Java main (TypedWebRendererTest): typed invokes and sends, a declared
 * exception from main, typed events, main's invokes answered, once with a declared exception, and
 * typed streams both ways: main's restocked lines read with a window, one ending in a declared
 * exception, and lines the page picks for main from a generator.
 * `node typed-renderer.js <url> <secret> stale` connects with a stale fingerprint instead.
 * Prints one line per check.
 */
import { connect, IpcRejectedError, IpcRemoteError } from '@typed-ipc/renderer';
import { OutOfStockError, ShopContract, shopRenderer, Status, type Cart, type Order } from '../generated/org/typedipc/web/typed/Shop.js';
import { NotRatedError, ShopEventsContract, shopEventsRenderer } from '../generated/org/typedipc/web/typed/ShopEvents.js';

const [url, secret, mode] = process.argv.slice(2) as [string, string, string | undefined];
const print = (line: string): void => {
  process.stdout.write(line + '\n');
};
const hex = (bytes: Uint8Array | null): string => (bytes === null ? 'null' : Buffer.from(bytes).toString('hex'));

function describeOrder(order: Order | null): string {
  if (order === null) return 'null';
  const cart = order.cart;
  const lines = cart?.lines?.map((line) => (line === null ? 'null' : `${String(line.sku)}x${line.quantity}`)).join(',');
  const payment = cart?.payment;
  const paid = payment === null || payment === undefined ? 'null'
    : typeof payment === 'string' ? payment
    : payment.kind === 'Card' ? `Card:${String(payment.last4)}:${String(payment.expires?.toISOString())}`
    : `Voucher:${String(payment.amount?.unscaled)}e-${String(payment.amount?.scale)}`;
  const coupons = [...(cart?.coupons ?? new Map())].map(([k, v]) => `${String(k)}=${String(v)}`).join(',');
  return `id=${order.id} status=${String(order.status)} customer=${String(cart?.customer)} lines=${String(lines)} ` +
    `payment=${paid} note=${String(cart?.note)} coupons=${coupons} tags=${[...(order.tags ?? [])].join(',')} ` +
    `receipt=${hex(order.receipt)} shipped=${order.shipped?.toISOString() ?? 'null'}`;
}

async function main(): Promise<void> {
  if (mode === 'stale') {
    try {
      await connect({ url, secret }, { contracts: [{ ...ShopContract, fingerprint: 'ff'.repeat(32) }, ShopEventsContract] });
      print('connected');
    } catch (e) {
      print(e instanceof IpcRejectedError ? `rejected ${e.code} ${e.message}` : `error ${String(e)}`);
    }
    process.exit(0);
  }
  const ipc = await connect({ url, secret }, { contracts: [ShopContract, ShopEventsContract] });
  const shop = shopRenderer(ipc);
  const events = shopEventsRenderer(ipc);
  events.onShipped((_event, order, at) => print(`shipped at=${at} ${describeOrder(order)}`));
  events.handleRate((_event, order) => {
    const customer = order?.cart?.customer;
    if (customer === 'grumpy') {
      throw new NotRatedError({ orderId: order?.id ?? 0n, message: 'grumpy customers do not rate' });
    }
    if (customer === 'broken') {
      throw new RangeError('no stars left');
    }
    return { stars: 5, comment: `fast, ${String(customer)}` };
  });
  events.handlePicks(async function* (_event, count) {
    for (let i = 0; i < count; i++) yield { sku: `pick${i}`, quantity: i };
  });

  const cart: Cart = {
    customer: 'ada',
    lines: [{ sku: 'nails', quantity: 3 }, null, { sku: 'é€😀', quantity: -1 }],
    payment: { kind: 'Card', last4: '4242', expires: new Date(Date.UTC(2030, 0, 31, 12, 0, 0, 5)) },
    note: null,
    coupons: new Map<string | null, number | null>([['SPRING', 10], [null, null]]),
  };
  print(`placed ${describeOrder(await shop.place(cart))}`);
  print(`placed ${describeOrder(await shop.place({ ...cart, payment: { kind: 'Voucher', amount: { unscaled: 1999n, scale: 2 } }, note: 'gift' }))}`);
  print(`placed ${describeOrder(await shop.place({ ...cart, payment: 'CHANGE', lines: [], coupons: null }))}`);
  try {
    await shop.place({ ...cart, lines: [{ sku: 'hammer', quantity: 99 }] });
    print('outOfStock not thrown');
  } catch (e) {
    // The generated class: its data is typed, and it is still the IpcRemoteError of kind 'declared'.
    if (e instanceof OutOfStockError && e instanceof IpcRemoteError && e.kind === 'declared') {
      print(`outOfStock ${e.className} index=${e.index} sku=${String(e.data.sku)} available=${e.data.available} message=${e.message}`);
    } else {
      print(`outOfStock unexpected ${String(e)}`);
    }
  }
  const summary = await shop.summary(new Set([Status[0], Status[2]]), 'ada');
  print(`summary ${[...(summary ?? [])].map(([status, ids]) => `${String(status)}=${ids?.map(String).join(',')}`).join(';')}`);
  print(`signed ${hex(await shop.sign(-(2n ** 63n), new Uint8Array([0, 255, 128, 7])))}`);
  const restocked: string[] = [];
  for await (const line of shop.restock('nails', { window: 2 })) restocked.push(`${String(line?.sku)}x${String(line?.quantity)}`);
  print(`restock ${restocked.join(',')}`);
  const hammers: string[] = [];
  try {
    for await (const line of shop.restock('hammer')) hammers.push(`${String(line?.sku)}x${String(line?.quantity)}`);
    print('restock hammer completed');
  } catch (e) {
    if (!(e instanceof OutOfStockError)) throw e;
    print(`restock ${hammers.join(',')} then ${String(e.className)} index=${e.index} ` +
      `sku=${String(e.data.sku)} available=${String(e.data.available)}`);
  }
  shop.track('opened', 2n ** 63n - 1n, null);
  shop.track('paid', 1n, 'PAID');
  print('ready');
  print(`closed ${await ipc.closed}`);
  process.exit(0);
}

main().catch((e: Error) => {
  print(`error ${e.name}: ${e.message}`);
  process.exit(1);
});
