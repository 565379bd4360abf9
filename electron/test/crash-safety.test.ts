import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { SeededRandom } from './fuzz/seeded-random';
import { makeAppWithWorkspace, makeTempDir, makeTestApp } from './temp-workspace';

// A child process writes through the app's own dispatcher and is killed with SIGKILL after a
// seeded number of acknowledged writes or import progress steps (never after a delay). The file
// must then pass SQLite's integrity check, hold every acknowledged write, and hold an import
// entirely or not at all. `npm test` runs a few trials; `npm run crash-trials` many (CRASH_TRIALS).
const TRIALS = Number(process.env.CRASH_TRIALS ?? 3);
const SEED = Number(process.env.CRASH_SEED ?? 424242);
const IMPORT_ROWS = 5000;
const root = path.resolve(__dirname, '../..');
let child: string;

beforeAll(async () => {
  child = path.join(makeTempDir('crash-child-'), 'crash-child.cjs');
  await build({
    entryPoints: [path.join(__dirname, 'crash/crash-child.ts')],
    outfile: child,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron', 'better-sqlite3'],
    logLevel: 'warning',
  });
}, 60_000);

/** A fresh workspace file, closed cleanly, for the child to open. */
async function workspaceFile(): Promise<string> {
  const { app, file } = await makeAppWithWorkspace();
  app.shutdown();
  return file;
}

/** Run the child until `stopAt` says so for a line it printed, then kill it with SIGKILL; returns every line it printed. */
function runUntil(args: string[], stopAt: (line: string, lines: string[]) => boolean): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, ...args], {
      env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let stderr = '';
    let killed = false;
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    readline.createInterface({ input: proc.stdout }).on('line', (line) => {
      lines.push(line);
      if (!killed && stopAt(line, lines)) {
        killed = true;
        proc.kill('SIGKILL');
      }
    });
    proc.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(lines);
      else reject(new Error(`the child ended by itself before it was killed:\n${lines.join('\n')}\n${stderr}`));
    });
  });
}

/** What SQLite says of a file after the crash, opened as the app would open it. */
function inspect(file: string) {
  const db = new Database(file);
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      foreignKeys: db.pragma('foreign_key_check') as unknown[],
      people: new Map((db.prepare('SELECT id, name FROM people').all() as Array<{ id: number; name: string }>).map((p) => [p.id, p.name])),
      risks: db.prepare("SELECT count(*) FROM risks WHERE code LIKE 'CR-%'").pluck().get() as number,
      assessments: db.prepare("SELECT count(*) FROM risk_assessments a JOIN risks r ON r.id = a.risk_id WHERE r.code LIKE 'CR-%'").pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

/** The app itself opens the file after the crash (its unclean-close check included). */
async function appOpens(file: string) {
  const { app } = makeTestApp();
  try {
    await app.open(file);
  } finally {
    app.shutdown();
  }
}

describe('crash safety: kill -9 during writes and imports', () => {
  const random = new SeededRandom(SEED);
  // Some trials kill the child only once the import has answered: then every row must be there.
  const plans = Array.from({ length: TRIALS }, (_, trial) => ({
    trial: `#${trial + 1}`,
    acks: random.int(1, 120),
    steps: random.int(1, 6),
    afterImport: random.chance(0.3),
  }));

  it.each(plans)(
    'trial $trial: every write acknowledged before the kill ($acks acks) is in the file, which passes the integrity check',
    async ({ trial, acks }) => {
      const file = await workspaceFile();
      const lines = await runUntil(['writes', file, makeTempDir('crash-state-')], (_line, all) => all.filter((l) => l.startsWith('ack ')).length >= acks);
      const acknowledged = lines.filter((line) => line.startsWith('ack ')).map((line) => /^ack (\d+) (.*)$/.exec(line)!);
      expect(acknowledged.length).toBeGreaterThanOrEqual(acks);
      const after = inspect(file);
      expect(after.integrity).toBe('ok');
      expect(after.foreignKeys).toEqual([]);
      for (const [, id, name] of acknowledged) expect(after.people.get(Number(id))).toBe(name);
      console.log(`crash trial ${trial}: killed after ${acknowledged.length} acknowledged writes; all ${acknowledged.length} in the file, integrity ok`);
      await appOpens(file);
    },
    120_000,
  );

  it.each(plans)(
    'trial $trial: an import killed at writing step $steps (or once done: $afterImport) is in the file entirely or not at all',
    async ({ trial, steps, afterImport }) => {
      const file = await workspaceFile();
      const lines = await runUntil(
        ['import', file, makeTempDir('crash-state-'), String(IMPORT_ROWS)],
        (line, all) => line.startsWith('imported') || (!afterImport && all.filter((l) => l.startsWith('progress writing')).length >= steps),
      );
      const after = inspect(file);
      expect(after.integrity).toBe('ok');
      expect(after.foreignKeys).toEqual([]);
      expect([0, IMPORT_ROWS]).toContain(after.risks);
      expect(after.assessments).toBe(after.risks);
      const finished = lines.some((line) => line.startsWith('imported'));
      if (finished) expect(after.risks).toBe(IMPORT_ROWS);
      console.log(
        `crash trial ${trial}: import killed ${finished ? 'after it finished' : `at writing step ${steps}`}; ${after.risks} of ${IMPORT_ROWS} rows in the file, integrity ok`,
      );
      await appOpens(file);
    },
    120_000,
  );
});
