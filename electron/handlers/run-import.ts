import { progressReporter, type ProgressReporter } from '../io/import-progress';
import { writeInSlices, type ImportSteps } from '../io/write-in-slices';
import type { HandlerContext } from './handler-types';

interface ImportWork<P, R> {
  /** Reads and checks the file (writes nothing), saying when the file is read. */
  plan: (report: ProgressReporter) => Promise<P>;
  /** The rows the writes will go through, for "n of total". */
  rows: (plan: P) => number;
  /** The writes, yielding the rows written so far. */
  steps: (plan: P) => ImportSteps<R>;
}

/**
 * Every importer's run: read and check the file, then write it in one transaction (all or
 * nothing) while `imports.progress` tells the caller how far it has got.
 */
export async function runImport<P, R>(context: HandlerContext, progressId: string | undefined, work: ImportWork<P, R>): Promise<R> {
  const report = progressReporter(progressId);
  report({ phase: 'reading', done: 0, total: null });
  try {
    const plan = await work.plan(report);
    return await writeInSlices(context.app, context.db, () => work.steps(plan), work.rows(plan), report);
  } catch (error) {
    report({ phase: 'failed', done: 0, total: null });
    throw error;
  }
}
