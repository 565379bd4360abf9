import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type {
  DecisionSaveInput,
  ManagementReview,
  ManagementReviewCreateInput,
  ManagementReviewSummary,
  ManagementReviewUpdateInput,
  ReviewDecision,
} from '../../../shared/api/management-reviews-api';
import { auditSnapshot, fieldLabels, fromColumns, selectColumns, toColumns } from '../../../shared/entity/field-descriptor';
import { managementReviewEntity, reviewDecisionEntity, STATUS_LABELS, type ManagementReviewStatus } from '../../../shared/management-review/review-entity';
import type { SectionKey } from '../../../shared/management-review/sections';
import { recordAudit, type Actor } from '../audit-repository';
import { actionAudit, actionValues, insertActionRow, updateActionRow } from '../actions/action-record';

const LABELS = fieldLabels(managementReviewEntity);

interface ReviewRow {
  id: number;
  status: ManagementReviewStatus;
  as_of: string | null;
  snapshot_sha256: string | null;
  signed_off_by: number | null;
  signed_off_at: string | null;
  created_at: string;
  updated_at: string;
  [column: string]: unknown;
}

function reviewRow(db: Database.Database, id: number, field = 'id'): ReviewRow {
  const row = db
    .prepare(
      `SELECT id, status, as_of, snapshot_sha256, signed_off_by, signed_off_at, created_at, updated_at, ${selectColumns(managementReviewEntity)} FROM management_reviews WHERE id = ?`,
    )
    .get(id) as ReviewRow | undefined;
  if (!row) throw new AppError('not_found', `There is no management review with id ${id}.`, field);
  return row;
}

const personName = (db: Database.Database, id: number | null) =>
  id === null ? null : ((db.prepare('SELECT name FROM people WHERE id = ?').pluck().get(id) as string | undefined) ?? null);

/** A person the workspace knows, or a clear invalid_input naming the field. */
function assertPerson(db: Database.Database, id: number | null, field: string, label: string): void {
  if (id === null) return;
  if (!db.prepare('SELECT 1 FROM people WHERE id = ?').get(id))
    throw new AppError('invalid_input', `${label} must be a person in the workspace; there is no person with id ${id}.`, field);
}

function assertPeople(db: Database.Database, values: Partial<ManagementReviewCreateInput>): void {
  assertPerson(db, values.chairId ?? null, 'chairId', LABELS.chairId);
  assertPerson(db, values.preparerId ?? null, 'preparerId', LABELS.preparerId);
  (values.attendeeIds ?? []).forEach((id, index) => assertPerson(db, id, `attendeeIds.${index}`, `Attendee ${index + 1}`));
}

export function listDecisions(db: Database.Database, reviewId: number): ReviewDecision[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.review_id, d.action_id, p.name AS owner_name, a.status AS action_status, ${selectColumns(reviewDecisionEntity, 'd')}
         FROM management_review_decisions d LEFT JOIN people p ON p.id = d.owner_id LEFT JOIN actions a ON a.id = d.action_id
        WHERE d.review_id = ? ORDER BY d.id`,
    )
    .all(reviewId) as Array<Record<string, unknown>>;
  return rows.map((row) => ({
    id: row.id as number,
    reviewId: row.review_id as number,
    ...fromColumns(reviewDecisionEntity, row),
    ownerName: (row.owner_name as string | null) ?? null,
    actionId: (row.action_id as number | null) ?? null,
    actionStatus: (row.action_status as ReviewDecision['actionStatus']) ?? null,
  }));
}

export function narrativesOf(db: Database.Database, reviewId: number): Partial<Record<SectionKey, string>> {
  const rows = db.prepare('SELECT section, text FROM management_review_narratives WHERE review_id = ? ORDER BY section').all(reviewId) as Array<{
    section: SectionKey;
    text: string;
  }>;
  return Object.fromEntries(rows.map((row) => [row.section, row.text]));
}

export function getManagementReview(db: Database.Database, id: number): ManagementReview {
  const row = reviewRow(db, id);
  const values = fromColumns(managementReviewEntity, row);
  const decisions = listDecisions(db, id);
  const attendees = values.attendeeIds.map((attendee) => ({ id: attendee, name: personName(db, attendee) ?? `Person ${attendee}` }));
  return {
    id: row.id,
    ...values,
    status: row.status,
    chairName: personName(db, values.chairId),
    preparerName: personName(db, values.preparerId),
    attendees,
    narratives: narrativesOf(db, id),
    decisions,
    asOf: row.as_of,
    snapshotSha256: row.snapshot_sha256,
    signedOffBy: row.signed_off_by === null ? null : { id: row.signed_off_by, name: personName(db, row.signed_off_by) ?? '' },
    signedOffAt: row.signed_off_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listManagementReviews(db: Database.Database): ManagementReviewSummary[] {
  return db
    .prepare(
      `SELECT m.id, m.title, m.period_from AS periodFrom, m.period_to AS periodTo, m.meeting_date AS meetingDate, m.status, p.name AS chairName,
              (SELECT count(*) FROM management_review_decisions d WHERE d.review_id = m.id) AS decisions, m.snapshot_sha256 AS snapshotSha256
         FROM management_reviews m LEFT JOIN people p ON p.id = m.chair_id
        ORDER BY m.period_to DESC, m.id DESC`,
    )
    .all() as ManagementReviewSummary[];
}

export function createManagementReview(db: Database.Database, actor: Actor, input: ManagementReviewCreateInput, now: string): ManagementReview {
  assertPeople(db, input);
  const columns = toColumns(managementReviewEntity, input);
  const names = Object.keys(columns);
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO management_reviews (${names.join(', ')}, status, created_at, updated_at) VALUES (${names.map((n) => `@${n}`).join(', ')}, 'planned', @now, @now)`,
    )
    .run({ ...columns, now });
  const id = Number(lastInsertRowid);
  recordAudit(
    db,
    actor,
    { entity: managementReviewEntity.entity, entityId: id, action: 'create', after: { ...auditSnapshot(managementReviewEntity, input), status: 'planned' } },
    now,
  );
  return getManagementReview(db, id);
}

