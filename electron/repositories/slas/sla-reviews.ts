import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { SlaReview, SlaReviewCreateInput, SlaReviewLine, SlaReviewPrefill } from '../../../shared/api/sla-reviews-api';
import { addPeriods, lastCompletePeriod, periodRange } from '../../../shared/domain/sla-periods';
import { recordAudit, type Actor } from '../audit-repository';
import { getPerson } from '../people-repository';
import { actionsOfReviews, insertAction, listActions } from './actions';
import { getSla, slaReviewRefs } from './sla-queries';
import { ownerTargets } from './sla-rows';
import { buildTargetResults } from './target-results';
import type { SlaReviewRef, TargetResults } from '../../../shared/api/slas-api';

/** A target's line in the review table, from its results over the window (the last cell is the reviewed month). */
function reviewLine(results: TargetResults): SlaReviewLine {
  const { target, cells } = results;
  const current = cells[cells.length - 1]!;
  const values = cells.filter((cell) => cell.value !== null).map((cell) => cell.value!);
  return {
    targetId: target.id,
    label: target.label,
    kind: target.kind,
    unit: target.unit,
    direction: target.direction,
    target: target.target,
    warning: target.warning,
    actual: current.value,
    status: current.status,
    workload: current.workload,
    notes: current.notes,
    measuredMonths: values.length,
    met: results.counts.met,
    atRisk: results.counts.atRisk,
    breached: results.counts.breached,
    breachedPeriods: cells.filter((cell) => cell.status === 'breached').map((cell) => cell.period),
    worst: values.length ? (target.direction === 'higher' ? Math.min(...values) : Math.max(...values)) : null,
    breach: results.breach && results.breach.latest === current.period ? results.breach : null,
  };
}

/** The last month a review covered: its recorded month, else the month before it took place. */
function coveredPeriod(review: SlaReviewRef): string {
  return review.period ?? addPeriods(review.reviewedOn.slice(0, 7), -1);
}

/**
 * What a review of an SLA for a month starts from: the window runs from the month after the
 * last reviewed one (at most twelve months back) to the month; each target's actual against
 * its target, workload against its limit, which targets were breached and since when, and the
 * SLA's open actions.
 */
export function slaReviewPrefill(db: Database.Database, slaId: number, period: string | undefined, today: string): SlaReviewPrefill {
  const month = period ?? lastCompletePeriod(today);
  const sla = getSla(db, slaId, today);
  const lastReview = slaReviewRefs(db, slaId).find((review) => coveredPeriod(review) < month) ?? null;
  const earliest = addPeriods(month, -11);
  const afterLast = lastReview ? addPeriods(coveredPeriod(lastReview), 1) : earliest;
  const from = afterLast > earliest ? afterLast : earliest;
  const periods = periodRange(from, month);
  const owner = {
    kind: 'sla' as const,
    id: sla.id,
    code: sla.code,
    title: sla.name,
    hours: sla.effectiveServiceHours,
    validFrom: sla.validFrom,
    validTo: sla.validTo,
  };
  const lines = buildTargetResults(db, owner, ownerTargets(db, { kind: 'sla', id: sla.id }), periods).map(reviewLine);
  const breaches = lines
    .filter((line) => line.breached > 0 || line.breach)
    .map((line) => ({
      targetId: line.targetId,
      label: line.label,
      breachedPeriods: line.breachedPeriods,
      since: line.breach?.since ?? null,
      months: line.breach?.months ?? 0,
      latestValue: line.actual,
      target: line.target,
    }));
  return {
    sla: {
      id: sla.id,
      code: sla.code,
      name: sla.name,
      customer: sla.customer,
      status: sla.status,
      serviceCode: sla.serviceCode,
      serviceName: sla.serviceName,
      validFrom: sla.validFrom,
      validTo: sla.validTo,
      reviewDate: sla.reviewDate,
      serviceHoursText: sla.serviceHoursText,
      exceptions: sla.exceptions,
    },
    period: month,
    window: { from, to: month },
    lastReview,
    targets: lines.filter((line) => line.kind !== 'workload'),
    workload: lines.filter((line) => line.kind === 'workload'),
    breaches,
    openActions: listActions(db, { slaId, status: ['open', 'in_progress'], offset: 0, limit: 200 }, today).rows,
  };
}

interface ReviewRow {
  id: number;
  subject_id: number;
  sla_code: string;
  period: string | null;
  reviewed_on: string;
  reviewer_id: number | null;
  reviewer_name: string | null;
  outcome: string;
  notes: string;
  customer_comments: string | null;
  exceptions_applied: string | null;
  next_review_date: string | null;
  snapshot_json: string | null;
  created_at: string;
}

const REVIEW_SELECT = `
  SELECT r.*, l.code AS sla_code, p.name AS reviewer_name, d.period, d.customer_comments, d.exceptions_applied, d.snapshot_json
    FROM reviews r JOIN slas l ON l.id = r.subject_id LEFT JOIN people p ON p.id = r.reviewer_id LEFT JOIN sla_review_details d ON d.review_id = r.id
   WHERE r.subject_kind = 'sla'`;

