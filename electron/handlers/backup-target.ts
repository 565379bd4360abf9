import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import { backupFolderFor } from '../db/workspace-file';

/**
 * Where an API caller's backup path points. The API has no working folder a person could know
 * (the host's is wherever it was started), so a bare file name goes to the workspace's backups
 * folder and any other relative path is refused; an absolute path is used as given. (The CLI
 * resolves against the shell's folder itself, which is what a command-line user means.)
 */
export function backupTarget(requested: string | undefined, workspacePath: string | null): string | undefined {
  if (requested === undefined) return requested;
  // A backup is a workspace file: "register.csv" would be a SQLite file no spreadsheet opens.
  const extension = path.extname(requested);
  if (extension && extension.toLowerCase() !== '.sqlite') {
    throw new AppError('invalid_input', `A backup is a workspace file, so its name ends in .sqlite, not ${extension}.`, 'path');
  }
  if (path.isAbsolute(requested) || path.win32.isAbsolute(requested)) return requested;
  if (/[\\/]/.test(requested) || requested === '.' || requested === '..') {
    throw new AppError(
      'invalid_input',
      `"${requested}" is not a full path: give one like /home/me/backups/register.sqlite, or a bare file name for the workspace's backups folder.`,
      'path',
    );
  }
  if (!workspacePath) return requested; // app.backup says no workspace is open
  return path.join(backupFolderFor(workspacePath), requested);
}
