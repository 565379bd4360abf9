import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/api/errors';
import type { BackupFile, BackupKind } from '../../shared/api/workspace-api';
import { integrityProblems, isCorruptionError, summariseProblems } from './integrity';
import { latestSchemaVersion } from './migrations';
import { getNativeBinding } from './native-binding';
import { WORKSPACE_APPLICATION_ID, assertLooksLikeSqlite, backupFolderFor } from './workspace-file';

/** "<name>-20261124-061502-<reason>[-2].sqlite", as `backupFileName` writes them. */
const STAMPED_NAME = /-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-([a-z-]+?)(?:-\d+)?\.sqlite$/;

const KIND_BY_REASON: Record<string, BackupKind> = {
  automatic: 'automatic',
  'before-upgrade': 'before-upgrade',
  'before-restore': 'before-restore',
  damaged: 'damaged',
  manual: 'manual',
};

/** What a backup is and when it was taken: from the stamp in its name, else the file's own date. */
export function describeBackupFile(filePath: string): BackupFile {
  const stat = fs.statSync(filePath);
  const fileName = path.basename(filePath);
  const stamped = STAMPED_NAME.exec(fileName);
  const createdAt = stamped ? `${stamped[1]}-${stamped[2]}-${stamped[3]}T${stamped[4]}:${stamped[5]}:${stamped[6]}.000Z` : stat.mtime.toISOString();
  // A file copied into the folder by hand, or made by "Back up now", is the user's: never rotated away.
  const kind = (stamped && KIND_BY_REASON[stamped[7]!]) || 'manual';
  return { path: filePath, fileName, createdAt, sizeBytes: stat.size, kind };
}

/** Every backup beside a workspace (its "<name>-backups" folder), newest first. */
export function listBackupFiles(workspacePath: string): BackupFile[] {
  const folder = backupFolderFor(workspacePath);
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return []; // no backups folder yet
  }
  return names
    .filter((name) => name.endsWith('.sqlite'))
    .map((name) => path.join(folder, name))
    .filter((file) => fs.statSync(file).isFile())
    .map(describeBackupFile)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName));
}

/**
 * Check a backup file before it is trusted: an SQLite file, a ServiceLedger workspace, not from a
 * newer version, and intact (`integrity_check` before a restore, `quick_check` after writing an
 * automatic one). Opened read-only, so the file is never changed. Every message names `shownName`,
 * the file the user knows, even when `filePath` is a staging copy.
 */
export function verifyBackupFile(filePath: string, shownName: string, depth: 'quick' | 'full'): void {
  const named = (message: string) => message.split(path.basename(filePath)).join(shownName);
  if (fs.statSync(filePath).size === 0) {
    throw new AppError('workspace_incompatible', `${shownName} is an empty file, not a ServiceLedger workspace.`);
  }
  try {
    assertLooksLikeSqlite(filePath);
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, named(error.message));
    throw error;
  }
  const nativeBinding = getNativeBinding();
  let db: Database.Database | null = null;
  try {
    db = new Database(filePath, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (applicationId !== WORKSPACE_APPLICATION_ID) {
      throw new AppError('workspace_incompatible', `${shownName} is an SQLite database but not a ServiceLedger workspace.`);
    }
    if (version > latestSchemaVersion) {
      throw new AppError(
        'workspace_incompatible',
        `${shownName} was saved by a newer version of ServiceLedger (workspace format ${version}; this version reads up to ${latestSchemaVersion}).`,
      );
    }
    const problems = integrityProblems(db, depth === 'full' ? 'integrity_check' : 'quick_check');
    if (problems.length > 0) throw damagedBackup(shownName, summariseProblems(problems));
  } catch (error) {
    if (isCorruptionError(error)) throw damagedBackup(shownName, (error as Error).message);
    throw error;
  } finally {
    db?.close();
  }
}

function damagedBackup(shownName: string, details: string): AppError {
  return new AppError('workspace_damaged', `${shownName} is damaged (SQLite reports: ${details}).`);
}
