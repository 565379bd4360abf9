import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/api/errors';
import { backupFolderFor } from './workspace-file';

/** A full `integrity_check` runs on open when the last one is this many days old or more. */
export const FULL_CHECK_INTERVAL_DAYS = 7;

/** The meta key holding when the last full integrity check passed (ISO instant, app clock). */
export const LAST_FULL_CHECK_KEY = 'last_full_integrity_check';

/** SQLite's own words for a damaged file: SQLITE_CORRUPT (and its extended codes) or SQLITE_NOTADB. */
export function isCorruptionError(error: unknown): boolean {
  const code = error && typeof error === 'object' && 'code' in error ? (error as { code: unknown }).code : undefined;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB'));
}

/** The one sentence a damaged workspace gets, wherever the damage is found. */
export function damagedWorkspaceError(filePath: string, details: string): AppError {
  return new AppError(
    'workspace_damaged',
    `${path.basename(filePath)} is damaged and cannot be used safely (SQLite reports: ${details}). Nothing in it was changed. ` +
      `Restore it from a backup in ${backupFolderFor(filePath)}.`,
    'path',
  );
}

/**
 * Run `quick_check` (structure of every page, ~1 s on a 250 MB workspace) or `integrity_check`
 * (also every index entry, ~4 s) and return the problems found; an empty list means healthy.
 * A check that cannot even read the file reports that as its problem.
 */
export function integrityProblems(db: Database.Database, kind: 'quick_check' | 'integrity_check'): string[] {
  try {
    const rows = db.pragma(kind) as Array<Record<string, string>>;
    return rows.map((row) => String(Object.values(row)[0])).filter((line) => line !== 'ok');
  } catch (error) {
    if (isCorruptionError(error)) return [(error as Error).message];
    throw error;
  }
}

/** Whether the full check is due: never run, unreadable date, or 7 days or more ago by the app's clock. */
export function fullCheckDue(lastFullCheck: string | undefined, now: Date): boolean {
  if (!lastFullCheck) return true;
  const last = Date.parse(lastFullCheck);
  if (Number.isNaN(last)) return true;
  return now.getTime() - last >= FULL_CHECK_INTERVAL_DAYS * 86_400_000;
}

/** Up to three problems in one line, for a message a person reads. */
export function summariseProblems(problems: readonly string[]): string {
  const shown = problems.slice(0, 3).join('; ');
  return problems.length > 3 ? `${shown}; and ${problems.length - 3} more` : shown;
}
