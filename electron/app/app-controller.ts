import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/api/errors';
import type { BackupFile, WorkspaceInfo } from '../../shared/api/workspace-api';
import { closeWorkspaceDatabase, openWorkspaceDatabase, type OpenedDatabase } from '../db/open-workspace';
import { backupFileName, backupFolderFor, workspaceSizeBytes } from '../db/workspace-file';
import { populateDemoWorkspace } from '../demo/demo-workspace';
import type { Actor } from '../repositories/audit-repository';
import { getOrganisationName } from '../repositories/meta-repository';
import { defaultDataDir, defaultWorkspaceDir } from './app-paths';
import { AppStateStore } from './app-state';
import type { FilePurpose, HostAdapter } from './host';
import { appVersion } from './version';
import { clockFromEnv, type AppClock } from './app-clock';

export interface AppControllerOptions {
  host: HostAdapter;
  dataDir?: string;
  workspaceDir?: string;
  /** The app's clock; `SERVICELEDGER_NOW` or the system clock by default. */
  clock?: AppClock;
  /** Shorthand for a clock: a function answering this moment (tests). */
  now?: () => Date;
  /** One-shot CLI commands open files without making them the user's "last workspace". */
  rememberRecent?: boolean;
}

const DEMO_FILE_NAME = 'ServiceLedger demo.sqlite';

function removeWorkspaceFiles(filePath: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(filePath + suffix, { force: true });
}

/**
 * The app's one open workspace and everything that changes which file it is:
 * create, open, demo, close, backup and restore. Each transport holds one of these.
 */
export class AppController {
  readonly host: HostAdapter;
  readonly dataDir: string;
  readonly workspaceDir: string;
  private readonly state: AppStateStore;
  /** The one clock handlers, stamps and backups read. */
  readonly clock: AppClock;
  private readonly now: () => Date;
  private readonly rememberRecent: boolean;
  private current: OpenedDatabase | null = null;
  private openedAt = '';
  private notice: string | null = null;

  constructor(options: AppControllerOptions) {
    this.host = options.host;
    this.dataDir = options.dataDir ?? defaultDataDir();
    this.workspaceDir = options.workspaceDir ?? defaultWorkspaceDir();
    this.clock = options.clock ?? (options.now ? { now: options.now } : clockFromEnv());
    this.now = () => this.clock.now();
    this.rememberRecent = options.rememberRecent ?? true;
    this.state = new AppStateStore(path.join(this.dataDir, 'state.json'));
  }

  /** The open database; a `no_workspace` error when none is open. */
  get db(): Database.Database {
    if (!this.current) throw new AppError('no_workspace', 'No workspace is open. Open or create one first.');
    return this.current.db;
  }

  get workspacePath(): string | null {
    return this.current?.path ?? null;
  }

  /** Who changes are recorded against: the chosen person, else this computer's account. */
  actor(): Actor {
    if (this.current) {
      const id = this.state.actorFor(this.current.path);
      if (id !== null) {
        const name = this.current.db.prepare('SELECT name FROM people WHERE id = ?').pluck().get(id) as string | undefined;
        if (name !== undefined) return { id, name };
      }
    }
    return { id: null, name: `${os.userInfo().username} (no person chosen)` };
  }

  setActor(personId: number | null): void {
    if (!this.current) throw new AppError('no_workspace', 'No workspace is open.');
    this.state.setActor(this.current.path, personId);
  }

  actorId(): number | null {
    return this.current ? this.state.actorFor(this.current.path) : null;
  }

