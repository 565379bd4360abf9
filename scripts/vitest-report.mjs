import path from 'node:path';

/**
 * Counts from Vitest's JSON report. A file whose status is "failed" while none of its tests
 * failed could not run at all (it did not load, or a beforeAll hook threw and Vitest reported its
 * tests as skipped): that counts as one failure, named with the first line of the reason.
 */
export function summariseVitestReport(report, root) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const failures = [];
  for (const file of report.testResults ?? []) {
    const name = path.relative(root, file.name);
    let failedHere = 0;
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'passed') passed += 1;
      else if (test.status === 'failed') {
        failed += 1;
        failedHere += 1;
        failures.push(`${name} > ${test.fullName}`);
      } else skipped += 1;
    }
    if (file.status === 'failed' && failedHere === 0) {
      failed += 1;
      // A beforeAll inside a describe block leaves the file's message empty: its error is only
      // in the output above.
      const reason = String(file.message || 'a hook of one of its describe blocks failed (its error is in the output above)').split('\n')[0];
      failures.push(`${name} could not run: ${reason}`);
    }
  }
  return { passed, failed, skipped, failures };
}
