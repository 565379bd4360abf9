import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { auditSnapshot, type EntityDescriptor, type EntityFields, type EntityValues } from '../../shared/entity/field-descriptor';
import type { Actor } from '../repositories/audit-repository';
import { nextHlc } from './hlc';

/** A field-level change waiting in the local outbox. */
export interface OutboxChange {
  id: number;
  table: string;
  rowKey: string;
  field: string;
  value: unknown;
  baseVersion: number;
  /** The waiting change of this replica this one edits further, if any (see migration 012). */
  baseOutboxId: number | null;
  actor: string;
  hlc: string;
}

interface SyncStateRow {
  replica_id: string;
  last_hlc: string | null;
}

/** The replica's team state, or undefined in a single-user workspace. */
function syncState(db: Database.Database): SyncStateRow | undefined {
  return db.prepare('SELECT replica_id, last_hlc FROM sync_state WHERE id = 1').get() as SyncStateRow | undefined;
}

/** Whether this workspace is a replica of a team workspace (published or joined). */
export function isTeamWorkspace(db: Database.Database): boolean {
  return syncState(db) !== undefined;
}

/** The record's key across replicas, made on its first recorded change. */
export function rowKeyFor(db: Database.Database, table: string, localId: number): string {
  const known = db.prepare('SELECT row_key FROM sync_row_keys WHERE table_name = ? AND local_id = ?').pluck().get(table, localId) as string | undefined;
  if (known !== undefined) return known;
  const made = randomUUID();
  db.prepare('INSERT INTO sync_row_keys (table_name, local_id, row_key) VALUES (?, ?, ?)').run(table, localId, made);
  return made;
}

/** The keys whose audited value differs between the two snapshots (every key when there is no before). */
function changedKeys(before: Record<string, unknown> | null, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((key) => before === null || JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/**
 * Record the fields of one record that this write changed, in the caller's transaction (the
 * dispatcher runs every write in one). The fields come from the entity descriptor's audit
 * snapshot of the record before and after, so a field added to the descriptor is synced without
 * touching this. `before` null means the record was created. Single-user workspaces record
 * nothing. Returns how many changes were recorded.
 */
export function recordEntityChanges<Fields extends EntityFields>(
  db: Database.Database,
  entity: EntityDescriptor<Fields>,
  localId: number,
  before: Partial<EntityValues<Fields>> | null,
  after: Partial<EntityValues<Fields>>,
  actor: Actor,
  now: string,
): number {
  const state = syncState(db);
  if (!state) return 0;
  const afterSnapshot = auditSnapshot(entity, after);
  const keys = changedKeys(before === null ? null : auditSnapshot(entity, before), afterSnapshot);
  if (keys.length === 0) return 0;
  const rowKey = rowKeyFor(db, entity.table, localId);
  const baseVersion = db.prepare('SELECT version FROM sync_field_versions WHERE table_name = ? AND row_key = ? AND field = ?').pluck();
  const waitingEdit = db.prepare(
    'SELECT id, base_version FROM sync_outbox WHERE table_name = ? AND row_key = ? AND field = ? AND pushed_seq IS NULL ORDER BY id DESC LIMIT 1',
  );
  const insert = db.prepare(
    'INSERT INTO sync_outbox (table_name, row_key, field, value_json, base_version, base_outbox_id, actor, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  let hlc = state.last_hlc;
  for (const key of keys) {
    hlc = nextHlc(hlc, now);
    // A field edited again before the first edit was sent keeps that edit's base and names it.
    const earlier = waitingEdit.get(entity.table, rowKey, key) as { id: number; base_version: number } | undefined;
    const base = earlier?.base_version ?? (baseVersion.get(entity.table, rowKey, key) as number | undefined) ?? 0;
    insert.run(entity.table, rowKey, key, JSON.stringify(afterSnapshot[key] ?? null), base, earlier?.id ?? null, actor.name, hlc);
  }
  db.prepare('UPDATE sync_state SET last_hlc = ? WHERE id = 1').run(hlc);
  return keys.length;
}

/** The changes not yet accepted by the team database, oldest first. */
export function waitingChanges(db: Database.Database, limit: number): OutboxChange[] {
  const rows = db
    .prepare(
      'SELECT id, table_name, row_key, field, value_json, base_version, base_outbox_id, actor, hlc FROM sync_outbox WHERE pushed_seq IS NULL ORDER BY id LIMIT ?',
    )
    .all(limit) as Array<{
    id: number;
    table_name: string;
    row_key: string;
    field: string;
    value_json: string;
    base_version: number;
    base_outbox_id: number | null;
    actor: string;
    hlc: string;
  }>;
  return rows.map((row) => ({
    id: row.id,
    table: row.table_name,
    rowKey: row.row_key,
    field: row.field,
    value: JSON.parse(row.value_json) as unknown,
    baseVersion: row.base_version,
    baseOutboxId: row.base_outbox_id,
    actor: row.actor,
    hlc: row.hlc,
  }));
}

/** Make this workspace a team replica (what publish and join will do once they exist). */
export function enterTeamMode(db: Database.Database, team: { url: string; workspaceId: string; replicaId: string }, now: string): void {
  db.prepare('INSERT INTO sync_state (id, team_url, team_workspace_id, replica_id, joined_at) VALUES (1, ?, ?, ?, ?)').run(
    team.url,
    team.workspaceId,
    team.replicaId,
    now,
  );
}
