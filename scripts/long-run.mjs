// `npm run fuzz` and `npm run crash-trials`: the long runs of two unit tests that `npm test` runs
// briefly. Counts and seeds can be changed with FUZZ_PER_METHOD / FUZZ_SEED and CRASH_TRIALS / CRASH_SEED.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = {
  fuzz: { file: 'electron/test/api-fuzz.test.ts', env: { FUZZ_PER_METHOD: process.env.FUZZ_PER_METHOD ?? '300' } },
  'crash-trials': { file: 'electron/test/crash-safety.test.ts', env: { CRASH_TRIALS: process.env.CRASH_TRIALS ?? '30' } },
};
const run = runs[process.argv[2]];
if (!run) {
  console.error(`Usage: node scripts/long-run.mjs ${Object.keys(runs).join('|')}`);
  process.exit(2);
}
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', '--project', 'unit', run.file], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ...run.env },
});
process.exit(result.status ?? 1);
