// Entry of the dispatcher's worker thread (bundled to dist/cli/dispatcher-worker.cjs): the API and
// better-sqlite3 run here, so a long import never holds up the HTTP thread of `serviceledger serve`.
import { parentPort } from 'node:worker_threads';
import type { FromDispatcher, ToDispatcher } from './dispatcher-protocol';
import { serveDispatcher } from './serve-dispatcher';

if (!parentPort) throw new Error('dispatcher-worker runs only as a worker thread');
const port = parentPort;
serveDispatcher({
  send: (message: FromDispatcher) => port.postMessage(message),
  onMessage: (listener: (message: ToDispatcher) => void) => port.on('message', listener),
});
