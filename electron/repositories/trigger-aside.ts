import type Database from 'better-sqlite3';

/** A trigger dropped for a bulk write; `restore()` creates it again from its own stored SQL. */
export interface TriggerAside {
  restore(): void;
}

/**
 * Drop a per-row trigger while many rows go in (its work is then done once, by the caller, at the
 * end). Inside the caller's transaction only: a rollback brings the trigger back untouched, and
 * `restore()` recreates it from the SQL the file stored, so it never drifts from its migration.
 */
export function setTriggerAside(db: Database.Database, name: string, purpose: string): TriggerAside {
  // Outside a transaction DROP TRIGGER would commit at once and leave the trigger gone for good.
  if (!db.inTransaction) throw new Error(`${purpose} must run inside a transaction`);
  const triggerSql = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").pluck().get(name) as string | undefined;
  if (!triggerSql) throw new Error(`The trigger ${name} is missing from this workspace`);
  db.exec(`DROP TRIGGER ${name}`);
  return { restore: () => db.exec(triggerSql) };
}
