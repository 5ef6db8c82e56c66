/**
 * Invoke round trips of 64 bytes from the page to main, one at a time: warm-up, then timed calls.
 * The median and 99th percentile in microseconds appear in #result as JSON.
 */
import { connectToMain } from '@typed-ipc/renderer';

const params = new URLSearchParams(location.search);
const warmup = Number(params.get('warmup') ?? '2000');
const calls = Number(params.get('calls') ?? '5000');

async function run(): Promise<void> {
  const ipc = await connectToMain();
  const payload = new Uint8Array(64).fill(7);
  for (let i = 0; i < warmup; i++) await ipc.invoke('echo', payload);
  const micros: number[] = [];
  for (let i = 0; i < calls; i++) {
    const start = performance.now();
    await ipc.invoke('echo', payload);
    micros.push((performance.now() - start) * 1000);
  }
  micros.sort((a, b) => a - b);
  const at = (q: number): number => micros[Math.min(micros.length - 1, Math.floor(q * micros.length))] ?? NaN;
  document.getElementById('result')!.textContent = JSON.stringify({ p50: at(0.5), p99: at(0.99), calls });
}

run().catch((e: Error) => {
  document.getElementById('result')!.textContent = JSON.stringify({ error: `${e.name}: ${e.message}` });
});
