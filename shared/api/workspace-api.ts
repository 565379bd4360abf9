import { z } from 'zod';
import { defineMethod } from './define-method';
import { filePath, idSchema, noInput, optionalText } from './common-schemas';
import { EVERY_DOMAIN, NO_DOMAIN } from './data-domains';

/** Which shell serves the renderer, and what it can do that the other cannot. */
export interface HostInfo {
  kind: 'desktop' | 'browser';
  appVersion: string;
  /** Native open/save dialogs exist only in the desktop shell; the browser host asks for a path. */
  nativeFileDialogs: boolean;
  /** Where new workspaces and the demo are put unless the user says otherwise. */
  defaultDirectory: string;
  /** The app's clock at the moment of the answer (ISO instant): the renderer's "now" follows it. */
  now: string;
}

/** The open workspace as the status line and Settings show it. */
export interface OpenWorkspace {
  path: string;
  fileName: string;
  organisationName: string;
  schemaVersion: number;
  sizeBytes: number;
  openedAt: string;
  /** True when the previous session did not close the file cleanly and the integrity check ran. */
  recoveredFromUncleanClose: boolean;
  /** Where the automatic pre-migration backup went, when opening this file upgraded it. */
  migrationBackupPath: string | null;
  currentPerson: { id: number; name: string } | null;
  /** The newest backup in the backups folder (any kind but a set-aside damaged file), for the status line. */
  lastBackup: BackupFile | null;
  /** Set when a read found the open file damaged (SQLITE_CORRUPT): what the full check then said. */
  damage: string | null;
}

export interface RecentWorkspace {
  path: string;
  lastOpenedAt: string;
  exists: boolean;
}

export interface WorkspaceInfo {
  host: HostInfo;
  workspace: OpenWorkspace | null;
  recent: RecentWorkspace[];
  /** Something the user should know about the last start, e.g. the last workspace could not be reopened. */
  notice: string | null;
  /** A workspace that could not be opened at start because it is damaged: the welcome screen offers its backups. */
  damagedWorkspace: { path: string; message: string } | null;
}

/**
 * Why a backup exists: taken once a day on open (rotated: 7 daily, 4 weekly, 12 monthly), before a
 * format upgrade, before a restore, by hand ("Back up now" or a file put in the folder), or a
 * damaged workspace set aside when a backup replaced it. Only automatic ones are ever deleted.
 */
export type BackupKind = 'automatic' | 'before-upgrade' | 'before-restore' | 'manual' | 'damaged';

export interface BackupFile {
  path: string;
  fileName: string;
  /** When it was taken (the stamp in its name, on the app's clock), else the file's date. */
  createdAt: string;
  sizeBytes: number;
  kind: BackupKind;
}

export interface WorkspaceSettings {
  organisationName: string;
  currentPersonId: number | null;
}

export const workspaceApi = {
  'workspace.info': defineMethod<WorkspaceInfo>()({
    input: noInput,
    effect: 'app',
    domains: ['workspace', 'settings', 'people'],
    summary: 'The host, the open workspace (or none) and recently opened files.',
  }),
  'workspace.create': defineMethod<WorkspaceInfo>()({
    input: z.object({ path: filePath, organisationName: optionalText(200) }).strict(),
    effect: 'app',
    domains: EVERY_DOMAIN,
    summary: 'Create a new empty workspace file and open it. Refuses to overwrite an existing file.',
  }),
  'workspace.open': defineMethod<WorkspaceInfo>()({
    input: z.object({ path: filePath }).strict(),
    effect: 'app',
    domains: EVERY_DOMAIN,
    summary: 'Open an existing workspace file, upgrading it (after a backup) when it is older.',
  }),
  'workspace.openDemo': defineMethod<WorkspaceInfo>()({
    input: z.object({ reset: z.boolean().default(false) }).strict(),
    effect: 'app',
    domains: EVERY_DOMAIN,
    summary: 'Open the demo workspace, creating it with realistic data first if needed (or when reset).',
  }),
  'workspace.close': defineMethod<WorkspaceInfo>()({
    input: noInput,
    effect: 'app',
    domains: EVERY_DOMAIN,
    summary: 'Close the open workspace cleanly.',
  }),
  'workspace.forgetRecent': defineMethod<WorkspaceInfo>()({
    input: z.object({ path: filePath }).strict(),
    effect: 'app',
    domains: ['workspace'],
    summary: 'Remove a file from the recent list (the file itself is not touched).',
  }),
  'workspace.chooseFile': defineMethod<{ path: string | null }>()({
    input: z.object({ purpose: z.enum(['open', 'create', 'backup', 'restore']) }).strict(),
    effect: 'app',
    domains: NO_DOMAIN,
    summary: 'Show a native file dialog (desktop only) and return the chosen path, or null when cancelled.',
  }),
  'workspace.backup': defineMethod<BackupFile>()({
    input: z.object({ path: filePath.optional() }).strict(),
    effect: 'app',
    domains: ['workspace'],
    summary: 'Copy the open workspace with the SQLite online backup API, to a path or the backups folder.',
  }),
  'workspace.listBackups': defineMethod<BackupFile[]>()({
    input: z.object({ workspacePath: filePath.optional() }).strict(),
    effect: 'app',
    domains: ['workspace'],
    summary: 'Backups of the open workspace (or of the workspace file given, e.g. a damaged one) in its backups folder, newest first.',
  }),
  'workspace.restore': defineMethod<WorkspaceInfo & { safetyBackup: BackupFile }>()({
    input: z.object({ backupPath: filePath, workspacePath: filePath.optional() }).strict(),
    effect: 'app',
    domains: EVERY_DOMAIN,
    summary:
      'Replace the open workspace (or the workspace file given, e.g. a damaged one) with a backup, after checking the backup fully and keeping the current file as a backup.',
  }),
  'settings.get': defineMethod<WorkspaceSettings>()({
    input: noInput,
    effect: 'read',
    domains: ['settings', 'people'],
    summary: 'Organisation name and who "I am" on this machine.',
  }),
  'settings.update': defineMethod<WorkspaceSettings>()({
    input: z
      .object({
        organisationName: z.string({ error: 'must be text' }).trim().min(1, 'is required').max(200, 'must be at most 200 characters').optional(),
        currentPersonId: idSchema.nullable().optional(),
      })
      .strict(),
    effect: 'write',
    domains: ['settings'],
    summary: 'Change the organisation name or who "I am".',
  }),
};
