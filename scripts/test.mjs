// The one test command (`npm test`): type-check, lint (with the import boundaries), build,
// then every Vitest project (unit, component, browser end-to-end). Ends with one line
// "N passed, N failed" counting each test plus the type-check and lint as one check each.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const extraArgs = process.argv.slice(2);

function run(label, command, args) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

let passed = 0;
let failed = 0;
const failures = [];
function check(label, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

check('type-check', run('type-check (tsc)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']));
check('lint', run('lint (eslint, import boundaries)', bin('eslint'), ['.']));
const built = run('build', process.execPath, [path.join(root, 'scripts', 'build.mjs')]);
check('build', built);

const report = path.join(root, 'test-results', 'vitest.json');
fs.rmSync(report, { force: true });
fs.mkdirSync(path.dirname(report), { recursive: true });
run('vitest (unit, component, e2e)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extraArgs]);
if (fs.existsSync(report)) {
  const results = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A file that fails to load has no tests but is a failure all the same.
  const brokenFiles = results.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0);
  failed += brokenFiles.length;
  for (const file of brokenFiles) failures.push(`could not run ${path.relative(root, file.name)}`);
  for (const file of results.testResults) {
    for (const test of file.assertionResults) if (test.status === 'failed') failures.push(test.fullName);
  }
} else {
  check('vitest produced no report', false);
}

if (failures.length) {
  console.log('\nFailed:');
  for (const name of failures) console.log(`  - ${name}`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
