// The real `serviceledger` entry, bundled as scripts/build.mjs does, run as a child process:
// output larger than a pipe's buffer must arrive whole before the process exits.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../test/temp-workspace';

const root = path.resolve(__dirname, '..', '..');
let dir: string;
let cli: string;

beforeAll(async () => {
  dir = makeTempDir('cli-output-');
  cli = path.join(dir, 'serviceledger.cjs');
  await build({
    entryPoints: [path.join(root, 'electron/cli/main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron', 'better-sqlite3'],
    outfile: cli,
    logLevel: 'silent',
  });
}, 60_000);

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * Run the CLI with stdout and stderr going through real pipes, as in `serviceledger … | less`;
 * a child's stdio from Node is a socket, where the loss never shows.
 */
function run(args: string[]) {
  const command = [process.execPath, cli, ...args].map(quote).join(' ');
  return spawnSync('bash', ['-c', `set -o pipefail; ${command} 2> >(cat >&2) | cat`], {
    encoding: 'utf8',
    env: { ...process.env, SERVICELEDGER_HOME: path.join(dir, 'home'), NODE_PATH: path.join(root, 'node_modules') },
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe('serviceledger process', () => {
  // Three child processes, one generating a workspace: far longer than the default limit on a busy machine.
  it('writes more than a pipe buffer (64 KiB) to stdout in full before exiting, with the exit code', { timeout: 120_000 }, () => {
    const file = path.join(dir, 'big.sqlite');
    expect(run(['generate', '--db', file, '--services', '600', '--risks', '0']).status).toBe(0);
    const listed = run(['call', 'services.list', '{"limit":1000}', '--db', file]);
    expect(listed.status).toBe(0);
    expect(listed.stdout.length).toBeGreaterThan(200_000);
    expect(JSON.parse(listed.stdout).value.total).toBe(600);
    const failed = run(['call', 'services.get', '{"id":9999}', '--db', file]);
    expect(failed.status).toBe(1);
    expect(JSON.parse(failed.stderr)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
