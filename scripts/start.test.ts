import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const children: ChildProcess[] = [];

beforeAll(() => {
  // `npm start` builds first; do the same here when dist/ is missing or older than the sources.
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--if-stale'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
}, 300_000);

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Start scripts/start.mjs and collect stdout lines until `until` matches one of them. */
function startUntil(env: NodeJS.ProcessEnv, until: RegExp) {
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const lines: string[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const seen = new Promise<string[]>((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      lines.push(...parts);
      if (parts.some((line) => until.test(line))) resolve(lines);
    });
    child.on('exit', (code) => reject(new Error(`start.mjs exited with ${code} before printing ${until}:\n${lines.join('\n')}\n${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, seen, exited };
}

describe('npm start on a machine where Electron cannot run', () => {
  it('prints why, then serves the app in the browser until Ctrl+C', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-start-'));
    const env: NodeJS.ProcessEnv = { ...process.env, SERVICELEDGER_HOME: home };
    // No display here, so no download or build is attempted; elsewhere force the browser fallback.
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    delete env.SERVICELEDGER_BROWSER;
    if (process.platform === 'win32' || process.platform === 'darwin') env.SERVICELEDGER_BROWSER = '1';

    const { child, seen, exited } = startUntil(env, /^ServiceLedger serving /);
    const lines = await seen;
    const serving = lines.findIndex((line) => line.startsWith('ServiceLedger serving '));
    expect(serving).toBe(1);
    expect(lines[0]).toMatch(/^ServiceLedger: .+; serving the app in your browser instead\.$/);
    if (process.platform === 'linux') expect(lines[0]).toContain('no display');
    const match = /^ServiceLedger serving (http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)$/.exec(lines[serving]!);
    expect(match).not.toBeNull();

    // The address works: the API answers with the token, from the SERVICELEDGER_HOME it was given.
    const [, origin, token] = match!;
    const response = await fetch(`${origin}/api/workspace.info`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: '{}',
    });
    const body = (await response.json()) as { ok: boolean; value: { host: { kind: string; defaultDirectory: string } } };
    expect(body.ok).toBe(true);
    expect(body.value.host.kind).toBe('browser');
    expect(body.value.host.defaultDirectory).toBe(path.join(home, 'workspaces'));

    child.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 60_000);
});
