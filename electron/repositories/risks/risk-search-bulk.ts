import type Database from 'better-sqlite3';
import { RISK_SEARCH_COLUMNS } from '../../db/migrations/009-risk-search';
import { setTriggerAside } from '../trigger-aside';

const INSERT_TRIGGER = 'risks_search_insert';
const columns = RISK_SEARCH_COLUMNS.join(', ');

export interface DeferredRiskSearch {
  /** Indexes every risk inserted since the deferral began and puts the per-row trigger back. Call once, last, in the same transaction. */
  catchUp(): void;
}

/**
 * For writing many risks in one transaction (an import). The per-row trigger of migration 009 makes
 * FTS5 flush its pending terms to disk at every statement, so 100,000 inserts write 100,000 tiny
 * index segments and keep merging them: about 70 s of a 100,000-row import, against about 1 s for
 * indexing the same rows in one INSERT … SELECT. So the insert trigger is set aside while the rows
 * are written and the new rows (ids above today's highest: `id` is a plain INTEGER PRIMARY KEY, so
 * new rows always get higher ids) are indexed at the end. Both happen inside the caller's
 * transaction: a rollback brings the trigger back untouched, a commit leaves the index exactly as
 * the trigger would have. The trigger is recreated from its own stored SQL, so it never drifts
 * from the migration's.
 */
export function deferRiskSearchIndex(db: Database.Database): DeferredRiskSearch {
  const trigger = setTriggerAside(db, INSERT_TRIGGER, 'deferRiskSearchIndex');
  const highestBefore = db.prepare('SELECT coalesce(max(id), 0) FROM risks').pluck().get() as number;
  let done = false;
  return {
    catchUp() {
      if (done) throw new Error('The risk search index has already caught up');
      done = true;
      db.prepare(`INSERT INTO risks_search (rowid, ${columns}) SELECT id, ${columns} FROM risks WHERE id > ? ORDER BY id`).run(highestBefore);
      trigger.restore();
    },
  };
}