  info(): WorkspaceInfo {
    const actor = this.current ? this.actor() : null;
    return {
      host: {
        kind: this.host.kind,
        appVersion,
        nativeFileDialogs: Boolean(this.host.chooseFile),
        defaultDirectory: this.workspaceDir,
        now: this.now().toISOString(),
      },
      workspace: this.current
        ? {
            path: this.current.path,
            fileName: path.basename(this.current.path),
            organisationName: getOrganisationName(this.current.db),
            schemaVersion: this.current.schemaVersion,
            sizeBytes: workspaceSizeBytes(this.current.path),
            openedAt: this.openedAt,
            recoveredFromUncleanClose: this.current.recoveredFromUncleanClose,
            migrationBackupPath: this.current.migrationBackupPath,
            currentPerson: actor && actor.id !== null ? { id: actor.id, name: actor.name } : null,
          }
        : null,
      recent: this.state.get().recent.map((item) => ({ ...item, exists: fs.existsSync(item.path) })),
      notice: this.notice,
    };
  }

  /** A bare name becomes "<default folder>/<name>.sqlite"; a path gets ".sqlite" if it has no extension. */
  resolveWorkspacePath(input: string): string {
    const withFolder = path.isAbsolute(input) || input.includes('/') || input.includes('\\') ? input : path.join(this.workspaceDir, input);
    return path.resolve(path.extname(withFolder) ? withFolder : `${withFolder}.sqlite`);
  }

  private adopt(opened: OpenedDatabase): WorkspaceInfo {
    this.closeCurrent();
    this.current = opened;
    this.openedAt = this.now().toISOString();
    this.notice = null;
    if (this.rememberRecent) this.state.rememberOpened(opened.path, this.openedAt);
    return this.info();
  }

  private closeCurrent(): void {
    if (this.current) closeWorkspaceDatabase(this.current.db);
    this.current = null;
  }

  async create(filePath: string, organisationName: string | null): Promise<WorkspaceInfo> {
    const target = this.resolveWorkspacePath(filePath);
    if (target === this.current?.path) throw new AppError('conflict', 'That workspace is already open.', 'path');
    return this.adopt(await openWorkspaceDatabase(target, { create: true, organisationName, now: this.now }));
  }

  async open(filePath: string): Promise<WorkspaceInfo> {
    const target = path.resolve(filePath);
    if (target === this.current?.path) return this.info();
    return this.adopt(await openWorkspaceDatabase(target, { now: this.now }));
  }

  /** Open the demo, first building it when it is missing or a reset is asked for. */
  async openDemo(reset: boolean): Promise<WorkspaceInfo> {
    const target = path.join(this.workspaceDir, DEMO_FILE_NAME);
    if (!reset && fs.existsSync(target)) return this.open(target);
    if (this.current?.path === target) this.closeCurrent();
    removeWorkspaceFiles(target);
    const opened = await openWorkspaceDatabase(target, { create: true, organisationName: 'Northwind Health Trust', now: this.now });
    try {
      opened.db.transaction(() => populateDemoWorkspace(opened.db, this.now()))();
    } catch (error) {
      closeWorkspaceDatabase(opened.db);
      removeWorkspaceFiles(target);
      throw error;
    }
    return this.adopt(opened);
  }

  close(): WorkspaceInfo {
    this.closeCurrent();
    this.state.rememberClosed();
    return this.info();
  }

  forgetRecent(filePath: string): WorkspaceInfo {
    this.state.forget(filePath);
    return this.info();
  }

  /** Reopen the workspace that was open when the app last quit; a failure becomes a notice, not a crash. */
  async reopenLast(): Promise<void> {
    const last = this.state.get().lastWorkspace;
    if (!last || this.current) return;
    try {
      await this.open(last);
    } catch (error) {
      this.notice = `Could not reopen ${path.basename(last)}: ${(error as Error).message}`;
      this.state.rememberClosed();
    }
  }

  async chooseFile(purpose: FilePurpose): Promise<string | null> {
    if (!this.host.chooseFile) {
      throw new AppError('unsupported', 'File dialogs exist only in the desktop app; type the file path instead.');
    }
    const suggested = purpose === 'restore' && this.current ? backupFolderFor(this.current.path) : this.workspaceDir;
    return this.host.chooseFile(purpose, suggested);
  }

