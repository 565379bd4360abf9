import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/api/errors';
import type { BackupFile, WorkspaceInfo } from '../../shared/api/workspace-api';
import { backupsToKeep } from '../../shared/domain/backup-rotation';
import { describeBackupFile, listBackupFiles, verifyBackupFile } from '../db/backup-files';
import { integrityProblems, summariseProblems } from '../db/integrity';
import { closeWorkspaceDatabase, openReaderConnection, openWorkspaceDatabase, type OpenedDatabase } from '../db/open-workspace';
import { backupFileName, backupFolderFor, workspaceSizeBytes } from '../db/workspace-file';
import { populateDemoWorkspace } from '../demo/demo-workspace';
import type { Actor } from '../repositories/audit-repository';
import { getOrganisationName } from '../repositories/meta-repository';
import { defaultDataDir, defaultWorkspaceDir } from './app-paths';
import { AppStateStore } from './app-state';
import type { FilePurpose, HostAdapter } from './host';
import { appVersion } from './version';
import { clockFromEnv, type AppClock } from './app-clock';
import { TeamService } from '../team/team-service';

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
  /** Take the daily automatic backup when a workspace is opened; follows `rememberRecent` by default. */
  automaticBackups?: boolean;
}

/** An automatic backup is taken on open when the newest one is at least this old. */
const AUTOMATIC_BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

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
  private readonly automaticBackups: boolean;
  private current: OpenedDatabase | null = null;
  private reader: Database.Database | null = null;
  /** What the integrity check said after a read of the open file failed as corrupt. */
  private damage: string | null = null;
  private openedAt = '';
  private notice: string | null = null;
  private damagedAtStart: { path: string; message: string } | null = null;
  /** The team workspace of the open file (issue 15): status, publish, join, sync, conflicts. */
  readonly team = new TeamService(this);

  constructor(options: AppControllerOptions) {
    this.host = options.host;
    this.dataDir = options.dataDir ?? defaultDataDir();
    this.workspaceDir = options.workspaceDir ?? defaultWorkspaceDir();
    this.clock = options.clock ?? (options.now ? { now: options.now } : clockFromEnv());
    this.now = () => this.clock.now();
    this.rememberRecent = options.rememberRecent ?? true;
    this.automaticBackups = options.automaticBackups ?? this.rememberRecent;
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
    // In a team workspace, the person the connected PostgreSQL role is linked to.
    const member = this.current ? this.team.memberPerson() : undefined;
    if (member) return member;
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
    if (this.team.memberPerson()) {
      throw new AppError('forbidden', 'In a team workspace you are the person your team role is linked to; the publisher links roles to people.');
    }
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
            lastBackup: listBackupFiles(this.current.path).find((backup) => backup.kind !== 'damaged') ?? null,
            damage: this.damage,
          }
        : null,
      recent: this.state.get().recent.map((item) => ({ ...item, exists: fs.existsSync(item.path) })),
      notice: this.notice,
      damagedWorkspace: this.damagedAtStart,
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
    this.damage = null;
    this.damagedAtStart = null;
    this.openedAt = this.now().toISOString();
    this.notice = null;
    if (this.rememberRecent) this.state.rememberOpened(opened.path, this.openedAt);
    // A team replica captures its changes and syncs in the background while it is open.
    this.team.attach();
    return this.info();
  }

  private closeCurrent(): void {
    // What waits to be sent stays queued in the file; the connection to the team closes.
    void this.team.detach();
    this.reader?.close();
    this.reader = null;
    if (this.current) closeWorkspaceDatabase(this.current.db);
    this.current = null;
  }

  /**
   * A read-only second connection to the open workspace, opened on first use: reads that arrive
   * while an import holds the main connection run here, on the last committed data.
   */
  readerDb(): Database.Database {
    const file = this.current?.path;
    if (!file) throw new AppError('no_workspace', 'No workspace is open. Open or create one first.');
    this.reader ??= openReaderConnection(file);
    return this.reader;
  }

  async create(filePath: string, organisationName: string | null): Promise<WorkspaceInfo> {
    const target = this.resolveWorkspacePath(filePath);
    if (target === this.current?.path) throw new AppError('conflict', 'That workspace is already open.', 'path');
    return this.adopt(await openWorkspaceDatabase(target, { create: true, organisationName, now: this.now }));
  }

  /**
   * Create a workspace, let `fill` write its first contents, then open it. Until then the file is
   * this method's alone, so `fill` may hold a transaction across awaits (a team join does); the
   * open workspace stays open meanwhile. A failure removes the new file and changes nothing else.
   */
  async createFilled(filePath: string, organisationName: string | null, fill: (db: Database.Database) => Promise<void>): Promise<WorkspaceInfo> {
    const target = this.resolveWorkspacePath(filePath);
    if (target === this.current?.path) throw new AppError('conflict', 'That workspace is already open.', 'path');
    const opened = await openWorkspaceDatabase(target, { create: true, organisationName, now: this.now });
    try {
      await fill(opened.db);
    } catch (error) {
      closeWorkspaceDatabase(opened.db);
      removeWorkspaceFiles(target);
      throw error;
    }
    return this.adopt(opened);
  }

  async open(filePath: string): Promise<WorkspaceInfo> {
    const target = path.resolve(filePath);
    if (target === this.current?.path) return this.info();
    this.adopt(await openWorkspaceDatabase(target, { now: this.now }));
    await this.automaticBackupIfDue();
    return this.info();
  }

  /**
   * Once a day (by the app's clock) on open: copy the workspace with the online backup API, check
   * the copy (read-only `quick_check`), then thin the automatic backups to 7 daily, 4 weekly and
   * 12 monthly. Never touches other kinds. A failure becomes a notice, never a failed open.
   */
  private async automaticBackupIfDue(): Promise<void> {
    const current = this.current;
    if (!current || !this.automaticBackups) return;
    const automatic = () => listBackupFiles(current.path).filter((backup) => backup.kind === 'automatic');
    const newest = automatic()[0];
    if (newest && this.now().getTime() - Date.parse(newest.createdAt) < AUTOMATIC_BACKUP_INTERVAL_MS) return;
    let made: BackupFile | null = null;
    try {
      made = await this.backup(undefined, 'automatic');
      verifyBackupFile(made.path, made.fileName, 'quick');
    } catch (error) {
      if (made) fs.rmSync(made.path, { force: true });
      this.notice = `The daily automatic backup could not be made: ${(error as Error).message}`;
      return;
    }
    const all = automatic();
    const keep = new Set(backupsToKeep(all.map((backup) => ({ id: backup.path, createdAt: backup.createdAt }))));
    for (const backup of all) if (!keep.has(backup.path)) fs.rmSync(backup.path, { force: true });
  }

  /**
   * A read of the open file failed as corrupt: run the full check now so the message can say what
   * is wrong, and keep it so every screen can offer the backups. Answers the sentence to show.
   */
  noteCorruption(readError: string): string {
    const current = this.current;
    if (!current) return readError;
    if (this.damage === null) {
      let problems: string[];
      try {
        problems = integrityProblems(current.db, 'integrity_check');
      } catch (error) {
        problems = [(error as Error).message];
      }
      this.damage = summariseProblems(problems.length > 0 ? problems : [readError]);
    }
    return `${path.basename(current.path)} is damaged (SQLite reports: ${this.damage}). Nothing was saved. Restore the latest good backup in Settings › Backups.`;
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
      await this.openOrNote(last);
    } catch (error) {
      this.notice = `Could not reopen ${path.basename(last)}: ${(error as Error).message}`;
      this.state.rememberClosed();
    }
  }

  /**
   * Open at start (the last workspace, or `serve --db`): a damaged file does not stop the app; it
   * starts on the welcome screen, which offers that file's backups. Other failures are thrown.
   */
  async openOrNote(filePath: string): Promise<void> {
    try {
      await this.open(filePath);
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'workspace_damaged')) throw error;
      this.damagedAtStart = { path: path.resolve(filePath), message: error.message };
    }
  }

  async chooseFile(purpose: FilePurpose): Promise<string | null> {
    if (!this.host.chooseFile) {
      throw new AppError('unsupported', 'File dialogs exist only in the desktop app; type the file path instead.');
    }
    const suggested = purpose === 'restore' && this.current ? backupFolderFor(this.current.path) : this.workspaceDir;
    return this.host.chooseFile(purpose, suggested);
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
    const target = targetPath ? path.resolve(path.extname(targetPath) ? targetPath : `${targetPath}.sqlite`) : this.freeBackupPath(current.path, reason);
    if (target === current.path) throw new AppError('invalid_input', 'A backup cannot overwrite the workspace itself.', 'path');
    if (fs.existsSync(target)) throw new AppError('conflict', `${target} already exists; choose another name.`, 'path');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    try {
      await current.db.backup(target);
    } catch (error) {
      // A backup cut short (disk full, a write error) must not be left behind looking like a good one.
      fs.rmSync(target, { force: true });
      throw error;
    }
    return describeBackupFile(target);
  }

  /** Backups of the open workspace, or of the workspace file given (one that cannot be opened), newest first. */
  listBackups(workspacePath?: string): BackupFile[] {
    const target = workspacePath ? path.resolve(workspacePath) : this.current?.path;
    if (!target) throw new AppError('no_workspace', 'No workspace is open.');
    return listBackupFiles(target);
  }

  /**
   * Replace a workspace with a backup: the open one, or the file given (a damaged workspace that
   * cannot be opened). The backup is copied to a staging file and checked fully there (ours, not
   * newer, `integrity_check`) before anything is replaced; the current file is kept as a backup
   * first (a copy of the open one, or the damaged file itself moved aside); if the restored file
   * then fails to open, the previous one is put back. The chosen backup file is never changed, and
   * every message names it, not the staging copy.
   */
  async restore(backupPath: string, workspacePath?: string): Promise<WorkspaceInfo & { safetyBackup: BackupFile }> {
    const target = workspacePath ? path.resolve(workspacePath) : this.current?.path;
    if (!target) throw new AppError('no_workspace', 'Open the workspace you want to restore into first.');
    const source = path.resolve(backupPath);
    const shownName = path.basename(source);
    if (!fs.existsSync(source)) throw new AppError('not_found', `There is no backup at ${source}.`, 'backupPath');
    if (!fs.statSync(source).isFile()) throw new AppError('invalid_input', `${shownName} is a folder, not a backup file.`, 'backupPath');
    if (source === target) throw new AppError('invalid_input', `${shownName} is the workspace itself, not a backup of it.`, 'backupPath');

    const staging = path.join(path.dirname(target), `${path.parse(target).name}.restoring.sqlite`);
    const discardStaging = () => {
      removeWorkspaceFiles(staging);
      fs.rmSync(backupFolderFor(staging), { recursive: true, force: true });
    };
    const refused = (error: unknown) => {
      discardStaging();
      const body = error instanceof AppError ? error : new AppError('invalid_input', String((error as Error)?.message ?? error));
      const message = body.message.split(staging).join(source).split(path.basename(staging)).join(shownName);
      const code = body.code === 'workspace_damaged' ? 'workspace_damaged' : 'invalid_input';
      return new AppError(code, `That backup cannot be restored: ${message} The workspace was not changed.`, 'backupPath');
    };
    discardStaging();
    try {
      fs.copyFileSync(source, staging);
      verifyBackupFile(staging, shownName, 'full');
      // Upgrades an older backup on the copy; the full check just ran, so it is not repeated.
      closeWorkspaceDatabase((await openWorkspaceDatabase(staging, { now: this.now, checked: true })).db);
    } catch (error) {
      throw refused(error);
    }

    const restoringOpen = this.current?.path === target;
    const safetyBackup = restoringOpen ? await this.backup(undefined, 'before-restore') : this.setAsideDamaged(target);
    if (restoringOpen) this.closeCurrent();
    removeWorkspaceFiles(target);
    fs.renameSync(staging, target);
    discardStaging();
    try {
      return { ...this.adopt(await openWorkspaceDatabase(target, { now: this.now })), safetyBackup };
    } catch (error) {
      removeWorkspaceFiles(target);
      fs.copyFileSync(safetyBackup.path, target);
      if (restoringOpen) this.adopt(await openWorkspaceDatabase(target, { now: this.now }));
      throw error;
    }
  }

  /** Move a workspace that cannot be opened into its backups folder ("…-damaged.sqlite"), with its WAL. */
  private setAsideDamaged(workspacePath: string): BackupFile {
    if (!fs.existsSync(workspacePath)) throw new AppError('not_found', `There is no workspace at ${workspacePath}.`, 'workspacePath');
    if (this.current?.path === workspacePath) this.closeCurrent();
    const aside = this.freeBackupPath(workspacePath, 'damaged');
    fs.mkdirSync(path.dirname(aside), { recursive: true });
    fs.renameSync(workspacePath, aside);
    for (const suffix of ['-wal', '-shm']) {
      if (fs.existsSync(workspacePath + suffix)) fs.renameSync(workspacePath + suffix, aside + suffix);
    }
    return describeBackupFile(aside);
  }

  /** Close the workspace cleanly when the process ends, keeping it as the one to reopen. */
  shutdown(): void {
    this.closeCurrent();
  }
}
