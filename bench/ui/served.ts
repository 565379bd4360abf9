import { spawn } from 'node:child_process';
import path from 'node:path';

export interface Served {
  url: string;
  stop(): Promise<void>;
}

/** `serviceledger serve --db FILE` from the build, as a user runs it; resolves with the printed address. */
export async function serveWorkspace(root: string, file: string, home: string): Promise<Served> {
  const child = spawn(process.execPath, [path.join(root, 'bin', 'serviceledger.cjs'), 'serve', '--db', file], {
    cwd: root,
    env: { ...process.env, SERVICELEDGER_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    // Opening a large workspace the first time after an upgrade runs its migrations: allow for it.
    const timer = setTimeout(() => reject(new Error(`serve did not start within 5 minutes. ${stderr}`)), 300_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /ServiceLedger serving (\S+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}. ${stderr}`));
    });
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
