import type Database from 'better-sqlite3';
import type { RiskBulkUpdateInput } from '../../../shared/api/risks-api';
import { AppError } from '../../../shared/api/errors';
import type { Actor } from '../audit-repository';
import { getPerson } from '../people-repository';
import { currentMatrix } from './matrix-repository';
import { riskFilterSql } from './risk-filters';

/**
 * Change the owner and/or next review date of many risks in the caller's transaction: the given
 * ids, or every risk matching a register filter (less any left out). Every risk changed gets its own audit entry.
 */
export function bulkUpdateRisks(db: Database.Database, actor: Actor, input: RiskBulkUpdateInput, today: string, now: string): { updated: number } {
  if (input.ownerId !== undefined && input.ownerId !== null) getPerson(db, input.ownerId, 'ownerId');
  let rows: Array<{ id: number; owner_id: number | null; next_review_date: string | null }>;
  if (input.ids) {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS bulk_ids (id INTEGER PRIMARY KEY)');
    db.exec('DELETE FROM temp.bulk_ids');
    const insert = db.prepare('INSERT OR IGNORE INTO temp.bulk_ids (id) VALUES (?)');
    for (const id of input.ids) insert.run(id);
    rows = db.prepare('SELECT r.id, r.owner_id, r.next_review_date FROM risks r JOIN temp.bulk_ids b ON b.id = r.id').all() as typeof rows;
    const missing = (db.prepare('SELECT count(*) FROM temp.bulk_ids').pluck().get() as number) - rows.length;
    db.exec('DELETE FROM temp.bulk_ids');
    if (missing > 0)
      throw new AppError(
        'not_found',
        `Risks: ${missing} of the ${input.ids.length} risks chosen no longer exist; nothing was changed. Refresh the register and try again.`,
        'ids',
      );
  } else {
    const { where, params } = riskFilterSql(currentMatrix(db).matrix, input.filter ?? {}, today);
    rows = db.prepare(`SELECT r.id, r.owner_id, r.next_review_date FROM risks r ${where}`).all(...params) as typeof rows;
    if (input.exceptIds?.length) {
      const left = new Set(input.exceptIds);
      rows = rows.filter((row) => !left.has(row.id));
    }
  }
  const sets: string[] = ['updated_at = @now'];
  if (input.ownerId !== undefined) sets.push('owner_id = @ownerId');
  if (input.nextReviewDate !== undefined) sets.push('next_review_date = @nextReviewDate');
  const update = db.prepare(`UPDATE risks SET ${sets.join(', ')} WHERE id = @id`);
  const audit = db.prepare(
    `INSERT INTO audit_log (at, actor_id, actor_name, entity, entity_id, action, before_json, after_json) VALUES (?, ?, ?, 'risk', ?, 'update', ?, ?)`,
  );
  const ownerId = input.ownerId ?? null;
  const nextReviewDate = input.nextReviewDate ?? null;
  let updated = 0;
  for (const row of rows) {
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    if (input.ownerId !== undefined && row.owner_id !== ownerId) {
      before.ownerId = row.owner_id;
      after.ownerId = ownerId;
    }
    if (input.nextReviewDate !== undefined && row.next_review_date !== nextReviewDate) {
      before.nextReviewDate = row.next_review_date;
      after.nextReviewDate = nextReviewDate;
    }
    if (Object.keys(after).length === 0) continue;
    update.run({ id: row.id, now, ownerId, nextReviewDate });
    audit.run(now, actor.id, actor.name, String(row.id), JSON.stringify(before), JSON.stringify({ ...after, bulk: true }));
    updated += 1;
  }
  return { updated };
}
