import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// Every host this test process started, so none outlives its test file, whatever failed:
// e2e/support/setup.ts stops them after each file, and the exit hook kills any left.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Stop every host still running (called after each browser test file). */
export async function stopAllServedApps(): Promise<void> {
  await Promise.all([...running].map((child) => stopChild(child)));
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      running.delete(child);
      return resolve();
    }
    child.once('exit', () => {
      running.delete(child);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export interface ServedApp {
  url: string;
  origin: string;
  token: string;
  home: string;
  stop(): Promise<void>;
}

/**
 * Start the real `serviceledger serve` (the built CLI, as a user runs it) on a temp home and
 * wait for its one "serving" line.
 */
/** `dbName` creates (or opens) that file inside the temp home; `db` is a path used as is. */
/** `env` adds variables, e.g. SERVICELEDGER_NOW to start the app's clock at a chosen moment. */
export async function startServedApp(options: { db?: string; dbName?: string; args?: string[]; env?: Record<string, string> } = {}): Promise<ServedApp> {
  if (!fs.existsSync(path.join(root, 'dist', 'cli', 'serviceledger.cjs'))) {
    throw new Error('The app is not built: run `npm run build` (npm test does it first).');
  }
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-e2e-'));
  const db = options.db ?? (options.dbName ? path.join(home, options.dbName) : undefined);
  const args = ['bin/serviceledger.cjs', 'serve', ...(db ? ['--db', db] : []), ...(options.args ?? [])];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, SERVICELEDGER_HOME: home, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const line = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start in time. stderr: ${stderr}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /ServiceLedger serving (\S+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}. stderr: ${stderr}`));
    });
  }).catch(async (error: unknown) => {
    await stopChild(child);
    throw error;
  });
  const url = new URL(line);
  return {
    url: line,
    origin: url.origin,
    token: url.hash.replace('#token=', ''),
    home,
    stop: () => stopChild(child),
  };
}
