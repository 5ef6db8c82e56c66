/**
 * The sample page: connects to the Java main that served it, invokes two handlers, shows a
 * handler's error in Electron's words, and receives events main sends in answer to a message.
 */
import { connectToMain, type IpcValue } from '@typed-ipc/renderer';

function show(id: string, text: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

async function run(): Promise<void> {
  const ipc = await connectToMain();
  show('status', 'Connected to main');

  const sum = await ipc.invoke('add', 2, 3);
  show('sum', `add(2, 3) = ${String(sum)}`);
  const greeting = await ipc.invoke('greet', 'browser');
  show('greeting', String(greeting));
  try {
    await ipc.invoke('divide', 1, 0);
  } catch (e) {
    show('failure', (e as Error).message);
  }

  const ticks: IpcValue[] = [];
  ipc.on('tick', (_event, n) => {
    ticks.push(n ?? null);
    show('ticks', `ticks from main: ${ticks.join(', ')}`);
    if (ticks.length === 3) show('status', 'Done');
  });
  ipc.send('start-ticks', 3);
}

run().catch((e: Error) => show('status', `Failed: ${e.name}: ${e.message}`));
