import { describe, expect, it } from 'vitest';
import { summariseVitestReport } from './vitest-report.mjs';

describe('the closing count of npm test', () => {
  it('counts a suite whose beforeAll failed as failed and names it, instead of as skipped tests', () => {
    const summary = summariseVitestReport(
      {
        testResults: [
          {
            name: '/repo/e2e/risks.e2e.ts',
            status: 'failed',
            message: 'Error: No Chromium found\n    at launch',
            assertionResults: [
              { status: 'skipped', fullName: 'a' },
              { status: 'skipped', fullName: 'b' },
            ],
          },
          { name: '/repo/e2e/broken.e2e.ts', status: 'failed', message: 'SyntaxError: bad', assertionResults: [] },
          { name: '/repo/electron/team/x.pg-test.ts', status: 'failed', message: '', assertionResults: [{ status: 'skipped', fullName: 'c' }] },
          {
            name: '/repo/shared/x.test.ts',
            status: 'passed',
            assertionResults: [
              { status: 'passed', fullName: 'x works' },
              { status: 'skipped', fullName: 'later' },
            ],
          },
          {
            name: '/repo/shared/y.test.ts',
            status: 'failed',
            assertionResults: [
              { status: 'failed', fullName: 'y breaks' },
              { status: 'passed', fullName: 'y ok' },
            ],
          },
        ],
      },
      '/repo',
    );
    expect(summary).toEqual({
      passed: 2,
      failed: 4,
      skipped: 4,
      failures: [
        'e2e/risks.e2e.ts could not run: Error: No Chromium found',
        'e2e/broken.e2e.ts could not run: SyntaxError: bad',
        'electron/team/x.pg-test.ts could not run: a hook of one of its describe blocks failed (its error is in the output above)',
        'shared/y.test.ts > y breaks',
      ],
    });
  });
});
