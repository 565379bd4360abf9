import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/api/errors';
import { latestSchemaVersion, migrations, type Migration } from './migrations';
import { getNativeBinding } from './native-binding';
import { LAST_FULL_CHECK_KEY, damagedWorkspaceError, fullCheckDue, integrityProblems, isCorruptionError, summariseProblems } from './integrity';
import { WORKSPACE_APPLICATION_ID, assertLooksLikeSqlite, backupFileName, backupFolderFor } from './workspace-file';

export interface OpenedDatabase {
  db: Database.Database;
  path: string;
  schemaVersion: number;
  /** The previous session left the file open; `PRAGMA integrity_check` ran and passed. */
  recoveredFromUncleanClose: boolean;
  /** Which check ran on this open and passed: `quick_check` always, the full one when due. */
  integrityCheck: 'quick' | 'full' | 'none';
  /** The automatic backup taken before upgrading an older file, when one was needed. */
  migrationBackupPath: string | null;
}

export interface OpenOptions {
  /** Create a new workspace; refuses when a non-empty file is already there. */
  create?: boolean;
  /** Organisation name written into a newly created workspace. */
  organisationName?: string | null;
  now?: () => Date;
  /** Run the full `integrity_check` even when it is not due (the `check` command). */
  fullCheck?: boolean;
  /** The caller has just run the full check on this very file (a restore's staging copy): skip it. */
  checked?: boolean;
}

function connect(filePath: string, fileMustExist: boolean): Database.Database {
  const nativeBinding = getNativeBinding();
  try {
    return new Database(filePath, nativeBinding ? { fileMustExist, nativeBinding } : { fileMustExist });
  } catch (error) {
    throw new AppError('workspace_incompatible', `${path.basename(filePath)} could not be opened: ${(error as Error).message}`, 'path');
  }
}

function hasTables(db: Database.Database): boolean {
  return db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").pluck().get() !== 0;
}

function readMeta(db: Database.Database, key: string): string | undefined {
  return db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined;
}

function writeMeta(db: Database.Database, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Check the file is a workspace this build can read; returns its schema version. */
function checkCompatibility(db: Database.Database, filePath: string): number {
  const fileName = path.basename(filePath);
  let applicationId: number;
  let version: number;
  try {
    applicationId = db.pragma('application_id', { simple: true }) as number;
    version = db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    if (isCorruptionError(error)) throw error; // ours, but damaged: said as such by the caller
    throw new AppError('workspace_incompatible', `${fileName} is not a ServiceLedger workspace: ${(error as Error).message}.`, 'path');
  }
  const isFresh = applicationId === 0 && version === 0 && !hasTables(db);
  if (!isFresh && applicationId !== WORKSPACE_APPLICATION_ID) {
    throw new AppError('workspace_incompatible', `${fileName} is an SQLite database but not a ServiceLedger workspace, so it was left untouched.`, 'path');
  }
  if (version > latestSchemaVersion) {
    throw new AppError(
      'workspace_incompatible',
      `${fileName} was saved by a newer version of ServiceLedger (workspace format ${version}; this version reads up to ${latestSchemaVersion}). Update ServiceLedger to open it.`,
      'path',
    );
  }
  return version;
}

/**
 * `quick_check` on every open; the full `integrity_check` after an unclean close, when asked,
 * or when the last full one is 7+ days old by the app's clock (its date is kept in `meta`).
 */
function checkIntegrity(db: Database.Database, filePath: string, full: boolean): void {
  const problems = integrityProblems(db, full ? 'integrity_check' : 'quick_check');
  if (problems.length > 0) throw damagedWorkspaceError(filePath, summariseProblems(problems));
}

/** Apply every migration above `from`, each in its own transaction together with its version bump. */
export function migrate(db: Database.Database, from: number, to = latestSchemaVersion, steps: readonly Migration[] = migrations): void {
  for (const migration of steps) {
    if (migration.version <= from || migration.version > to) continue;
    // foreign_keys cannot change inside a transaction: switch it off around a rebuilding step.
    const foreignKeysWereOn = db.pragma('foreign_keys', { simple: true }) === 1;
    if (migration.rebuildsReferencedTable) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        migration.up(db);
        if (migration.rebuildsReferencedTable) {
          const broken = db.pragma('foreign_key_check') as Array<{ table: string }>;
          if (broken.length) throw new Error(`migration ${migration.version} left ${broken.length} broken references (first in ${broken[0]!.table})`);
        }
        db.pragma(`user_version = ${migration.version}`);
      })();
    } finally {
      if (migration.rebuildsReferencedTable && foreignKeysWereOn) db.pragma('foreign_keys = ON');
    }
  }
}

