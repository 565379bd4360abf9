import type Database from 'better-sqlite3';
import type { SyncLogEntry, TeamConflictView } from '../../shared/team/team-types';
import type { WireValues } from './wire-values';

/** How a record is named to a person: its code, name or title where it has one. */
export function recordLabel(db: Database.Database, wire: WireValues, tableName: string, rowKey: string): string {
  const table = wire.table(tableName);
  if (!table) return rowKey;
  if (table.kind === 'natural') return rowKey;
  const id = wire.localId(tableName, rowKey);
  if (id === undefined) return '(deleted)';
  if (!table.labelColumn) return `#${id}`;
  const label = db.prepare(`SELECT "${table.labelColumn}" FROM "${tableName}" WHERE id = ?`).pluck().get(id) as string | undefined;
  return label ?? '(deleted)';
}

interface LogRow {
  seq: number | null;
  direction: SyncLogEntry['direction'];
  at: string | null;
  actor: string;
  table_name: string;
  row_key: string;
  field: string;
  outcome: string | null;
  note: string | null;
}

/**
 * The sync log, newest first: what this replica sent (or still has to send) and what it received.
 * Audit entries and last-changed stamps travel like anything else but are left out: each edit
 * already has its own line.
 */
export function syncLog(db: Database.Database, wire: WireValues, input: { limit: number; beforeSeq?: number | undefined }, member: string): SyncLogEntry[] {
  // Waiting changes (no number yet) come first, on the first page only.
  const before = input.beforeSeq ?? Number.MAX_SAFE_INTEGER;
  const waitingToo = input.beforeSeq === undefined ? 1 : 0;
  const rows = db
    .prepare(
      `SELECT * FROM (
         SELECT pushed_seq AS seq, CASE WHEN pushed_seq IS NULL THEN 'waiting' ELSE 'sent' END AS direction, at, ? AS actor,
                table_name, row_key, field, outcome, NULL AS note, id AS local_order
           FROM sync_outbox WHERE (pushed_seq IS NULL AND ? = 1 OR pushed_seq < ?) AND table_name <> 'audit_log' AND field <> 'updated_at'
         UNION ALL
         SELECT seq, 'received', at, actor, table_name, row_key, field, outcome, note, NULL FROM sync_received WHERE seq < ? AND table_name <> 'audit_log' AND field <> 'updated_at'
       ) ORDER BY coalesce(seq, 9007199254740991) DESC, local_order DESC LIMIT ?`,
    )
    .all(member, waitingToo, before, before, input.limit) as LogRow[];
  return rows.map((row) => ({
    seq: row.seq,
    direction: row.direction,
    at: row.at ?? '',
    actor: row.actor,
    table: row.table_name,
    recordLabel: recordLabel(db, wire, row.table_name, row.row_key),
    field: row.field,
    outcome: (row.outcome ?? 'waiting') as SyncLogEntry['outcome'],
    note: row.note,
  }));
}

/** The open conflicts as last fetched from the team, oldest first. */
export function conflictViews(db: Database.Database, wire: WireValues): TeamConflictView[] {
  const rows = db.prepare('SELECT * FROM sync_conflicts ORDER BY id').all() as Array<{
    id: number;
    table_name: string;
    row_key: string;
    field: string;
    current_value_json: string | null;
    proposed_value_json: string | null;
    proposed_by: string;
    at: string;
  }>;
  // A reference travels as the other record's row key: show that record's code or name instead.
  const shown = (tableName: string, field: string, json: string | null): unknown => {
    const value = json === null ? null : (JSON.parse(json) as unknown);
    const parent = wire.table(tableName)?.references.get(field);
    return typeof value === 'string' && parent && wire.table(parent)?.kind === 'id' ? recordLabel(db, wire, parent, value) : value;
  };
  return rows.map((row) => ({
    id: row.id,
    table: row.table_name,
    rowKey: row.row_key,
    recordLabel: recordLabel(db, wire, row.table_name, row.row_key),
    field: row.field,
    currentValue: shown(row.table_name, row.field, row.current_value_json),
    proposedValue: shown(row.table_name, row.field, row.proposed_value_json),
    proposedBy: row.proposed_by,
    at: row.at,
  }));
}