/** Refuse changes a review's status no longer allows, saying why. */
export function assertEditable(row: { status: ManagementReviewStatus }, what: string, allowHeld = false): void {
  if (row.status === 'closed' || (row.status === 'held' && !allowHeld)) {
    throw new AppError('conflict', `This review is ${STATUS_LABELS[row.status].toLowerCase()}, so ${what} can no longer change: what it showed is frozen.`);
  }
}

export function updateManagementReview(db: Database.Database, actor: Actor, input: ManagementReviewUpdateInput, now: string): ManagementReview {
  const row = reviewRow(db, input.id);
  assertEditable(row, 'its title, period, meeting and people');
  const before = fromColumns(managementReviewEntity, row);
  const { id: _id, ...changes } = input;
  const merged = { ...before, ...changes };
  if (merged.periodTo < merged.periodFrom)
    throw new AppError('invalid_input', 'Period to must not be before the start of the period.', changes.periodTo !== undefined ? 'periodTo' : 'periodFrom');
  assertPeople(db, changes);
  const columns = toColumns(managementReviewEntity, changes);
  const names = Object.keys(columns);
  if (names.length > 0) {
    db.prepare(`UPDATE management_reviews SET ${names.map((n) => `${n} = @${n}`).join(', ')}, updated_at = @now WHERE id = @id`).run({
      ...columns,
      now,
      id: input.id,
    });
    recordAudit(
      db,
      actor,
      {
        entity: managementReviewEntity.entity,
        entityId: input.id,
        action: 'update',
        before: auditSnapshot(managementReviewEntity, before),
        after: auditSnapshot(managementReviewEntity, merged),
      },
      now,
    );
  }
  return getManagementReview(db, input.id);
}

export function setStatus(
  db: Database.Database,
  actor: Actor,
  id: number,
  from: ManagementReviewStatus,
  to: ManagementReviewStatus,
  extra: Record<string, unknown>,
  now: string,
): void {
  const assignments = Object.keys(extra).map((column) => `${column} = @${column}`);
  db.prepare(`UPDATE management_reviews SET status = @to, ${[...assignments, 'updated_at = @now'].join(', ')} WHERE id = @id`).run({ ...extra, to, now, id });
  const after: Record<string, unknown> = { status: to };
  if ('snapshot_sha256' in extra) after.snapshotSha256 = extra.snapshot_sha256;
  if ('signed_off_by' in extra) after.signedOffBy = extra.signed_off_by;
  recordAudit(db, actor, { entity: managementReviewEntity.entity, entityId: id, action: 'update', before: { status: from }, after }, now);
}

export function startManagementReview(db: Database.Database, actor: Actor, id: number, now: string): ManagementReview {
  const row = reviewRow(db, id);
  if (row.status !== 'planned')
    throw new AppError('conflict', `Only a planned review can start its preparation; this one is ${STATUS_LABELS[row.status].toLowerCase()}.`);
  setStatus(db, actor, id, 'planned', 'in_preparation', {}, now);
  return getManagementReview(db, id);
}

