import type Database from 'better-sqlite3';
import { recordAudit, type Actor } from '../audit-repository';

interface ExpiredRow {
  id: number;
  risk_id: number;
  code: string;
  expires_on: string;
  next_review_date: string | null;
}

/**
 * What the passing of time changes by itself, evaluated when the workspace opens and hourly:
 * an acceptance that reached its expiry re-opens a review of its risk — the risk becomes due on
 * the expiry date (earlier dates are kept) and the change is an audit entry, not only a warning.
 * Each acceptance does this once (`review_reopened_at`). Due-soon, overdue and escalated are not
 * stored: they are read from the due dates and today whenever asked.
 */
export function evaluateReviews(
  db: Database.Database,
  actor: Actor,
  today: string,
  now: string,
): { reopened: Array<{ riskId: number; code: string; expiredOn: string }> } {
  const expired = db
    .prepare(
      `SELECT a.id, a.risk_id, r.code, a.expires_on, r.next_review_date FROM risk_acceptances a JOIN risks r ON r.id = a.risk_id
        WHERE a.revoked_on IS NULL AND a.review_reopened_at IS NULL AND a.expires_on <= ? AND r.status <> 'closed'`,
    )
    .all(today) as ExpiredRow[];
  const mark = db.prepare('UPDATE risk_acceptances SET review_reopened_at = ? WHERE id = ?');
  const due = db.prepare('UPDATE risks SET next_review_date = ?, updated_at = ? WHERE id = ?');
  for (const row of expired) {
    mark.run(now, row.id);
    const dueOn = row.next_review_date !== null && row.next_review_date < row.expires_on ? row.next_review_date : row.expires_on;
    if (dueOn !== row.next_review_date) due.run(dueOn, now, row.risk_id);
    recordAudit(
      db,
      actor,
      {
        entity: 'risk',
        entityId: row.risk_id,
        action: 'update',
        before: { acceptance: 'approved', nextReviewDate: row.next_review_date },
        after: { acceptance: `expired on ${row.expires_on}`, nextReviewDate: dueOn, reason: 'acceptance expired: review re-opened' },
      },
      now,
    );
  }
  return { reopened: expired.map((row) => ({ riskId: row.risk_id, code: row.code, expiredOn: row.expires_on })) };
}
