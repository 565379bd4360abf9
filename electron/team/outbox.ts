import type Database from 'better-sqlite3';
import type { WireChange } from './team-database';

/** A change waiting in the local outbox, as the team database will receive it. */
export interface WaitingChange extends WireChange {
  /** The outbox row (also the change's number at its origin). */
  originSeq: number;
}

interface OutboxRow {
  id: number;
  table_name: string;
  row_key: string;
  field: string;
  value_json: string | null;
  base_version: number;
  base_outbox_id: number | null;
  at: string | null;
  resolves_conflict: number | null;
}

/** How many changes wait to be sent. */
export function waitingCount(db: Database.Database): number {
  return db.prepare('SELECT count(*) FROM sync_outbox WHERE pushed_seq IS NULL').pluck().get() as number;
}

/**
 * The oldest waiting changes (at most `limit`), in team form: a reference to another record is
 * that record's row key. `actor` is the member sending them; `now` stamps changes made
 * outside the dispatcher (which has no write time).
 */
export function waitingChanges(db: Database.Database, limit: number, actor: string, now: string): WaitingChange[] {
  const rows = db
    .prepare(
      `SELECT id, table_name, row_key, field, value_json, base_version, base_outbox_id, at, resolves_conflict
         FROM sync_outbox WHERE pushed_seq IS NULL ORDER BY id LIMIT ?`,
    )
    .all(limit) as OutboxRow[];
  return rows.map((row) => ({
    originSeq: row.id,
    table: row.table_name,
    rowKey: row.row_key,
    field: row.field,
    value: teamValue(row),
    baseVersion: row.base_version,
    baseOriginSeq: row.base_outbox_id,
    actor,
    at: row.at ?? now,
    ...(row.resolves_conflict !== null ? { resolvesConflict: row.resolves_conflict } : {}),
  }));
}

/** The outbox holds values in team form already (the capture triggers translate references). */
function teamValue(row: OutboxRow): unknown {
  return row.value_json === null ? null : (JSON.parse(row.value_json) as unknown);
}
