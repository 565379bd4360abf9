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
      failed: 3,
      skipped: 3,
      failures: [
        'e2e/risks.e2e.ts could not run: Error: No Chromium found',
        'e2e/broken.e2e.ts could not run: SyntaxError: bad',
        'shared/y.test.ts > y breaks',
      ],
    });
  });
});
