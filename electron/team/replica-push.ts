import type Database from 'better-sqlite3';
import type { ClientBase } from 'pg';
import { waitingChanges } from './outbox';
import { pushChanges, type PushOutcome } from './team-database';

/**
 * Send this replica's waiting changes (at most `batch`) and record the answer locally in one
 * SQLite transaction: each change is marked with its change-log number, and an applied change
 * becomes the field's known version (the base of the next edit). If the answer is lost, the
 * changes stay waiting and the next push sends them again; the team database recognises them.
 */
export async function pushOutbox(db: Database.Database, client: ClientBase, batch: number): Promise<PushOutcome[]> {
  const replicaId = db.prepare('SELECT replica_id FROM sync_state WHERE id = 1').pluck().get() as string | undefined;
  if (replicaId === undefined) throw new Error('This workspace is not part of a team.');
  const changes = waitingChanges(db, batch);
  const outcomes = await pushChanges(client, replicaId, changes);
  const byId = new Map(changes.map((change) => [change.id, change]));
  const markPushed = db.prepare('UPDATE sync_outbox SET pushed_seq = ? WHERE id = ?');
  const knowVersion = db.prepare(
    `INSERT INTO sync_field_versions (table_name, row_key, field, version) VALUES (?, ?, ?, ?)
     ON CONFLICT (table_name, row_key, field) DO UPDATE SET version = max(version, excluded.version)`,
  );
  db.transaction(() => {
    for (const outcome of outcomes) {
      const change = byId.get(outcome.originSeq)!;
      markPushed.run(outcome.seq, change.id);
      if (outcome.outcome === 'applied') knowVersion.run(change.table, change.rowKey, change.field, outcome.seq);
    }
  })();
  return outcomes;
}
