/**
 * Invoke round trips of 64 bytes from the page to main, one at a time: warm-up, then timed calls
 * in batches of 50, since browsers round performance.now() to 100 µs on a page that is not
 * cross-origin isolated. The median of the batches' per-call times and the mean, in
 * microseconds, appear in #result as JSON.
 */
import { connectToMain } from '@typed-ipc/renderer';

const params = new URLSearchParams(location.search);
const warmup = Number(params.get('warmup') ?? '2000');
const calls = Number(params.get('calls') ?? '5000');

async function run(): Promise<void> {
  const ipc = await connectToMain();
  const payload = new Uint8Array(64).fill(7);
  for (let i = 0; i < warmup; i++) await ipc.invoke('echo', payload);
  const batch = 50;
  const perCall: number[] = [];
  const began = performance.now();
  for (let b = 0; b < calls / batch; b++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) await ipc.invoke('echo', payload);
    perCall.push(((performance.now() - start) * 1000) / batch);
  }
  const mean = ((performance.now() - began) * 1000) / calls;
  perCall.sort((a, b) => a - b);
  const median = perCall[Math.floor(perCall.length / 2)] ?? NaN;
  document.getElementById('result')!.textContent = JSON.stringify({ median, mean, calls });
}

run().catch((e: Error) => {
  document.getElementById('result')!.textContent = JSON.stringify({ error: `${e.name}: ${e.message}` });
});
