import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { CompleteReviewInput, DecideInput, ReviewDecision, ReviewRecord, ReviewSubject } from '../../../shared/api/reviews-api';
import { addDays, addMonths, daysLate, nextReviewDate, reviewState } from '../../../shared/domain/review-dates';
import { REVIEW_OUTCOMES, cadenceFor, needsApproval, type ReviewPolicy, type ReviewSubjectKind } from '../../../shared/domain/review-policy';
import { auditSnapshot, fromColumns, selectColumns, toColumns, type EntityValues } from '../../../shared/entity/field-descriptor';
import { reviewRecord, type SubjectSnapshot } from '../../../shared/entity/review-record';
import { placeholders } from '../sql-helpers';
import { recordAudit, type Actor } from '../audit-repository';
import { getPerson } from '../people-repository';
import { approveAcceptance } from '../risks/risk-acceptance';
import { currentMatrix } from '../risks/matrix-repository';
import { getRiskRow } from '../risks/risk-queries';
import { toRiskSummary } from '../risks/risk-rows';
import { approvableKinds, describeRule, fitsRule } from './review-approvers';
import { getPolicy } from './review-policy-repository';
import { SUBJECT_SQL, loadSubject, setSubjectDueDate, type LoadedSubject } from './review-subjects';
import { describeReviewer, suggestedReviewer } from './review-reviewers';

const KIND_WORDS: Record<ReviewSubjectKind, string> = { risk: 'a risk', sla: 'an SLA', service: 'a service', supplier: 'a supplier' };

type RecordRow = Record<string, unknown> & {
  id: number;
  subject_code: string | null;
  subject_title: string | null;
  reviewer_name: string | null;
  requested_by_name: string | null;
  approver_name: string | null;
};

/** The subject's code and title for any kind, as SQL over a reviews row `v`. */
function subjectColumnSql(part: 'code' | 'title'): string {
  const cases = (Object.keys(SUBJECT_SQL) as ReviewSubjectKind[]).map((kind) => {
    const s = SUBJECT_SQL[kind];
    return `WHEN '${kind}' THEN (SELECT ${s[part]} FROM ${s.from} WHERE ${s.alias}.id = v.subject_id)`;
  });
  return `CASE v.subject_kind ${cases.join(' ')} END`;
}

export const RECORD_SELECT = `
  SELECT v.id, ${selectColumns(reviewRecord, 'v')}, ${subjectColumnSql('code')} AS subject_code, ${subjectColumnSql('title')} AS subject_title,
         pr.name AS reviewer_name, pq.name AS requested_by_name, pa.name AS approver_name
    FROM reviews v
    LEFT JOIN people pr ON pr.id = v.reviewer_id
    LEFT JOIN people pq ON pq.id = v.requested_by_id
    LEFT JOIN people pa ON pa.id = v.approver_id`;

interface DecisionRow {
  id: number;
  review_id: number;
  decision: 'approved' | 'rejected';
  decided_by_id: number;
  decided_by_name: string;
  decided_at: string;
  comment: string;
  subject_state_json: string;
}

/** Records from rows, each with its decisions. */
export function toRecords(db: Database.Database, rows: RecordRow[]): ReviewRecord[] {
  const decisions = new Map<number, ReviewDecision[]>();
  if (rows.length) {
    const found = db
      .prepare(
        `SELECT d.*, p.name AS decided_by_name FROM review_decisions d JOIN people p ON p.id = d.decided_by_id
          WHERE d.review_id IN (${placeholders(rows.length)}) ORDER BY d.id`,
      )
      .all(...rows.map((row) => row.id)) as DecisionRow[];
    for (const d of found) {
      const list = decisions.get(d.review_id) ?? [];
      list.push({
        id: d.id,
        decision: d.decision,
        decidedById: d.decided_by_id,
        decidedByName: d.decided_by_name,
        decidedAt: d.decided_at,
        comment: d.comment,
        subjectState: JSON.parse(d.subject_state_json) as SubjectSnapshot,
      });
      decisions.set(d.review_id, list);
    }
  }
  return rows.map((row) => {
    const values = fromColumns(reviewRecord, row);
    return {
      ...values,
      id: row.id,
      subjectCode: row.subject_code ?? `#${values.subjectId}`,
      subjectTitle: row.subject_title ?? '(deleted)',
      reviewerName: row.reviewer_name,
      requestedByName: row.requested_by_name,
      approverName: row.approver_name,
      daysLate: daysLate(values.plannedOn, values.reviewedOn),
      decisions: decisions.get(row.id) ?? [],
    };
  });
}

