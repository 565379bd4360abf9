import path from 'node:path';
import type { ApiErrorBody } from '../../shared/api/errors';

// What a person can do about each refusal of the operating system, in words instead of errno codes.
const REASONS: Record<string, string> = {
  ENOENT: 'a folder on the way does not exist',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'that is a folder, not a file',
  EACCES: 'you do not have permission to write there',
  EPERM: 'the operating system does not allow it there',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  ENAMETOOLONG: 'the name is too long for the file system',
  EEXIST: 'something of that name is already there',
  EBUSY: 'it is in use by another program',
  EMFILE: 'too many files are open; close some programs and try again',
  ENFILE: 'too many files are open; close some programs and try again',
  EIO: 'the disk reported a read or write error',
  EXDEV: 'it cannot be moved across disks',
};

// SQLite's own file errors (an online backup or open that the file system refused).
const SQLITE_REASONS: Record<string, string> = {
  SQLITE_CANTOPEN: 'the file could not be opened or created there',
  SQLITE_FULL: 'the disk is full',
  SQLITE_IOERR: 'the disk reported a read or write error',
  SQLITE_PERM: 'you do not have permission to write there',
};

/**
 * A failure of the file system (a Node `fs` call or SQLite's file layer) as a typed error a person
 * can act on: which file (by name, never the full path) and why. Null for anything else.
 */
export function fileSystemErrorToBody(error: unknown): ApiErrorBody | null {
  if (!error || typeof error !== 'object' || !('code' in error) || typeof error.code !== 'string') return null;
  const { code } = error;
  const sqliteReason = Object.entries(SQLITE_REASONS).find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`))?.[1];
  if (sqliteReason) return { code: 'file_system', message: `The file could not be written: ${sqliteReason}. Nothing was saved.` };
  if (!('syscall' in error)) return null;
  // Making a folder where a file already stands fails with EEXIST, though nothing "already exists" to the user.
  const reason = error.syscall === 'mkdir' && code === 'EEXIST' ? REASONS.ENOTDIR : REASONS[code];
  if (!reason) return null;
  const file = 'path' in error && typeof error.path === 'string' ? path.basename(error.path) : null;
  return { code: 'file_system', message: `${file ? `“${file}”` : 'The file'} could not be used: ${reason}. Nothing was saved.` };
}
