import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

/**
 * A hash of every table's rows. Costly on a big workspace, so the fuzz only takes it when the
 * connection's change counter moved (a rolled-back transaction moves it without changing a row).
 */
export function contentHash(db: Database.Database): string {
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  for (const table of tables) {
    hash.update(`\u0000${table}\u0000`);
    for (const row of db.prepare(`SELECT * FROM "${table}"`).raw().iterate())
      hash.update(JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : Buffer.isBuffer(v) ? v.toString('base64') : v)));
  }
  return hash.digest('hex');
}

/** Rows changed through this connection so far: cheap, and unchanged when nothing was written. */
export function changeCounter(db: Database.Database): number {
  return db.prepare('SELECT total_changes()').pluck().get() as number;
}

/** Every file under `dir` with its size, so a rejected call that wrote or removed a file shows up. */
export function folderListing(dir: string): string {
  const entries: string[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      // The open workspace's own -wal/-shm files grow and shrink with any read; they are SQLite's business.
      else if (!/-(wal|shm|journal)$/.test(entry.name)) entries.push(`${path.relative(dir, full)}:${fs.statSync(full).size}`);
    }
  };
  walk(dir);
  return entries.sort().join('\n');
}