export function getRecord(db: Database.Database, id: number, field = 'reviewId'): ReviewRecord {
  const row = db.prepare(`${RECORD_SELECT} WHERE v.id = ?`).get(id) as RecordRow | undefined;
  if (!row) throw new AppError('not_found', `There is no review with id ${id}.`, field);
  return toRecords(db, [row])[0]!;
}

/** Every review of a subject, newest first. */
export function listSubjectReviews(db: Database.Database, kind: ReviewSubjectKind, id: number, limit = 500): ReviewRecord[] {
  const rows = db
    .prepare(`${RECORD_SELECT} WHERE v.subject_kind = ? AND v.subject_id = ? ORDER BY v.reviewed_on DESC, v.id DESC LIMIT ?`)
    .all(kind, id, limit) as RecordRow[];
  return toRecords(db, rows);
}

/** Reviews done in the last `days` days, by a person (as reviewer) or everyone. */
export function recentReviews(db: Database.Database, personId: number | null, days: number, limit: number, today: string): ReviewRecord[] {
  const since = addDays(today, -days);
  const rows = (
    personId === null
      ? db.prepare(`${RECORD_SELECT} WHERE v.reviewed_on >= ? ORDER BY v.reviewed_on DESC, v.id DESC LIMIT ?`).all(since, limit)
      : db.prepare(`${RECORD_SELECT} WHERE v.reviewer_id = ? AND v.reviewed_on >= ? ORDER BY v.reviewed_on DESC, v.id DESC LIMIT ?`).all(personId, since, limit)
  ) as RecordRow[];
  return toRecords(db, rows);
}

/**
 * Reviews waiting for approval that a person may decide: of the kinds whose approver rule they
 * fit, never one they asked for or reviewed themselves. `null`: every waiting review.
 */
export function pendingApprovals(db: Database.Database, personId: number | null): ReviewRecord[] {
  if (personId === null) {
    return toRecords(db, db.prepare(`${RECORD_SELECT} WHERE v.status = 'pending_approval' ORDER BY v.reviewed_on, v.id`).all() as RecordRow[]);
  }
  const kinds = approvableKinds(db, getPolicy(db), personId);
  if (!kinds.length) return [];
  const rows = db
    .prepare(
      `${RECORD_SELECT} WHERE v.status = 'pending_approval' AND v.subject_kind IN (${placeholders(kinds.length)})
         AND coalesce(v.requested_by_id, 0) <> ? AND coalesce(v.reviewer_id, 0) <> ? ORDER BY v.reviewed_on, v.id`,
    )
    .all(...kinds, personId, personId) as RecordRow[];
  return toRecords(db, rows);
}

/** The review form's view of a subject. */
export function reviewSubject(db: Database.Database, kind: ReviewSubjectKind, id: number, today: string, meId: number | null): ReviewSubject {
  const policy = getPolicy(db);
  const subject = loadSubject(db, kind, id, today, 'id');
  const cadence = cadenceFor(policy, { kind, band: subject.band, tier: subject.tier });
  const rule = policy[kind];
  const reviewer = suggestedReviewer(db, rule.reviewer, subject.ownerId, meId);
  return {
    kind,
    id,
    code: subject.code,
    title: subject.title,
    ownerId: subject.ownerId,
    ownerName: subject.ownerName,
    reviewerId: reviewer?.id ?? null,
    reviewerName: reviewer?.name ?? null,
    reviewerRule: describeReviewer(db, kind, rule.reviewer),
    dueOn: subject.dueOn,
    state: subject.dueOn ? reviewState(subject.dueOn, today, rule.dueSoonDays, rule.escalateAfterDays) : null,
    cadenceMonths: cadence,
    proposedNext: nextReviewDate(today, cadence),
    facts: subject.facts,
    outcomes: [...REVIEW_OUTCOMES[kind]],
    approvalFor: rule.approvalFor,
    acceptanceMaxMonths: policy.acceptance.maxMonths,
    history: listSubjectReviews(db, kind, id, 20),
  };
}

