import type Database from 'better-sqlite3';
import type { ClientBase } from 'pg';
import { whileApplying } from './capture-triggers';
import { waitingChanges } from './outbox';
import { pushChanges, type PushOutcome } from './team-database';
import { isUniqueColumn } from './pg-schema';
import type { WireValues } from './wire-values';

/**
 * Send this replica's waiting changes (at most `batch`) and record the answer locally in one
 * SQLite transaction: each change is marked with its change-log number and outcome, and an
 * accepted change becomes the version its field (or record) is known at — the base of the next
 * edit. A code the team renamed is renamed here too. If the answer is lost (the app is killed,
 * the network drops), the changes stay waiting and the next push sends them again; the team
 * database recognises them and answers as the first time, so nothing is logged twice.
 */
export async function pushOutbox(
  db: Database.Database,
  client: ClientBase,
  wire: WireValues,
  options: { batch: number; actor: string; now: string },
): Promise<PushOutcome[]> {
  const replicaId = db.prepare('SELECT replica_id FROM sync_state WHERE id = 1').pluck().get() as string | undefined;
  if (replicaId === undefined) throw new Error('This workspace is not part of a team.');
  const changes = waitingChanges(db, options.batch, options.actor, options.now);
  if (changes.length === 0) return [];
  const outcomes = await pushChanges(client, replicaId, changes);
  const byId = new Map(changes.map((change) => [change.originSeq, change]));
  const markPushed = db.prepare('UPDATE sync_outbox SET pushed_seq = ?, outcome = ? WHERE id = ?');
  const fieldVersion = db.prepare(
    `INSERT INTO sync_field_versions (table_name, row_key, field, version) VALUES (?, ?, ?, ?)
     ON CONFLICT (table_name, row_key, field) DO UPDATE SET version = max(version, excluded.version)`,
  );
  const rowVersion = db.prepare('UPDATE sync_row_keys SET version = ? WHERE table_name = ? AND row_key = ?');
  db.transaction(() => {
    for (const outcome of outcomes) {
      const change = byId.get(outcome.originSeq)!;
      markPushed.run(outcome.seq, outcome.outcome, change.originSeq);
      if (outcome.outcome !== 'applied' && outcome.outcome !== 'renamed') continue;
      const table = wire.table(change.table);
      if (change.field === '*insert') {
        if (table?.kind === 'id') rowVersion.run(outcome.seq, change.table, change.rowKey);
        else fieldVersion.run(change.table, change.rowKey, '*row', outcome.seq);
      } else if (change.field !== '*delete') {
        fieldVersion.run(change.table, change.rowKey, change.field, outcome.seq);
      }
      if (outcome.outcome === 'renamed' && table?.kind === 'id') renameLocally(db, wire, change.table, change.rowKey, change.field, outcome.value);
    }
  })();
  return outcomes;
}

/** Take the team's renamed code or name for a record of ours (not a change to send back). */
function renameLocally(db: Database.Database, wire: WireValues, table: string, rowKey: string, field: string, value: unknown): void {
  const id = wire.localId(table, rowKey);
  if (id === undefined) return;
  const fields =
    field === '*insert' ? Object.entries(value as Record<string, unknown>).filter(([column]) => isUniqueColumn(table, column)) : [[field, value] as const];
  whileApplying(db, () => {
    for (const [column, columnValue] of fields) {
      try {
        db.prepare(`UPDATE "${table}" SET "${column}" = ? WHERE id = ?`).run(columnValue, id);
      } catch (error) {
        // Held here by a record received meanwhile: the next pull brings the team's names in order.
        if (!String((error as { code?: unknown }).code).startsWith('SQLITE_CONSTRAINT')) throw error;
      }
    }
  });
}
