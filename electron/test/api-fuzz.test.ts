import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodName } from '../../shared/api/contract';
import type { AppController } from '../app/app-controller';
import { AppError } from '../../shared/api/errors';
import { handlers, type HandlerTable } from '../handlers';
import { runApiFuzz, type FuzzReport } from './fuzz/run-api-fuzz';
import { makeTestApp } from './temp-workspace';

// Bad inputs derived from every method's schema, on the demo workspace, with a fixed seed so a
// failure replays exactly. `npm test` runs a few per method; `npm run fuzz` a few hundred
// (FUZZ_PER_METHOD, FUZZ_SEED).
const PER_METHOD = Number(process.env.FUZZ_PER_METHOD ?? 4);
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
/** FUZZ_METHODS=a,b replays the run for some methods only. */
const METHODS = process.env.FUZZ_METHODS ? (process.env.FUZZ_METHODS.split(',') as MethodName[]) : undefined;

let app: AppController;
let dir: string;

beforeAll(async () => {
  ({ app, dir } = makeTestApp());
  await app.openDemo(false);
}, 120_000);
afterAll(() => app.shutdown());

function summary(report: FuzzReport): string {
  return [
    `API fuzz, seed ${SEED}, ${PER_METHOD} per method: ${report.calls} calls (${report.validBases} one mutation off a valid input); ${report.answers.valid} valid answers, ${report.answers.rejected} typed rejections ${JSON.stringify(report.rejectedByCode)}`,
    `inputs by mutation: ${JSON.stringify(report.byMutation)}`,
    `failures by kind: ${JSON.stringify(report.failuresByKind)}`,
    `skipped: ${report.skipped.join(', ')}`,
    ...report.failures.slice(0, 40).map((f) => `  ${f.kind} in ${f.method} (${f.mutation}): ${f.detail}\n    input: ${f.input}`),
  ].join('\n');
}

describe('API fuzz: every method, bad inputs from its schema', () => {
  it(
    'answers a valid value or a typed error, leaks nothing and changes nothing on a rejection',
    async () => {
      const report = await runApiFuzz(app, { seed: SEED, perMethod: PER_METHOD, tempDir: dir, ...(METHODS ? { methods: METHODS } : {}) });
      console.log(summary(report));
      expect(report.calls).toBeGreaterThan(METHODS ? 0 : 100);
      expect(report.failures, summary(report)).toEqual([]);
    },
    60_000 + PER_METHOD * 10_000,
  );
});

describe('the fuzz itself', () => {
  it('notices an internal error with SQL in it, and a rejected call that changed rows', async () => {
    const broken: HandlerTable = {
      ...handlers,
      'people.list': () => {
        throw new Error('SQLITE_ERROR: near "SELECT": syntax error');
      },
      'services.list': ({ search }: { search?: string }, context) => {
        context.db.prepare("UPDATE people SET name = name || '!' WHERE id = 1").run();
        throw new AppError('invalid_input', `Nothing matches ${search ?? 'that'}`, 'search');
      },
    } as HandlerTable;
    const report = await runApiFuzz(app, { seed: 7, perMethod: 6, tempDir: dir, methods: ['people.list', 'services.list'], handlers: broken });
    expect(report.failuresByKind).toMatchObject({ internal: expect.any(Number), leak: expect.any(Number), 'changed-on-reject': expect.any(Number) });
  });
});
