/**
 * The sample page: connects to the Java main that served it with the generated bindings of the
 * sample's contracts, invokes main through the typed proxy, shows main's declared exception with
 * its data, receives typed events, and answers main's question.
 */
import { connectToMain } from '@typed-ipc/renderer';
import { DivisionByZeroError, GreeterContract, greeterRenderer, Style } from '../generated/org/typedipc/web/sample/Greeter.js';
import { GreeterEventsContract, registerGreeterEvents } from '../generated/org/typedipc/web/sample/GreeterEvents.js';

function show(id: string, text: string): void {
  const element = document.getElementById(id);
  if (element) element.textContent = text;
}

async function run(): Promise<void> {
  // Main refuses the page if it was built from other versions of these contracts.
  const ipc = await connectToMain({ contracts: [GreeterContract, GreeterEventsContract] });
  show('status', 'Connected to main');
  const greeter = greeterRenderer(ipc);

  const sum = await greeter.add(2, 3); // Promise<number | null>; greeter.add('2', 3) does not compile
  show('sum', `add(2, 3) = ${String(sum)}`);
  const greeting = await greeter.greet('browser', Style[1]);
  show('greeting', greeting ? `${String(greeting.text)} ${greeting.javaVersion} (${String(greeting.style)}, ${greeting.languages?.join(' + ')})` : 'no greeting');
  try {
    await greeter.divide(7, 0);
  } catch (e) {
    // A declared exception arrives with its data, decoded by the generated codec.
    if (e instanceof DivisionByZeroError) {
      show('failure', `divide(7, 0) threw ${e.className} with dividend ${e.data.dividend}`);
    } else {
      show('failure', `unexpected: ${String(e)}`);
    }
  }

  const ticks: number[] = [];
  registerGreeterEvents(ipc, {
    tick: (_event, n, total) => {
      ticks.push(n);
      show('ticks', `ticks from main: ${ticks.join(', ')} of ${total}`); // total is a bigint: a Java long
    },
    question: async (_event, text) => `TypeScript, asked "${String(text)}"`,
    answered: (_event, answer) => {
      show('answer', `main got the page's answer: ${String(answer)}`);
      show('status', 'Done');
    },
  });
  greeter.startTicks(3);
}

run().catch((e: Error) => show('status', `Failed: ${e.name}: ${e.message}`));
