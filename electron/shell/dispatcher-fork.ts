import path from 'node:path';
import { MessageChannelMain, utilityProcess } from 'electron';
import { DispatcherClient, type FromDispatcher, type ToDispatcher } from '../api/dispatcher-protocol';
import type { FilePurpose } from '../app/host';
import type { DispatcherProcessHello } from './dispatcher-process';

export interface ForkedDispatcher {
  client: DispatcherClient;
  /** Closes the workspace cleanly in the data process, then ends it. */
  stop(): Promise<void>;
}

/**
 * Starts the dispatcher in a utilityProcess (dist/electron/dispatcher-process.cjs, beside main.cjs)
 * and connects it over a MessagePort, with the same protocol as `serve`'s worker thread. File
 * dialogs asked for by the data process are shown here, on the window.
 */
export function forkDispatcher(nativeBinding: string, chooseFile: (purpose: FilePurpose, suggestedPath: string) => Promise<string | null>): ForkedDispatcher {
  const child = utilityProcess.fork(path.join(__dirname, 'dispatcher-process.cjs'), [], { serviceName: 'ServiceLedger data' });
  const { port1, port2 } = new MessageChannelMain();
  child.postMessage({ nativeBinding } satisfies DispatcherProcessHello, [port2]);
  const client = new DispatcherClient(
    {
      send: (message: ToDispatcher) => port1.postMessage(message),
      onMessage: (listener: (message: FromDispatcher) => void) => {
        port1.on('message', (event) => listener(event.data as FromDispatcher));
        port1.start();
      },
    },
    chooseFile,
  );
  let exited = false;
  child.on('exit', (code) => {
    exited = true;
    client.workerEnded(`exit code ${code}`);
  });
  return {
    client,
    stop: async () => {
      if (exited) return;
      await client.stop();
      child.kill();
    },
  };
}
