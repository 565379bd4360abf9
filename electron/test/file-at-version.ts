import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../db/open-workspace';
import { WORKSPACE_APPLICATION_ID } from '../db/workspace-file';
import { makeTempDir } from './temp-workspace';

/**
 * A workspace file as version `version` of the app left it: migrated that far with foreign keys
 * on, marked cleanly closed, then filled by `seed` (SQL text, or a function for statements with
 * parameters). Every migration test starts from one of these, so "upgrade a file made by an
 * older version" means the same thing in each.
 */
export function fileAtVersion(version: number, seed: string | ((db: Database.Database) => void) = ''): string {
  const file = path.join(makeTempDir(), `v${version}.sqlite`);
  const db = new Database(file);
  try {
    db.pragma(`application_id = ${WORKSPACE_APPLICATION_ID}`);
    db.pragma('foreign_keys = ON');
    migrate(db, 0, version);
    db.prepare("INSERT INTO meta (key, value) VALUES ('organisation_name', 'Old Org'), ('clean_close', '1')").run();
    if (typeof seed === 'string') db.exec(seed);
    else seed(db);
  } finally {
    db.close();
  }
  return file;
}
