// Entry of the desktop app's data process (bundled to dist/electron/dispatcher-process.cjs), started
// with utilityProcess.fork: the API and better-sqlite3 run here, so a long import or a heavy query
// never holds up the window's events or the main process. The main process sends one message first:
// the addon to load and the MessagePort every call then travels over (electron/api/dispatcher-protocol.ts).
import type { MessagePortMain } from 'electron';
import type { FromDispatcher, ToDispatcher } from '../api/dispatcher-protocol';
import { serveDispatcher } from '../api/serve-dispatcher';
import { setNativeBinding } from '../db/native-binding';

/** The first message of the main process. */
export interface DispatcherProcessHello {
  /** The Electron-ABI better-sqlite3 addon the main process checked at start-up. */
  nativeBinding: string;
}

process.parentPort.once('message', (event) => {
  const hello = event.data as DispatcherProcessHello;
  const port: MessagePortMain | undefined = event.ports[0];
  if (!port) throw new Error('the data process needs a MessagePort in its first message');
  setNativeBinding(hello.nativeBinding);
  serveDispatcher({
    send: (message: FromDispatcher) => port.postMessage(message),
    onMessage: (listener: (message: ToDispatcher) => void) => {
      port.on('message', (message) => listener(message.data as ToDispatcher));
      port.start();
    },
  });
});
