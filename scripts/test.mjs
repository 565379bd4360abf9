// The one test command (`npm test`): type-check, lint (with the import boundaries and the clock
// rule), build, the browser tests, the team-database tests (a throwaway PostgreSQL 15 cluster:
// Debian's postgresql-15, which .ci/run installs), then the unit and component tests in three
// shards, each with the clock moved to an awkward moment. Ends with one line
// "N passed, N failed" counting each test plus the type-check, lint and build as one check each;
// a test file that could not run (it failed to load, or its beforeAll failed) counts as failed
// and is named, so a suite can never turn into silent skips.
//   node scripts/test.mjs            everything
//   node scripts/test.mjs --quick    unit and component projects only, at the real date
//   node scripts/test.mjs --team     the team-database (PostgreSQL) project only
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { summariseVitestReport } from './vitest-report.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const quick = process.argv.includes('--quick');
const teamOnly = process.argv.includes('--team');
/** What Prettier keeps formatted (its ignore list, .prettierignore, keeps released migrations as they were). */
const FORMATTED_FILES = ['**/*.{ts,tsx,js,mjs,cjs,css}'];

/**
 * The moments the suite must also pass at: a leap day, New Year's Eve at 23:30 on a clock far
 * east of UTC (the local date is a day ahead of UTC's), and two years ahead in a zone west of UTC.
 */
export const MOVED_CLOCKS = [
  { label: 'leap day 2028-02-29, UTC', at: '2028-02-29T12:00:00Z', tz: 'UTC' },
  { label: '31 Dec 2026 23:30 in Auckland', at: '2026-12-31T10:30:00Z', tz: 'Pacific/Auckland' },
  { label: 'two years ahead, Los Angeles', at: '2028-12-03T18:00:00Z', tz: 'America/Los_Angeles' },
];

function run(label, command, args, env = process.env) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  return result.status === 0;
}

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
function check(label, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

function vitest(label, projects, env = process.env, extraArgs = []) {
  const report = path.join(root, 'test-results', `vitest-${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.json`);
  fs.rmSync(report, { force: true });
  fs.mkdirSync(path.dirname(report), { recursive: true });
  const projectArgs = projects.flatMap((name) => ['--project', name]);
  run(`vitest: ${label}`, bin('vitest'), ['run', ...projectArgs, ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env);
  if (!fs.existsSync(report)) {
    check(`vitest (${label}) produced no report`, false);
    return;
  }
  const summary = summariseVitestReport(JSON.parse(fs.readFileSync(report, 'utf8')), root);
  passed += summary.passed;
  failed += summary.failed;
  skipped += summary.skipped;
  for (const name of summary.failures) failures.push(`[${label}] ${name}`);
}

/**
 * The PostgreSQL tests, one file (one throwaway cluster) at a time. Without PostgreSQL installed
 * every file's beforeAll fails, naming what to install: they count as failed, never as skipped.
 */
const teamDatabaseTests = () => vitest('team database (PostgreSQL 15)', ['team']);

if (quick) {
  vitest('unit and component', ['unit', 'component']);
} else if (teamOnly) {
  teamDatabaseTests();
} else {
  check('type-check', run('type-check (tsc)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']));
  check('lint', run('lint (eslint, import boundaries, clock rule)', bin('eslint'), ['.']));
  check('format', run('format (prettier --check; `npm run format` fixes it)', bin('prettier'), ['--check', '--log-level=warn', ...FORMATTED_FILES]));
  check('build', run('build', process.execPath, [path.join(root, 'scripts', 'build.mjs')]));
  vitest('browser tests', ['e2e']);
  teamDatabaseTests();
  // The unit and component tests run in three shards, each with the clock moved to one of the
  // awkward moments; which shard gets which moment rotates daily, so over three days every test
  // file meets every moment while a run costs one pass (`npm run test:quick` runs them at the
  // real date). SERVICELEDGER_TEST_CLOCK moves Date inside the test workers; SERVICELEDGER_NOW
  // starts the app's own clock (CLI commands run in-process) at the same moment.
  const rotation = Math.floor(Date.now() / 86_400_000) % MOVED_CLOCKS.length;
  for (let shard = 1; shard <= MOVED_CLOCKS.length; shard += 1) {
    const clock = MOVED_CLOCKS[(shard - 1 + rotation) % MOVED_CLOCKS.length];
    const env = { ...process.env, TZ: clock.tz, SERVICELEDGER_TEST_CLOCK: clock.at, SERVICELEDGER_NOW: clock.at };
    vitest(`unit and component ${shard}/${MOVED_CLOCKS.length}, clock at ${clock.label}`, ['unit', 'component'], env, [
      '--shard',
      `${shard}/${MOVED_CLOCKS.length}`,
    ]);
  }
}

if (failures.length) {
  console.log('\nFailed:');
  for (const name of failures) console.log(`  - ${name}`);
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
