/**
 * A page in headless Chromium that makes a pair of ports itself (WebPagePairBrowserTest): it keeps
 * `port1`, posts `port2` to main, which hands it on to a JVM renderer, and talks to that renderer
 * through it. What the page sees goes into the document; `#status` says `Done` when the JVM
 * renderer closed its end.
 */
import { connectToMain } from '../src/index.js';

function line(text: string): void {
  const item = document.createElement('li');
  item.textContent = text;
  document.getElementById('seen')!.append(item);
}

function show(id: string, text: string): void {
  document.getElementById(id)!.textContent = text;
}

async function run(): Promise<void> {
  const ipc = await connectToMain();
  const { port1, port2 } = ipc.createMessageChannel();
  port1.on('message', (event) => line(`page heard: ${String(event.data)}`));
  port1.on('close', () => show('status', 'Done'));
  port1.start();
  port1.postMessage('waited on the page'); // port2 is not started: it waits there and travels with it

  ipc.postMessage('page-pair', 'made by the page', [port2]);
  try {
    port2.postMessage('still mine?');
    line('port2 used again');
  } catch (e) {
    line(`port2 after the post: ${(e as Error).message}`);
  }
  port1.postMessage('after the post');
  port1.postMessage('bye');
}

run().catch((e: Error) => show('status', `Failed: ${e.name}: ${e.message}`));
