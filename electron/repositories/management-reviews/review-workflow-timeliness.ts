import type Database from 'better-sqlite3';
import { REVIEW_SUBJECT_KINDS } from '../../../shared/domain/review-policy';
import { LATE_LIST_LIMIT, type DoneReview, type DoneReviews, type OverdueByOwner } from '../../../shared/management-review/review-timeliness';
import type { DateWindow } from '../../../shared/management-review/rag';
import { SUBJECT_SQL } from '../reviews/review-subjects';

/**
 * The period's reviews from the review-workflow records (`reviews`, migration 007), every kind
 * (risk, SLA, service, supplier). A review counts as done unless its approver rejected it (a
 * rejection re-opens the review, due again). It was due on its planned date; records made before
 * migration 007 have none, so the date the subject's previous review set stands in for it.
 */
const DONE_IN_WINDOW = `
  WITH done AS (
    SELECT v.id, v.subject_kind, v.subject_id, v.reviewed_on, v.reviewer_id,
           coalesce(v.planned_on, (SELECT b.next_review_date FROM reviews b
                                    WHERE b.subject_kind = v.subject_kind AND b.subject_id = v.subject_id
                                      AND (b.reviewed_on < v.reviewed_on OR (b.reviewed_on = v.reviewed_on AND b.id < v.id))
                                    ORDER BY b.reviewed_on DESC, b.id DESC LIMIT 1)) AS due_on
      FROM reviews v
     WHERE v.reviewed_on BETWEEN @from AND @to AND v.status <> 'rejected')`;

/** "CODE title" of any kind of subject (a supplier's code is its name), as SQL over a `done` row. */
const SUBJECT_LABEL = `CASE d.subject_kind ${REVIEW_SUBJECT_KINDS.map((kind) => {
  const s = SUBJECT_SQL[kind];
  const label = kind === 'supplier' ? s.title : `${s.code} || ' ' || ${s.title}`;
  return `WHEN '${kind}' THEN (SELECT ${label} FROM ${s.from} WHERE ${s.alias}.id = d.subject_id)`;
}).join(' ')} END`;

/** Subjects whose review is overdue today, per reviewer (owner; an SLA's service owner; a supplier's manager) and kind: the inbox's "overdue". */
const OVERDUE_BY_OWNER = REVIEW_SUBJECT_KINDS.map((kind) => {
  const s = SUBJECT_SQL[kind];
  return `SELECT ${s.reviewer} AS owner_id, '${kind}' AS kind, count(*) AS n FROM ${s.from} WHERE ${s.open} AND ${s.due} < @today GROUP BY ${s.reviewer}`;
}).join(' UNION ALL ');

export function reviewTimelinessFromRecords(db: Database.Database, window: DateWindow, asOfDate: string): { done: DoneReviews; overdue: OverdueByOwner[] } {
  const bounds = { from: window.from, to: window.to };
  const totals = db.prepare(`${DONE_IN_WINDOW} SELECT count(*) AS done, coalesce(sum(reviewed_on > due_on), 0) AS late FROM done`).get(bounds) as { done: number; late: number };
  // Only the latest-by-most-days are named: a large register may have thousands of late reviews.
  const late = db
    .prepare(
      `${DONE_IN_WINDOW}
       SELECT d.subject_kind AS subjectKind, coalesce(${SUBJECT_LABEL}, d.subject_kind || ' #' || d.subject_id) AS subject,
              d.reviewed_on AS reviewedOn, d.due_on AS dueOn, p.name AS reviewerName
         FROM done d LEFT JOIN people p ON p.id = d.reviewer_id
        WHERE d.reviewed_on > d.due_on
        ORDER BY julianday(d.reviewed_on) - julianday(d.due_on) DESC, d.id LIMIT ${LATE_LIST_LIMIT}`,
    )
    .all(bounds) as DoneReview[];
  const overdue = db
    .prepare(`SELECT p.name AS ownerName, x.kind AS subjectKind, x.n AS count FROM (${OVERDUE_BY_OWNER}) x LEFT JOIN people p ON p.id = x.owner_id`)
    .all({ today: asOfDate }) as OverdueByOwner[];
  return { done: { done: totals.done, lateCount: totals.late, late }, overdue };
}
