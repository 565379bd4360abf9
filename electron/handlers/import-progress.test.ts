import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../shared/api/catalogue-io-api';
import type { AppController } from '../app/app-controller';
import { call, callError } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function register(rows: number, badRow?: number): string {
  const lines = ['Risk ID,Risk,Likelihood,Impact'];
  for (let i = 1; i <= rows; i += 1) lines.push(`R-${i},Risk number ${i},${i === badRow ? 'Sometimes-ish' : (i % 5) + 1},${(i % 4) + 1}`);
  return lines.join('\n');
}

/** Asks for the progress on every turn of the event loop until the import call settles. */
async function watch<T>(
  app: AppController,
  progressId: string,
  run: Promise<T>,
  onProgress?: (progress: ImportProgress) => void,
): Promise<{ seen: ImportProgress[]; outcome: T }> {
  let settled = false;
  const tracked = run.finally(() => (settled = true));
  const seen: ImportProgress[] = [];
  while (!settled) {
    const progress = await call(app, 'imports.progress', { progressId });
    if (progress && JSON.stringify(progress) !== JSON.stringify(seen.at(-1))) {
      seen.push(progress);
      onProgress?.(progress);
    }
    await nextTurn();
  }
  return { seen, outcome: await tracked };
}

describe('import progress', () => {
  it('says the rows read, then the rows written out of all, while a risk import runs, and ends done', async () => {
    const { app } = await makeAppWithWorkspace();
    const progressId = 'risks-import-1';
    const { seen, outcome } = await watch(app, progressId, call(app, 'risks.import', { fileName: 'big.csv', contentBase64: b64(register(5000)), progressId }));
    expect(outcome.created).toBe(5000);
    expect(seen.map((p) => p.phase)[0]).toBe('reading');
    // Phases only move forward (checking may pass between two questions on a small file).
    const order = ['reading', 'checking', 'writing', 'done'];
    const phases = seen.map((p) => order.indexOf(p.phase));
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
    const writing = seen.filter((p) => p.phase === 'writing');
    // Written in slices of at most 1,000 rows: the count is seen part-way, and only grows.
    expect(writing.some((p) => p.done > 0 && p.done < 5000)).toBe(true);
    expect(writing.map((p) => p.done)).toEqual([...writing.map((p) => p.done)].sort((a, b) => a - b));
    expect(writing.every((p) => p.total === 5000)).toBe(true);
    expect(await call(app, 'imports.progress', { progressId })).toEqual({ phase: 'done', done: 5000, total: 5000 });
    expect(await call(app, 'imports.progress', { progressId: 'never-started' })).toBeNull();
  });

  it('keeps the import one transaction: a call made while rows are written waits and sees all of them or none', async () => {
    const { app } = await makeAppWithWorkspace();
    const progressId = 'risks-import-2';
    let during: Promise<{ total: number }> | null = null;
    await watch(app, progressId, call(app, 'risks.import', { fileName: 'big.csv', contentBase64: b64(register(4000)), progressId }), (progress) => {
      if (!during && progress.phase === 'writing' && progress.done > 0) during = call(app, 'risks.list', { limit: 1 });
    });
    expect(during).not.toBeNull();
    expect((await during!).total).toBe(4000);
  });

  it('reports failed and writes nothing when a row has a problem (all or nothing)', async () => {
    const { app } = await makeAppWithWorkspace();
    const progressId = 'risks-import-3';
    const error = await callError(app, 'risks.import', { fileName: 'bad.csv', contentBase64: b64(register(3000, 2500)), progressId });
    expect(error.message).toMatch(/nothing was imported/);
    expect(await call(app, 'imports.progress', { progressId })).toMatchObject({ phase: 'failed' });
    expect(app.db.prepare('SELECT count(*) FROM risks').pluck().get()).toBe(0);
  });

  it('refuses a progress id that could be anything', async () => {
    const { app } = await makeAppWithWorkspace();
    expect(await callError(app, 'imports.progress', { progressId: '../x' })).toMatchObject({ field: 'progressId' });
  });
});
