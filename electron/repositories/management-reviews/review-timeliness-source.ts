import type Database from 'better-sqlite3';
import { LATE_LIST_LIMIT, type DoneReview, type DoneReviews, type OverdueByOwner } from '../../../shared/management-review/review-timeliness';
import type { DateWindow } from '../../../shared/management-review/rag';

/**
 * Reviews done in the window and overdue now, from today's records: the `reviews` table (SLA and
 * other subject reviews; a review is due on the date the previous review of the same subject set)
 * and the next review dates of risks, services and agreed SLAs. This is the one place to switch
 * when the review-workflow records arrive; the compile step only sees `DoneReview` and `OverdueByOwner`.
 */
export function reviewTimelinessSource(db: Database.Database, window: DateWindow, asOfDate: string): { done: DoneReviews; overdue: OverdueByOwner[] } {
  // Each review of the period with the date it was due; only the late ones are named (there may be tens of thousands).
  const rows = db
    .prepare(
      `SELECT o.id, o.reviewed_on AS reviewedOn,
              (SELECT b.next_review_date FROM reviews b
                WHERE b.subject_kind = o.subject_kind AND b.subject_id = o.subject_id
                  AND (b.reviewed_on < o.reviewed_on OR (b.reviewed_on = o.reviewed_on AND b.id < o.id))
                ORDER BY b.reviewed_on DESC, b.id DESC LIMIT 1) AS dueOn
         FROM reviews o WHERE o.reviewed_on BETWEEN ? AND ?`,
    )
    .raw()
    .all(window.from, window.to) as Array<[number, string, string | null]>;
  const lateRows = rows.filter(([, reviewedOn, dueOn]) => dueOn !== null && reviewedOn > dueOn);
  const daysLate = ([, reviewedOn, dueOn]: [number, string, string | null]) => Date.parse(reviewedOn) - Date.parse(dueOn!);
  const worst = [...lateRows].sort((a, b) => daysLate(b) - daysLate(a) || a[0] - b[0]).slice(0, LATE_LIST_LIMIT);
  const late = worst.length
    ? (db
        .prepare(
          `SELECT o.subject_kind AS subjectKind,
                  coalesce(CASE o.subject_kind
                    WHEN 'sla' THEN (SELECT code || ' ' || name FROM slas WHERE id = o.subject_id)
                    WHEN 'risk' THEN (SELECT code || ' ' || title FROM risks WHERE id = o.subject_id)
                    WHEN 'service' THEN (SELECT code || ' ' || name FROM services WHERE id = o.subject_id) END, o.subject_kind || ' ' || o.subject_id) AS subject,
                  o.reviewed_on AS reviewedOn, j.value ->> '$.due' AS dueOn, p.name AS reviewerName
             FROM json_each(?) j JOIN reviews o ON o.id = j.value ->> '$.id' LEFT JOIN people p ON p.id = o.reviewer_id`,
        )
        .all(JSON.stringify(worst.map(([id, , due]) => ({ id, due })))) as DoneReview[])
    : [];
  const done: DoneReviews = { done: rows.length, lateCount: lateRows.length, late };
  const overdue = db
    .prepare(
      `SELECT p.name AS ownerName, x.kind AS subjectKind, sum(x.n) AS count FROM (
         SELECT owner_id, 'risk' AS kind, count(*) AS n FROM risks WHERE next_review_date < @d AND status <> 'closed' GROUP BY owner_id
         UNION ALL
         SELECT owner_id, 'service', count(*) FROM services WHERE next_review_date < @d AND lifecycle <> 'retired' GROUP BY owner_id
         UNION ALL
         SELECT s.owner_id, 'sla', count(*) FROM slas l JOIN services s ON s.id = l.service_id WHERE l.review_date < @d AND l.status = 'agreed' GROUP BY s.owner_id
       ) x LEFT JOIN people p ON p.id = x.owner_id
       GROUP BY x.owner_id, x.kind`,
    )
    .all({ d: asOfDate }) as OverdueByOwner[];
  return { done, overdue };
}