  private describeBackup(filePath: string): BackupFile {
    const stat = fs.statSync(filePath);
    return { path: filePath, fileName: path.basename(filePath), createdAt: stat.mtime.toISOString(), sizeBytes: stat.size };
  }

  /** A name in the backups folder not yet taken: two backups in the same second get "-2", "-3"… */
  private freeBackupPath(workspacePath: string, reason: string): string {
    const base = path.join(backupFolderFor(workspacePath), backupFileName(workspacePath, reason, this.now()));
    let candidate = base;
    for (let n = 2; fs.existsSync(candidate); n += 1) candidate = base.replace(/\.sqlite$/, `-${n}.sqlite`);
    return candidate;
  }

  /** Copy the open workspace with SQLite's online backup API (safe while it is in use). */
  async backup(targetPath?: string, reason = 'manual'): Promise<BackupFile> {
    const current = this.current;
    if (!current) throw new AppError('no_workspace', 'No workspace is open, so there is nothing to back up.');
    const target = targetPath
      ? path.resolve(path.extname(targetPath) ? targetPath : `${targetPath}.sqlite`)
      : this.freeBackupPath(current.path, reason);
    if (target === current.path) throw new AppError('invalid_input', 'A backup cannot overwrite the workspace itself.', 'path');
    if (fs.existsSync(target)) throw new AppError('conflict', `${target} already exists; choose another name.`, 'path');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await current.db.backup(target);
    return this.describeBackup(target);
  }

  listBackups(): BackupFile[] {
    const current = this.current;
    if (!current) throw new AppError('no_workspace', 'No workspace is open.');
    const folder = backupFolderFor(current.path);
    if (!fs.existsSync(folder)) return [];
    return fs
      .readdirSync(folder)
      .filter((name) => name.endsWith('.sqlite'))
      .map((name) => this.describeBackup(path.join(folder, name)))
      .sort((a, b) => b.fileName.localeCompare(a.fileName));
  }

  /**
   * Replace the open workspace with a backup. The backup is checked (and upgraded) on a copy,
   * the current state is backed up first, and it is put back if anything fails, so a restore
   * can always be undone and never alters the backup file itself.
   */
  async restore(backupPath: string): Promise<WorkspaceInfo & { safetyBackup: BackupFile }> {
    const current = this.current;
    if (!current) throw new AppError('no_workspace', 'Open the workspace you want to restore into first.');
    const source = path.resolve(backupPath);
    if (!fs.existsSync(source)) throw new AppError('not_found', `There is no backup at ${source}.`, 'backupPath');
    const workspacePath = current.path;
    const staging = path.join(path.dirname(workspacePath), `${path.parse(workspacePath).name}.restoring.sqlite`);
    const discardStaging = () => {
      removeWorkspaceFiles(staging);
      fs.rmSync(backupFolderFor(staging), { recursive: true, force: true });
    };
    discardStaging();
    fs.copyFileSync(source, staging);
    try {
      closeWorkspaceDatabase((await openWorkspaceDatabase(staging, { now: this.now })).db);
    } catch (error) {
      discardStaging();
      const message = error instanceof AppError ? error.message : String(error);
      throw new AppError('invalid_input', `That backup cannot be restored: ${message}`, 'backupPath');
    }

    const safetyBackup = await this.backup(undefined, 'before-restore');
    this.closeCurrent();
    removeWorkspaceFiles(workspacePath);
    fs.renameSync(staging, workspacePath);
    discardStaging();
    try {
      return { ...this.adopt(await openWorkspaceDatabase(workspacePath, { now: this.now })), safetyBackup };
    } catch (error) {
      removeWorkspaceFiles(workspacePath);
      fs.copyFileSync(safetyBackup.path, workspacePath);
      this.adopt(await openWorkspaceDatabase(workspacePath, { now: this.now }));
      throw error;
    }
  }

  /** Close the workspace cleanly when the process ends, keeping it as the one to reopen. */
  shutdown(): void {
    this.closeCurrent();
  }
}
