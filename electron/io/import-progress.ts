import type { ImportProgress } from '../../shared/api/catalogue-io-api';

/**
 * Progress of running imports, by the id the caller chose. Kept in memory: it only matters while
 * the import runs and just after. Finished runs are forgotten once more than KEEP are known.
 */
const runs = new Map<string, ImportProgress>();
const KEEP = 20;

/** Reports one import's progress; a no-op when the caller did not ask for progress. */
export type ProgressReporter = (progress: ImportProgress) => void;

/** Who else hears every report: the dispatcher worker passes them to the thread that answers `imports.progress`. */
const listeners = new Set<(progressId: string, progress: ImportProgress) => void>();

/** Hear every import's progress as it is reported; returns the way to stop. */
export function onImportProgress(listener: (progressId: string, progress: ImportProgress) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function progressReporter(progressId: string | undefined): ProgressReporter {
  if (!progressId) return () => {};
  return (progress) => {
    for (const listener of listeners) listener(progressId, progress);
    runs.delete(progressId);
    runs.set(progressId, progress);
    if (runs.size > KEEP) {
      for (const [id, run] of runs) {
        if (runs.size <= KEEP) break;
        if (run.phase === 'done' || run.phase === 'failed') runs.delete(id);
      }
    }
  };
}

export function importProgress(progressId: string): ImportProgress | null {
  return runs.get(progressId) ?? null;
}

/** The event loop's next turn: a progress request waiting on the host is answered there. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The file is parsed: say how many rows are now checked, and let a waiting progress request be answered first. */
export async function reportFileRead(report: ProgressReporter | undefined, rows: number): Promise<void> {
  if (!report) return;
  report({ phase: 'checking', done: 0, total: rows });
  await nextTurn();
}