function toReviews(db: Database.Database, rows: ReviewRow[], today: string): SlaReview[] {
  const actions = actionsOfReviews(
    db,
    rows.map((row) => row.id),
    today,
  );
  return rows.map((row) => ({
    id: row.id,
    slaId: row.subject_id,
    slaCode: row.sla_code,
    period: row.period ?? row.reviewed_on.slice(0, 7),
    reviewedOn: row.reviewed_on,
    reviewerId: row.reviewer_id,
    reviewerName: row.reviewer_name,
    outcome: row.outcome,
    notes: row.notes,
    customerComments: row.customer_comments ?? '',
    exceptionsApplied: row.exceptions_applied ?? '',
    nextReviewDate: row.next_review_date,
    snapshot: row.snapshot_json ? (JSON.parse(row.snapshot_json) as SlaReview['snapshot']) : null,
    actions: actions.get(row.id) ?? [],
    createdAt: row.created_at,
  }));
}

/** The reviews of an SLA, newest first. */
export function listSlaReviews(db: Database.Database, slaId: number, today: string): SlaReview[] {
  getSla(db, slaId, today);
  return toReviews(db, db.prepare(`${REVIEW_SELECT} AND r.subject_id = ? ORDER BY r.reviewed_on DESC, r.id DESC`).all(slaId) as ReviewRow[], today);
}

/**
 * Record an SLA review in one go: the review row, its details with the target-vs-actual table as
 * shown, the improvement actions it raised, and the SLA's next review date. When targets were
 * breached in the window, an improvement action or a note on why none is needed is required.
 */
export function createSlaReview(db: Database.Database, actor: Actor, input: SlaReviewCreateInput, today: string, now: string): SlaReview {
  if (input.reviewedOn > today) throw new AppError('invalid_input', 'Reviewed on: is in the future.', 'reviewedOn');
  getPerson(db, input.reviewerId, 'reviewerId');
  input.actions.forEach((action, index) => {
    if (action.ownerId !== null) getPerson(db, action.ownerId, `actions.${index}.ownerId`);
  });
  const prefill = slaReviewPrefill(db, input.slaId, input.period, today);
  if (prefill.breaches.length && input.actions.length === 0 && !input.notes) {
    const names = prefill.breaches.map((b) => `"${b.label}"`).join(', ');
    throw new AppError(
      'invalid_input',
      `Actions: ${names} ${prefill.breaches.length === 1 ? 'was' : 'were'} breached in ${prefill.window.from} to ${prefill.window.to}; add an improvement action, or say in the notes why none is needed.`,
      'actions',
    );
  }
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO reviews (subject_kind, subject_id, reviewed_on, reviewer_id, outcome, notes, next_review_date, created_at)
       VALUES ('sla', ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(input.slaId, input.reviewedOn, input.reviewerId, input.outcome, input.notes, input.nextReviewDate, now);
  const reviewId = Number(lastInsertRowid);
  const snapshot = { window: prefill.window, targets: prefill.targets, workload: prefill.workload, breaches: prefill.breaches };
  db.prepare(`INSERT INTO sla_review_details (review_id, sla_id, period, customer_comments, exceptions_applied, snapshot_json) VALUES (?, ?, ?, ?, ?, ?)`).run(
    reviewId,
    input.slaId,
    prefill.period,
    input.customerComments,
    input.exceptionsApplied,
    JSON.stringify(snapshot),
  );
  const actionIds = input.actions.map((action) =>
    insertAction(
      db,
      actor,
      { title: action.title, description: action.description, ownerId: action.ownerId, dueDate: action.dueDate, slaId: input.slaId, reviewId },
      now,
    ),
  );
  db.prepare('UPDATE slas SET review_date = ?, updated_at = ? WHERE id = ?').run(input.nextReviewDate, now, input.slaId);
  recordAudit(
    db,
    actor,
    {
      entity: 'review',
      entityId: reviewId,
      action: 'create',
      after: {
        subject: `sla ${prefill.sla.code}`,
        period: prefill.period,
        reviewedOn: input.reviewedOn,
        reviewerId: input.reviewerId,
        outcome: input.outcome,
        notes: input.notes,
        customerComments: input.customerComments,
        exceptionsApplied: input.exceptionsApplied,
        nextReviewDate: input.nextReviewDate,
        actionIds,
      },
    },
    now,
  );
  recordAudit(
    db,
    actor,
    { entity: 'sla', entityId: input.slaId, action: 'update', before: { reviewDate: prefill.sla.reviewDate }, after: { reviewDate: input.nextReviewDate } },
    now,
  );
  return toReviews(db, db.prepare(`${REVIEW_SELECT} AND r.id = ?`).all(reviewId) as ReviewRow[], today)[0]!;
}
