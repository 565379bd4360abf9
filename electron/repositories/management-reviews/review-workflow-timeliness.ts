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
    SELECT v.id, v.reviewed_on,
           coalesce(v.planned_on, (SELECT b.next_review_date FROM reviews b
                                    WHERE b.subject_kind = v.subject_kind AND b.subject_id = v.subject_id
                                      AND (b.reviewed_on < v.reviewed_on OR (b.reviewed_on = v.reviewed_on AND b.id < v.id))
                                    ORDER BY b.reviewed_on DESC, b.id DESC LIMIT 1)) AS due_on
      FROM reviews v
     WHERE v.reviewed_on BETWEEN @from AND @to AND v.status <> 'rejected')`;

/** "CODE title" of any kind of subject (a supplier's code is its name), as SQL over a `reviews` row `d`. */
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
  // One pass over the period's reviews as bare values (tens of thousands in a large register);
  // only the latest-by-most-days are named, in a second query.
  const rows = db.prepare(`${DONE_IN_WINDOW} SELECT id, reviewed_on, due_on FROM done`).raw().all({ from: window.from, to: window.to }) as Array<
    [id: number, reviewedOn: string, dueOn: string | null]
  >;
  const lateRows = rows.filter(([, reviewedOn, dueOn]) => dueOn !== null && reviewedOn > dueOn);
  const daysLate = ([, reviewedOn, dueOn]: (typeof rows)[number]) => Date.parse(reviewedOn) - Date.parse(dueOn!);
  const worst = [...lateRows].sort((a, b) => daysLate(b) - daysLate(a) || a[0] - b[0]).slice(0, LATE_LIST_LIMIT);
  const late = worst.length
    ? (db
        .prepare(
          `SELECT d.subject_kind AS subjectKind, coalesce(${SUBJECT_LABEL}, d.subject_kind || ' #' || d.subject_id) AS subject,
                  d.reviewed_on AS reviewedOn, j.value ->> '$.due' AS dueOn, p.name AS reviewerName
             FROM json_each(?) j JOIN reviews d ON d.id = j.value ->> '$.id' LEFT JOIN people p ON p.id = d.reviewer_id ORDER BY j.key`,
        )
        .all(JSON.stringify(worst.map(([id, , due]) => ({ id, due })))) as DoneReview[])
    : [];
  const overdue = db
    .prepare(`SELECT p.name AS ownerName, x.kind AS subjectKind, x.n AS count FROM (${OVERDUE_BY_OWNER}) x LEFT JOIN people p ON p.id = x.owner_id`)
    .all({ today: asOfDate }) as OverdueByOwner[];
  return { done: { done: rows.length, lateCount: lateRows.length, late }, overdue };
}
