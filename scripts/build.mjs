// Builds everything `npm start`, the CLI and the benchmarks run: the renderer with Vite and the
// Node/Electron entry points with esbuild. `--if-stale` skips the work when dist/ is newer than the sources.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const sourceDirs = ['shared', 'electron', 'renderer', 'bench'].map((dir) => path.join(root, dir));
const configFiles = ['package.json', 'vite.config.ts', 'scripts/build.mjs'].map((file) => path.join(root, file));

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function isStale() {
  const stamp = path.join(dist, '.build-stamp');
  if (!fs.existsSync(stamp)) return true;
  const built = fs.statSync(stamp).mtimeMs;
  return [...sourceDirs, ...configFiles].some((target) => newestMtime(target) > built);
}

const nodeEntries = [
  { entry: 'electron/cli/main.ts', out: 'cli/serviceledger.cjs' },
  // The API and better-sqlite3 run off the facing thread: a worker thread of `serve`, a utilityProcess of the desktop app.
  { entry: 'electron/api/dispatcher-worker.ts', out: 'cli/dispatcher-worker.cjs' },
  { entry: 'electron/shell/main.ts', out: 'electron/main.cjs' },
  { entry: 'electron/shell/dispatcher-process.ts', out: 'electron/dispatcher-process.cjs' },
  { entry: 'electron/shell/preload.ts', out: 'electron/preload.cjs' },
  { entry: 'bench/run.ts', out: 'bench/run.cjs' },
  { entry: 'bench/ui/run-ui.ts', out: 'bench/ui.cjs' },
];

async function buildNodeEntries() {
  for (const { entry, out } of nodeEntries) {
    if (!fs.existsSync(path.join(root, entry))) continue;
    await esbuild({
      entryPoints: [path.join(root, entry)],
      outfile: path.join(dist, out),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: 'linked',
      // Native and Electron modules (and the benchmark's browser driver) are loaded at run time, never bundled.
      external: ['electron', 'better-sqlite3', 'playwright-core', '@sparticuz/chromium'],
      logLevel: 'warning',
    });
  }
}

async function buildRenderer() {
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);
const started = Date.now();
fs.mkdirSync(dist, { recursive: true });
await buildNodeEntries();
await buildRenderer();
fs.writeFileSync(path.join(dist, '.build-stamp'), new Date().toISOString());
console.log(`ServiceLedger built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
