import type Database from 'better-sqlite3';
import { writeMeta } from '../db/open-workspace';

/** Fill a new workspace with the demo organisation's records. Runs inside the caller's transaction. */
export function populateDemoWorkspace(db: Database.Database, now: Date): void {
  const at = now.toISOString();
  writeMeta(db, 'organisation_name', 'Northwind Health Trust');
  const insert = db.prepare('INSERT INTO people (name, email, role, active, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)');
  insert.run('Alex Morgan', 'alex.morgan@northwind.example', 'Head of IT', at, at);
}
