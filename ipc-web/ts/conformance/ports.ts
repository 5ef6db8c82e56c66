/**
 * Message ports between a page and a Java main, in Node (WebRendererPortTest). Main posts ports
 * on `port`, `port2` … `port5` and `peer` and drives with `step`; the page sends `report` with a
 * name and what it saw. The page also makes a pair itself and posts one end to main (`own-pair`).
 */
import { connect, type IpcMessagePort, type IpcRendererEvent, type IpcValue } from '../src/index.js';

const [url, secret] = process.argv.slice(2) as [string, string];
const print = (line: string): void => {
  process.stdout.write(line + '\n');
};
const failure = (e: unknown): string => `${(e as Error).name}: ${(e as Error).message}`;

async function main(): Promise<void> {
  const ipc = await connect({ url, secret });
  const report = (name: string, outcome: string): void => ipc.send('report', name, outcome);
  const held: Record<string, IpcMessagePort> = {};

  // Main's first port: echoes each message, and reports its close. Not started until main says so.
  ipc.on('port', (event, message) => {
    const port = event.ports[0]!;
    held['port'] = port;
    port.on('message', (m) => port.postMessage(`echo: ${String(m.data)}`));
    port.on('close', () => report('closed', 'the other end closed'));
    report('port', `${String(message)} ports=${event.ports.length}`);
  });
  // Ports the page closes itself or posts back to main (`port4` with main's messages still waiting for start()).
  for (const channel of ['port2', 'port3', 'port4']) {
    ipc.on(channel, (event) => {
      held[channel] = event.ports[0]!;
      report(channel, `ports=${event.ports.length}`);
    });
  }
  // A started port whose listener reports each message, until the page posts it back to main.
  ipc.on('port5', (event) => {
    const port = event.ports[0]!;
    held['port5'] = port;
    port.on('message', (m) => report('seen', String(m.data)));
    port.start();
    report('port5', `ports=${event.ports.length}`);
  });
  // A port whose other end main gave a JVM renderer.
  ipc.on('peer', (event) => {
    const port = event.ports[0]!;
    port.on('message', (m) => report('peer', String(m.data)));
    port.on('close', () => report('peer-closed', 'the JVM renderer closed its end'));
    port.start();
    port.postMessage('hi jvm');
  });

  const steps: Record<string, () => string> = {
    // A message posted before start() goes out at once; the waiting ones are echoed after it, in order.
    start: () => {
      held['port']!.start();
      held['port']!.postMessage('page says hi');
      return 'started';
    },
    'close-own': () => {
      const port = held['port2']!;
      port.close();
      port.postMessage('after close'); // dropped, as in Electron
      return 'closed';
    },
    'post-back': () => {
      const port = held['port3']!;
      ipc.postMessage('back', 'yours', [port]);
      const results = ['posted'];
      try {
        port.postMessage('still mine?');
        results.push('used again');
      } catch (e) {
        results.push(failure(e));
      }
      try {
        ipc.postMessage('back', 'again', [port]);
        results.push('posted again');
      } catch (e) {
        results.push(failure(e));
      }
      return results.join(' | ');
    },
    // Main's messages that waited for start() go back with the port, to main.
    'post-waiting': () => {
      ipc.postMessage('back', 'waiting', [held['port4']!]);
      return 'posted';
    },
    // What the listener had stays here; what main sends meanwhile follows the port to main.
    'post-started': () => {
      ipc.postMessage('back', 'started', [held['port5']!]);
      return 'posted';
    },
    // A pair the page made: it keeps port1, whose listener reports what main sends, and posts port2.
    'own-pair': () => {
      const { port1, port2 } = ipc.createMessageChannel();
      port1.on('message', (m) => report('own-heard', String(m.data)));
      port1.start();
      port1.postMessage('waited on the page');
      ipc.postMessage('back', 'own', [port2]);
      return `posted #${port2.id}`;
    },
    // The page goes away, after its report.
    leave: () => {
      setTimeout(() => ipc.close('the page leaves'), 0);
      return 'leaving';
    },
    'bad-transfer': () => {
      const results: string[] = [];
      for (const transfer of [[{} as IpcMessagePort], [held['port']!, held['port']!]]) {
        try {
          ipc.postMessage('back', 'bad', transfer);
          results.push('posted');
        } catch (e) {
          results.push(failure(e));
        }
      }
      return results.join(' | ');
    },
  };

  ipc.on('step', (_event: IpcRendererEvent, name?: IpcValue) => {
    const step = steps[String(name)];
    try {
      report(String(name), step ? step() : `no step ${String(name)}`);
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
