import type Database from 'better-sqlite3';
import type { AppController } from '../app/app-controller';
import { callGate } from '../api/call-gate';
import { nextTurn, type ProgressReporter } from './import-progress';

/** How long, or how many rows, the import writes before it lets the host answer a progress request. */
const SLICE_MS = 40;
const SLICE_ROWS = 1000;

/** Steps of an import's writes: each yields the rows written so far; the return value is the result. */
export type ImportSteps<R> = Generator<number, R, void>;

/** Runs every step synchronously: for callers already inside a transaction (tests, one-shot writes). */
export function runSteps<R>(steps: ImportSteps<R>): R {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * Writes an import in ONE transaction, all or nothing, handing the event loop back every
 * SLICE_MS so `imports.progress` can say how many rows are written. The call gate holds every
 * other call until the transaction ends, so none sees or joins the half-written rows.
 */
export async function writeInSlices<R>(
  app: AppController,
  db: Database.Database,
  steps: () => ImportSteps<R>,
  total: number,
  report: ProgressReporter,
): Promise<R> {
  return callGate(app).exclusive(async () => {
    report({ phase: 'writing', done: 0, total });
    await nextTurn();
    db.exec('BEGIN IMMEDIATE');
    try {
      const run = steps();
      let sliceStart = performance.now();
      let sliceFrom = 0;
      let step = run.next();
      while (!step.done) {
        if (step.value - sliceFrom >= SLICE_ROWS || performance.now() - sliceStart > SLICE_MS) {
          report({ phase: 'writing', done: step.value, total });
          await nextTurn();
          sliceStart = performance.now();
          sliceFrom = step.value;
        }
        step = run.next();
      }
      db.exec('COMMIT');
      report({ phase: 'done', done: total, total });
      return step.value;
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  });
}
