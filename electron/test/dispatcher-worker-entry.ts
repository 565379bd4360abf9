import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let built: string | null = null;

/**
 * The dispatcher's worker-thread entry built from the current sources, as scripts/build.mjs
 * bundles it (a worker thread cannot load TypeScript). Built once per test process, into dist/test/
 * so better-sqlite3 resolves from the project's node_modules.
 */
export function dispatcherWorkerEntry(): string {
  if (built) return built;
  const out = path.join(root, 'dist', 'test', 'dispatcher-worker.cjs');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const result = buildSync({
    entryPoints: [path.join(root, 'electron', 'api', 'dispatcher-worker.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron', 'better-sqlite3'],
    write: false,
    logLevel: 'warning',
  });
  // Test processes may build at once: each writes its own file and renames it into place (atomic).
  const staging = `${out}.${process.pid}.tmp`;
  fs.writeFileSync(staging, result.outputFiles[0]!.text);
  fs.renameSync(staging, out);
  built = out;
  return out;
}
