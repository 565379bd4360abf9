import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DispatcherClient, type DispatcherConfig, type FromDispatcher, type ToDispatcher } from './dispatcher-protocol';

/** Where the bundled worker entry sits: beside the CLI bundle in dist/cli/. */
export function bundledWorkerEntry(): string {
  return path.join(__dirname, 'dispatcher-worker.cjs');
}

export interface DispatcherThread {
  client: DispatcherClient;
  /** Closes the workspace in the worker, then ends the thread. */
  stop(): Promise<void>;
}

/**
 * Starts the dispatcher in a worker thread and opens the workspace there. Rejects with the same
 * typed AppError as opening in-process would (a file that is not a workspace, a newer format…).
 */
export async function startDispatcherThread(config: DispatcherConfig, entry: string = bundledWorkerEntry()): Promise<DispatcherThread> {
  const worker = new Worker(entry);
  const client = new DispatcherClient({
    send: (message: ToDispatcher) => worker.postMessage(message),
    onMessage: (listener: (message: FromDispatcher) => void) => worker.on('message', listener),
  });
  let ended = false;
  worker.on('error', (error) => {
    console.error('[serviceledger] the data worker failed:', error);
    client.workerEnded(error.message);
  });
  worker.on('exit', (code) => {
    ended = true;
    client.workerEnded(`exit code ${code}`);
  });
  const stop = async () => {
    if (ended) return;
    await client.stop();
    await worker.terminate();
  };
  try {
    await client.start(config);
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  return { client, stop };
}
