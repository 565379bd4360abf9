import type Database from 'better-sqlite3';
import type { ClientBase } from 'pg';
import { ChangeApplier } from './apply-changes';
import { syncTables } from './sync-tables';
import { openConflicts, pullChanges } from './team-database';
import { pushOutbox } from './replica-push';
import { WireValues } from './wire-values';
import { joinFromSnapshot } from './snapshot-join';

/** Changes sent per `sl_push` call and received per page: each is one transaction on both sides. */
export const PUSH_BATCH = 5000;
export const PULL_PAGE = 5000;

export interface SyncResult {
  sent: number;
  received: number;
  conflicts: number;
}

interface ReplicaState {
  replica_id: string;
  pull_cursor: number;
}

/** The translator between local and team values for this workspace's tables. */
export function wireValuesFor(db: Database.Database): WireValues {
  return new WireValues(db, new Map(syncTables(db).map((table) => [table.name, table])));
}

/**
 * One round of sync: send everything waiting, then apply everything the team has after this
 * replica's cursor, then refresh the conflicts inbox. Each batch and page is its own transaction
 * on both sides, so a round cut short anywhere resumes where it stopped with no duplicate and no
 * gap (the team recognises a resent change; the cursor moves with the page it applied).
 */
export async function syncOnce(
  db: Database.Database,
  client: ClientBase,
  options: { actor: string; now: string; wire?: WireValues; snapshotJoin?: boolean },
): Promise<SyncResult> {
  const wire = options.wire ?? wireValuesFor(db);
  let sent = 0;
  for (;;) {
    const outcomes = await pushOutbox(db, client, wire, { batch: PUSH_BATCH, actor: options.actor, now: options.now });
    sent += outcomes.length;
    if (outcomes.length < PUSH_BATCH) break;
  }
  let state = db.prepare('SELECT replica_id, pull_cursor FROM sync_state WHERE id = 1').get() as ReplicaState;
  let received = 0;
  // A member who just joined takes the team's records as they are now, not the whole history
  // (unless told not to: the snapshot join holds a transaction across awaits).
  if (
    options.snapshotJoin !== false &&
    state.pull_cursor === 0 &&
    sent === 0 &&
    (db.prepare('SELECT count(*) FROM sync_outbox').pluck().get() as number) === 0
  ) {
    received += await joinFromSnapshot(db, client);
    state = db.prepare('SELECT replica_id, pull_cursor FROM sync_state WHERE id = 1').get() as ReplicaState;
  }
  const applier = new ChangeApplier(db, wire, state.replica_id);
  let cursor = state.pull_cursor;
  for (;;) {
    const page = await pullChanges(client, cursor, PULL_PAGE);
    if (page.length === 0) break;
    applier.applyPage(page);
    received += page.filter((change) => change.origin !== state.replica_id).length;
    cursor = page[page.length - 1]!.seq;
    if (page.length < PULL_PAGE) break;
  }
  const conflicts = await openConflicts(client);
  db.transaction(() => {
    db.prepare('DELETE FROM sync_conflicts').run();
    const insert = db.prepare(
      'INSERT INTO sync_conflicts (id, change_seq, table_name, row_key, field, current_value_json, proposed_value_json, proposed_by, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const conflict of conflicts) {
      insert.run(
        conflict.id,
        conflict.changeSeq,
        conflict.table,
        conflict.rowKey,
        conflict.field,
        JSON.stringify(conflict.currentValue ?? null),
        JSON.stringify(conflict.proposedValue ?? null),
        conflict.proposedBy,
        conflict.at,
      );
    }
    db.prepare('UPDATE sync_state SET last_synced_at = ? WHERE id = 1').run(options.now);
  })();
  return { sent, received, conflicts: conflicts.length };
}
