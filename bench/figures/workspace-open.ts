import Database from 'better-sqlite3';
import type { FigureFactory } from './figure';

/** Opening the workspace: the API checks, marks and remembers it; raw is a bare connection with the same pragmas. */
export const workspaceOpen: FigureFactory = ({ app, file, call }) => ({
  name: 'workspace.open',
  beforeApi: () => app.close(),
  api: () => call('workspace.open', { path: file }),
  raw: () => {
    const db = new Database(file, { fileMustExist: true });
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    return db;
  },
  afterRaw: (db) => (db as Database.Database).close(),
});