export function setNarrative(db: Database.Database, actor: Actor, id: number, section: SectionKey, text: string, now: string): ManagementReview {
  const row = reviewRow(db, id);
  assertEditable(row, 'its narratives');
  const before =
    (db.prepare('SELECT text FROM management_review_narratives WHERE review_id = ? AND section = ?').pluck().get(id, section) as string | undefined) ?? '';
  if (before !== text) {
    db.prepare(
      `INSERT INTO management_review_narratives (review_id, section, text, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (review_id, section) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
    ).run(id, section, text, now);
    recordAudit(
      db,
      actor,
      {
        entity: 'management_review_narrative',
        entityId: `${id}:${section}`,
        action: before ? 'update' : 'create',
        before: before ? { text: before } : undefined,
        after: { text },
      },
      now,
    );
  }
  return getManagementReview(db, id);
}

/**
 * Add or change a decision. Each decision is tracked as an action (Actions list) linked to the
 * review, so its progress comes back as input (a) at the next review.
 */
export function saveDecision(db: Database.Database, actor: Actor, input: DecisionSaveInput, now: string): ManagementReview {
  const row = reviewRow(db, input.reviewId, 'reviewId');
  assertEditable(row, 'its decisions', true);
  assertPerson(db, input.ownerId, 'ownerId', 'The decision’s owner');
  const { id, reviewId, ...values } = input;
  const columns = toColumns(reviewDecisionEntity, values);
  if (id === undefined) {
    // The decision is tracked as an action on the Actions screen, written through the action descriptor.
    const actionId = insertActionRow(
      db,
      { title: values.title, description: values.description, ownerId: values.ownerId, dueDate: values.dueDate, status: 'open', managementReviewId: reviewId },
      now,
    );
    recordAudit(db, actor, { entity: 'action', entityId: actionId, action: 'create', after: actionAudit(actionValues(db, actionId)) }, now);
    const names = Object.keys(columns);
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO management_review_decisions (review_id, ${names.join(', ')}, action_id, created_at, updated_at) VALUES (@reviewId, ${names.map((n) => `@${n}`).join(', ')}, @actionId, @now, @now)`,
      )
      .run({ ...columns, reviewId, actionId, now });
    recordAudit(
      db,
      actor,
      {
        entity: reviewDecisionEntity.entity,
        entityId: Number(lastInsertRowid),
        action: 'create',
        after: { reviewId, ...auditSnapshot(reviewDecisionEntity, values) },
      },
      now,
    );
  } else {
    const existing = listDecisions(db, reviewId).find((decision) => decision.id === id);
    if (!existing) throw new AppError('not_found', `Review ${reviewId} has no decision with id ${id}.`, 'id');
    const names = Object.keys(columns);
    db.prepare(`UPDATE management_review_decisions SET ${names.map((n) => `${n} = @${n}`).join(', ')}, updated_at = @now WHERE id = @id`).run({
      ...columns,
      now,
      id,
    });
    if (existing.actionId !== null) {
      updateActionRow(db, existing.actionId, { title: values.title, description: values.description, ownerId: values.ownerId, dueDate: values.dueDate }, now);
    }
    recordAudit(
      db,
      actor,
      {
        entity: reviewDecisionEntity.entity,
        entityId: id,
        action: 'update',
        before: auditSnapshot(reviewDecisionEntity, existing),
        after: auditSnapshot(reviewDecisionEntity, values),
      },
      now,
    );
  }
  return getManagementReview(db, reviewId);
}

export function deleteDecision(db: Database.Database, actor: Actor, reviewId: number, id: number, now: string): ManagementReview {
  const row = reviewRow(db, reviewId, 'reviewId');
  assertEditable(row, 'its decisions', true);
  const existing = listDecisions(db, reviewId).find((decision) => decision.id === id);
  if (!existing) throw new AppError('not_found', `Review ${reviewId} has no decision with id ${id}.`, 'id');
  db.prepare('DELETE FROM management_review_decisions WHERE id = ?').run(id);
  if (existing.actionId !== null) db.prepare('DELETE FROM actions WHERE id = ?').run(existing.actionId);
  recordAudit(db, actor, { entity: reviewDecisionEntity.entity, entityId: id, action: 'delete', before: auditSnapshot(reviewDecisionEntity, existing) }, now);
  return getManagementReview(db, reviewId);
}

/** The stored row's status, snapshot and as-of (for hold, close and content). */
export function reviewState(db: Database.Database, id: number) {
  const row = db
    .prepare('SELECT id, status, as_of, snapshot_json, snapshot_sha256, signed_off_by, signed_off_at FROM management_reviews WHERE id = ?')
    .get(id) as
    | {
        id: number;
        status: ManagementReviewStatus;
        as_of: string | null;
        snapshot_json: string | null;
        snapshot_sha256: string | null;
        signed_off_by: number | null;
        signed_off_at: string | null;
      }
    | undefined;
  if (!row) throw new AppError('not_found', `There is no management review with id ${id}.`, 'id');
  return row;
}