async function backupBeforeMigration(db: Database.Database, filePath: string, now: Date): Promise<string> {
  const folder = backupFolderFor(filePath);
  fs.mkdirSync(folder, { recursive: true });
  const target = path.join(folder, backupFileName(filePath, 'before-upgrade', now));
  await db.backup(target);
  return target;
}

/**
 * Open (or create) a workspace file: check it is ours and not from a newer version, run
 * `integrity_check` if it was not closed cleanly, back it up and migrate it if it is older,
 * and mark it open so an unclean close is noticed next time.
 */
export async function openWorkspaceDatabase(filePath: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const now = options.now ?? (() => new Date());
  const absolute = path.resolve(filePath);
  const exists = fs.existsSync(absolute);
  if (options.create) {
    if (exists && fs.statSync(absolute).size > 0) {
      throw new AppError('conflict', `A file named ${path.basename(absolute)} already exists there. Choose another name or open it instead.`, 'path');
    }
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
  } else {
    if (!exists) throw new AppError('not_found', `There is no file at ${absolute}.`, 'path');
    if (fs.statSync(absolute).isDirectory()) throw new AppError('invalid_input', `${absolute} is a folder, not a workspace file.`, 'path');
    assertLooksLikeSqlite(absolute);
  }

  const db = connect(absolute, !options.create);
  try {
    return await prepareOpened(db, absolute, options, now);
  } catch (error) {
    db.close();
    // A damaged page can surface in any read above (schema, meta, the checks): one sentence for all.
    if (isCorruptionError(error)) throw damagedWorkspaceError(absolute, (error as Error).message);
    throw error;
  }
}

async function prepareOpened(db: Database.Database, absolute: string, options: OpenOptions, now: () => Date): Promise<OpenedDatabase> {
  const version = checkCompatibility(db, absolute);
  if (!options.create && version === 0) {
    throw new AppError('workspace_incompatible', `${path.basename(absolute)} is an empty file, not a ServiceLedger workspace.`, 'path');
  }
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // FULL: every commit is on disk before the API answers, so an OS crash or power cut cannot take
  // back an acknowledged save. ~7-10 ms per save, one fsync per import (docs/durability.md).
  db.pragma('synchronous = FULL');
  // Up to 64 MB of pages in memory (SQLite's default is 2 MB): a 100,000-risk register is
  // ~160 MB on disk, and searches and filters revisit the same pages keystroke after keystroke.
  db.pragma('cache_size = -65536');

  const recovered = version > 0 && readMeta(db, 'clean_close') === '0';
  let integrityCheck: OpenedDatabase['integrityCheck'] = 'none';
  if (version > 0 && !options.checked) {
    const full = recovered || options.fullCheck === true || fullCheckDue(readMeta(db, LAST_FULL_CHECK_KEY), now());
    checkIntegrity(db, absolute, full);
    integrityCheck = full ? 'full' : 'quick';
  }
  let migrationBackupPath: string | null = null;
  if (version > 0 && version < latestSchemaVersion) {
    migrationBackupPath = await backupBeforeMigration(db, absolute, now());
  }
  if (version === 0) db.pragma(`application_id = ${WORKSPACE_APPLICATION_ID}`);
  migrate(db, version);
  if (version === 0) {
    db.transaction(() => {
      writeMeta(db, 'created_at', now().toISOString());
      writeMeta(db, 'organisation_name', options.organisationName?.trim() || 'My organisation');
    })();
  }
  // A new file has nothing to check; an old one passed its full check just now.
  if (version === 0 || integrityCheck === 'full') writeMeta(db, LAST_FULL_CHECK_KEY, now().toISOString());
  writeMeta(db, 'clean_close', '0');
  return { db, path: absolute, schemaVersion: latestSchemaVersion, recoveredFromUncleanClose: recovered, integrityCheck, migrationBackupPath };
}

/**
 * A second, read-only connection to an open workspace (WAL): it reads the last committed state
 * while the main connection holds a long import's transaction, instead of waiting for it.
 */
export function openReaderConnection(filePath: string): Database.Database {
  const nativeBinding = getNativeBinding();
  const db = new Database(filePath, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  return db;
}

/** Close a workspace cleanly: mark it closed, fold the WAL back into the file, release it. */
export function closeWorkspaceDatabase(db: Database.Database): void {
  if (!db.open) return;
  try {
    writeMeta(db, 'clean_close', '1');
    // Refresh the planner's statistics where they went stale, so register queries keep their indexes.
    db.pragma('optimize');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

export { readMeta, writeMeta };
