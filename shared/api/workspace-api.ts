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
}

export interface BackupFile {
  path: string;
  fileName: string;
  createdAt: string;
  sizeBytes: number;
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
    input: noInput,
    effect: 'app',
    domains: ['workspace'],
    summary: 'Backups of the open workspace in its backups folder, newest first.',
  }),
  'workspace.restore': defineMethod<WorkspaceInfo & { safetyBackup: BackupFile }>()({
    input: z.object({ backupPath: filePath }).strict(),
    effect: 'app',
    domains: EVERY_DOMAIN,
    summary: 'Replace the open workspace with a backup, after backing up its current state.',
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
        organisationName: z
          .string({ error: 'must be text' })
          .trim()
          .min(1, 'is required')
          .max(200, 'must be at most 200 characters')
          .optional(),
        currentPersonId: idSchema.nullable().optional(),
      })
      .strict(),
    effect: 'write',
    domains: ['settings'],
    summary: 'Change the organisation name or who "I am".',
  }),
};
