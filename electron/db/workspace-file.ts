import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';

/** PRAGMA application_id of every ServiceLedger workspace: "SLED" in ASCII. */
export const WORKSPACE_APPLICATION_ID = 0x534c4544;

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** Refuse, before SQLite sees it, a file that is not an SQLite database at all. */
export function assertLooksLikeSqlite(filePath: string): void {
  const handle = fs.openSync(filePath, 'r');
  try {
    const header = Buffer.alloc(16);
    const read = fs.readSync(handle, header, 0, 16, 0);
    if (read === 0) return; // an empty file is a new database
    if (read < 16 || header.toString('latin1') !== SQLITE_HEADER) {
      throw new AppError('workspace_incompatible', `${path.basename(filePath)} is not a ServiceLedger workspace: it is not an SQLite database file.`, 'path');
    }
  } finally {
    fs.closeSync(handle);
  }
}

/** The folder beside a workspace where its backups go: "<file>-backups". */
export function backupFolderFor(workspacePath: string): string {
  const parsed = path.parse(workspacePath);
  return path.join(parsed.dir, `${parsed.name}-backups`);
}

/** A new backup file name that sorts by time: "<name>-20261124-061502-<reason>.sqlite". */
export function backupFileName(workspacePath: string, reason: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${path.parse(workspacePath).name}-${stamp}-${reason}.sqlite`;
}

/** Size of a file in bytes, counting SQLite's write-ahead log which holds recent writes. */
export function workspaceSizeBytes(workspacePath: string): number {
  let total = 0;
  for (const suffix of ['', '-wal']) {
    try {
      total += fs.statSync(workspacePath + suffix).size;
    } catch {
      // the WAL may not exist
    }
  }
  return total;
}