function checkCompletion(policy: ReviewPolicy, subject: LoadedSubject, input: Omit<CompleteReviewInput, 'subjectKind' | 'subjectId'>, today: string): void {
  if (input.reviewedOn > today)
    throw new AppError('invalid_input', `Done on: ${input.reviewedOn} is in the future; record a review on or after the day it is done.`, 'reviewedOn');
  const allowed = REVIEW_OUTCOMES[subject.kind] as readonly string[];
  if (!allowed.includes(input.outcome)) {
    throw new AppError(
      'invalid_input',
      `Outcome: "${input.outcome}" is not an outcome of ${KIND_WORDS[subject.kind]} review (${allowed.join(', ')}).`,
      'outcome',
    );
  }
  if (input.outcome === 'accepted') {
    if (!input.acceptedUntil)
      throw new AppError('invalid_input', 'Accepted until: an acceptance always has an expiry; choose the date it must be decided again.', 'acceptedUntil');
    const latest = addMonths(input.reviewedOn, policy.acceptance.maxMonths);
    if (input.acceptedUntil > latest) {
      throw new AppError(
        'invalid_input',
        `Accepted until: the review policy allows at most ${policy.acceptance.maxMonths} months, so no later than ${latest}.`,
        'acceptedUntil',
      );
    }
  } else if (input.acceptedUntil) {
    throw new AppError(
      'invalid_input',
      'Accepted until: only a review with the outcome "accepted" has an expiry; clear it or choose that outcome.',
      'acceptedUntil',
    );
  }
  if (input.nextReviewDate <= input.reviewedOn)
    throw new AppError('invalid_input', `Next review date: must be after the review date (${input.reviewedOn}).`, 'nextReviewDate');
}

/**
 * Record a review: the snapshot of the subject as it stands, planned vs done date, outcome, and
 * the next review date the person chose (stored on the subject, never recomputed later).
 * Outcomes the policy names wait for approval.
 */
export function completeReview(db: Database.Database, actor: Actor, input: CompleteReviewInput, today: string, now: string): ReviewRecord {
  const policy = getPolicy(db);
  const subject = loadSubject(db, input.subjectKind, input.subjectId, today);
  getPerson(db, input.reviewerId, 'reviewerId');
  checkCompletion(policy, subject, input, today);
  const pending = needsApproval(policy, subject.kind, input.outcome);
  const values: EntityValues<typeof reviewRecord.fields> = {
    subjectKind: subject.kind,
    subjectId: subject.id,
    status: pending ? 'pending_approval' : 'done',
    plannedOn: subject.dueOn,
    reviewedOn: input.reviewedOn,
    reviewerId: input.reviewerId,
    outcome: input.outcome,
    notes: input.notes,
    nextReviewDate: input.nextReviewDate,
    acceptedUntil: input.acceptedUntil,
    snapshot: subject.facts,
    requestedById: pending ? (actor.id ?? input.reviewerId) : null,
    approverId: null,
    approvedAt: null,
    createdAt: now,
  };
  const columns = toColumns(reviewRecord, values);
  const names = Object.keys(columns);
  const { lastInsertRowid } = db.prepare(`INSERT INTO reviews (${names.join(', ')}) VALUES (${placeholders(names.length)})`).run(...Object.values(columns));
  const id = Number(lastInsertRowid);
  recordAudit(
    db,
    actor,
    { entity: 'review', entityId: id, action: 'create', after: { subject: `${subject.kind} ${subject.code}`, ...auditSnapshot(reviewRecord, values) } },
    now,
  );
  setSubjectDueDate(db, actor, subject.kind, subject.id, subject.dueOn, input.nextReviewDate, `review #${id} done on ${input.reviewedOn}`, now);
  if (subject.kind === 'service') db.prepare('UPDATE services SET last_review_date = ? WHERE id = ?').run(input.reviewedOn, subject.id);
  return getRecord(db, id);
}

