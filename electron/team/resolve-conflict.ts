import type Database from 'better-sqlite3';
import { AppError } from '../../shared/api/errors';
import type { ConflictResolution } from '../../shared/team/team-types';
import { whileApplying } from './capture-triggers';
import type { WireValues } from './wire-values';

interface ConflictRow {
  id: number;
  table_name: string;
  row_key: string;
  field: string;
  current_value_json: string | null;
  proposed_value_json: string | null;
}

/**
 * A person's resolution of a conflict: the chosen value is written here and queued as a change
 * that names the conflict, made from the team's current version — so it applies, and the team
 * marks the conflict resolved when it arrives. One transaction.
 */
export function resolveConflictLocally(db: Database.Database, wire: WireValues, id: number, resolution: ConflictResolution, now: string): void {
  const conflict = db.prepare('SELECT * FROM sync_conflicts WHERE id = ?').get(id) as ConflictRow | undefined;
  if (!conflict) throw new AppError('not_found', 'That conflict is no longer open (someone may have resolved it).', 'id');
  const table = wire.table(conflict.table_name);
  const localId = wire.localId(conflict.table_name, conflict.row_key);
  if (!table || table.kind !== 'id' || localId === undefined) {
    throw new AppError('not_found', 'The record of this conflict is not in this workspace any more (it was deleted).', 'id');
  }
  const chosen =
    resolution.keep === 'current'
      ? (JSON.parse(conflict.current_value_json ?? 'null') as unknown)
      : resolution.keep === 'proposed'
        ? (JSON.parse(conflict.proposed_value_json ?? 'null') as unknown)
        : resolution.value;
  const row = db.prepare(`SELECT * FROM "${table.name}" WHERE id = ?`).get(localId) as Record<string, unknown>;
  const local = wire.toLocal(table, conflict.field, chosen, row);
  db.transaction(() => {
    whileApplying(db, () => {
      try {
        db.prepare(`UPDATE "${table.name}" SET "${conflict.field}" = ? WHERE id = ?`).run(local as never, localId);
      } catch (error) {
        throw new AppError('invalid_input', `${conflict.field}: ${(error as Error).message}. Nothing was changed.`, 'value');
      }
    });
    const base =
      (db
        .prepare('SELECT version FROM sync_field_versions WHERE table_name = ? AND row_key = ? AND field = ?')
        .pluck()
        .get(table.name, conflict.row_key, conflict.field) as number | undefined) ??
      (db.prepare('SELECT version FROM sync_row_keys WHERE table_name = ? AND row_key = ?').pluck().get(table.name, conflict.row_key) as number | undefined) ??
      0;
    const waiting = db
      .prepare("SELECT max(id) FROM sync_outbox WHERE table_name = ? AND row_key = ? AND field IN (?, '*insert') AND pushed_seq IS NULL")
      .pluck()
      .get(table.name, conflict.row_key, conflict.field) as number | null;
    db.prepare(
      'INSERT INTO sync_outbox (table_name, row_key, field, value_json, base_version, base_outbox_id, at, resolves_conflict) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(table.name, conflict.row_key, conflict.field, JSON.stringify(local ?? null), base, waiting, now, id);
    db.prepare('DELETE FROM sync_conflicts WHERE id = ?').run(id);
  })();
}
