import type Database from 'better-sqlite3';
import type { DoneReview, OverdueByOwner } from '../../../shared/management-review/review-timeliness';
import type { DateWindow } from '../../../shared/management-review/rag';

/**
 * Reviews done in the window and overdue now, from today's records: the `reviews` table (SLA and
 * other subject reviews; a review is due on the date the previous review of the same subject set)
 * and the next review dates of risks, services and agreed SLAs. This is the one place to switch
 * when the review-workflow records arrive; the compile step only sees `DoneReview` and `OverdueByOwner`.
 */
export function reviewTimelinessSource(db: Database.Database, window: DateWindow, asOfDate: string): { done: DoneReview[]; overdue: OverdueByOwner[] } {
  const done = db
    .prepare(
      `WITH ordered AS (
         SELECT v.*, lag(v.next_review_date) OVER (PARTITION BY v.subject_kind, v.subject_id ORDER BY v.reviewed_on, v.id) AS due_on
           FROM reviews v)
       SELECT o.subject_kind AS subjectKind,
              coalesce(CASE o.subject_kind
                WHEN 'sla' THEN (SELECT code || ' ' || name FROM slas WHERE id = o.subject_id)
                WHEN 'risk' THEN (SELECT code || ' ' || title FROM risks WHERE id = o.subject_id)
                WHEN 'service' THEN (SELECT code || ' ' || name FROM services WHERE id = o.subject_id) END, o.subject_kind || ' ' || o.subject_id) AS subject,
              o.reviewed_on AS reviewedOn, o.due_on AS dueOn, p.name AS reviewerName
         FROM ordered o LEFT JOIN people p ON p.id = o.reviewer_id
        WHERE o.reviewed_on BETWEEN ? AND ?
        ORDER BY o.reviewed_on, o.id`,
    )
    .all(window.from, window.to) as DoneReview[];
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