/**
 * Approve or reject a review waiting for approval. Separation of duties: whoever asked for the
 * approval or did the review can never decide it, and only someone fitting the policy's approver
 * rule may. The decision keeps the subject's state at that moment. Approving a risk accepted at
 * review records the acceptance (with its expiry) in the risk's acceptances; rejecting re-opens
 * the review (due today).
 */
export function decideReview(db: Database.Database, actor: Actor, input: DecideInput, today: string, now: string): ReviewRecord {
  const record = getRecord(db, input.reviewId);
  if (record.status !== 'pending_approval')
    throw new AppError('conflict', `Review #${record.id} is not waiting for approval (it is ${record.status.replace('_', ' ')}).`, 'reviewId');
  if (actor.id === null) throw new AppError('invalid_input', 'Approver: choose who you are ("I am") before approving or rejecting.', 'approver');
  if (actor.id === record.requestedById || actor.id === record.reviewerId) {
    throw new AppError(
      'invalid_input',
      `Approver: ${actor.name} ${actor.id === record.requestedById ? 'asked for this approval' : 'did this review'}, so someone else must decide it (separation of duties).`,
      'approver',
    );
  }
  const policy = getPolicy(db);
  const rule = policy[record.subjectKind].approver;
  const me = getPerson(db, actor.id, 'approver');
  if (!fitsRule(rule, me))
    throw new AppError('invalid_input', `Approver: ${record.subjectKind} reviews are approved by ${describeRule(db, rule)}, not ${me.name}.`, 'approver');
  const subject = loadSubject(db, record.subjectKind, record.subjectId, today, 'reviewId');
  db.prepare('INSERT INTO review_decisions (review_id, decision, decided_by_id, decided_at, comment, subject_state_json) VALUES (?, ?, ?, ?, ?, ?)').run(
    record.id,
    input.decision,
    actor.id,
    now,
    input.comment,
    JSON.stringify(subject.facts),
  );
  if (input.decision === 'approved') {
    db.prepare("UPDATE reviews SET status = 'approved', approver_id = ?, approved_at = ? WHERE id = ?").run(actor.id, now, record.id);
    if (record.subjectKind === 'risk' && record.outcome === 'accepted') acceptAtReview(db, actor, record, today, now);
  } else {
    db.prepare("UPDATE reviews SET status = 'rejected' WHERE id = ?").run(record.id);
    setSubjectDueDate(db, actor, record.subjectKind, record.subjectId, subject.dueOn, today, `review #${record.id} rejected: ${input.comment}`, now);
  }
  recordAudit(
    db,
    actor,
    { entity: 'review', entityId: record.id, action: 'update', before: { status: record.status }, after: { status: input.decision, comment: input.comment } },
    now,
  );
  return getRecord(db, record.id);
}

/** An approved "accepted until" joins the risk's acceptance approvals when the risk needs one. */
function acceptAtReview(db: Database.Database, actor: Actor, record: ReviewRecord, today: string, now: string): void {
  const { matrix } = currentMatrix(db);
  const risk = toRiskSummary(getRiskRow(db, record.subjectId, today), matrix, today);
  if (!risk.exceedsAppetite || risk.treatment !== 'accept' || !risk.residual) return;
  approveAcceptance(
    db,
    actor,
    {
      riskId: risk.id,
      approverId: actor.id!,
      approvedOn: today,
      expiresOn: record.acceptedUntil,
      rationale: record.notes || `Accepted at review #${record.id}`,
    },
    today,
    now,
  );
}
