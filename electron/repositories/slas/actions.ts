import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { ActionListInput, ActionPage, ActionSummary, ActionUpdateInput } from '../../../shared/api/sla-reviews-api';
import { actionEntity } from '../../../shared/entity/action-entity';
import { fromColumns } from '../../../shared/entity/field-descriptor';
import { ACTION_COLUMNS, actionAudit, actionValues, insertActionRow, updateActionRow, type ActionValues } from '../actions/action-record';
import { recordAudit, type Actor } from '../audit-repository';
import { getPerson } from '../people-repository';

/** An action's own columns (named by its descriptor) with the names of what it links to. */
interface ActionRow {
  [column: string]: unknown;
  id: number;
  owner_name: string | null;
  sla_code: string | null;
  sla_name: string | null;
  risk_code: string | null;
  risk_title: string | null;
  service_code: string | null;
  service_name: string | null;
  management_review_title: string | null;
  created_at: string;
  updated_at: string;
}

const ACTION_SELECT = `
  SELECT a.id, ${ACTION_COLUMNS}, a.created_at, a.updated_at, p.name AS owner_name, l.code AS sla_code, l.name AS sla_name,
         r.code AS risk_code, r.title AS risk_title, s.code AS service_code, s.name AS service_name, mr.title AS management_review_title
    FROM actions a
    LEFT JOIN people p ON p.id = a.owner_id
    LEFT JOIN slas l ON l.id = a.sla_id
    LEFT JOIN risks r ON r.id = a.risk_id
    LEFT JOIN services s ON s.id = a.service_id
    LEFT JOIN management_reviews mr ON mr.id = a.management_review_id`;

const OPEN = "a.status IN ('open', 'in_progress')";

function toAction(row: ActionRow, today: string): ActionSummary {
  const action = fromColumns(actionEntity, row);
  const open = action.status === 'open' || action.status === 'in_progress';
  return {
    id: row.id,
    title: action.title,
    description: action.description,
    ownerId: action.ownerId,
    ownerName: row.owner_name,
    dueDate: action.dueDate,
    status: action.status,
    overdue: open && action.dueDate !== null && action.dueDate < today,
    progressNotes: action.progressNotes,
    completedOn: action.completedAt ? action.completedAt.slice(0, 10) : null,
    sla: action.slaId !== null && row.sla_code !== null ? { id: action.slaId, code: row.sla_code, name: row.sla_name ?? '' } : null,
    risk: action.riskId !== null && row.risk_code !== null ? { id: action.riskId, code: row.risk_code, title: row.risk_title ?? '' } : null,
    service: action.serviceId !== null && row.service_code !== null ? { id: action.serviceId, code: row.service_code, name: row.service_name ?? '' } : null,
    reviewId: action.reviewId,
    managementReview:
      action.managementReviewId !== null && row.management_review_title !== null ? { id: action.managementReviewId, title: row.management_review_title } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A page of the actions matching the filters, soonest due first (undated last), with how many match and how many of those are overdue. */
export function listActions(db: Database.Database, input: ActionListInput, today: string): ActionPage {
  const clauses: string[] = [];
  const params: Record<string, unknown> = { today };
  if (input.status?.length) {
    clauses.push('a.status IN (SELECT value FROM json_each(@statuses))');
    params.statuses = JSON.stringify(input.status);
  }
  if (input.overdue === true) clauses.push(`${OPEN} AND a.due_date < @today`);
  if (input.overdue === false) clauses.push(`NOT (${OPEN} AND a.due_date IS NOT NULL AND a.due_date < @today)`);
  if (input.slaId !== undefined) {
    clauses.push('a.sla_id = @slaId');
    params.slaId = input.slaId;
  }
  if (input.riskId !== undefined) {
    clauses.push('a.risk_id = @riskId');
    params.riskId = input.riskId;
  }
  if (input.serviceId !== undefined) {
    clauses.push('(a.service_id = @serviceId OR l.service_id = @serviceId)');
    params.serviceId = input.serviceId;
  }
  if (input.ownerId !== undefined) {
    clauses.push('a.owner_id = @ownerId');
    params.ownerId = input.ownerId;
  }
  if (input.raisedFor === 'sla') clauses.push('a.sla_id IS NOT NULL');
  if (input.raisedFor === 'risk') clauses.push('a.risk_id IS NOT NULL');
  if (input.raisedFor === 'management_review') clauses.push('a.management_review_id IS NOT NULL');
  if (input.managementReviewId !== undefined) {
    clauses.push('a.management_review_id = @managementReviewId');
    params.managementReviewId = input.managementReviewId;
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const rows = db
    .prepare(`${ACTION_SELECT} ${where} ORDER BY a.due_date IS NULL, a.due_date, a.id LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: input.limit, offset: input.offset }) as ActionRow[];
  // Both counts cover every matching action, so the list can say "11,834 actions · 4,710 overdue" whatever page is on screen.
  const overdueNow = `${OPEN} AND a.due_date IS NOT NULL AND a.due_date < @today`;
  const counts = db
    .prepare(`SELECT count(*) AS total, coalesce(sum(${overdueNow}), 0) AS overdue FROM actions a LEFT JOIN slas l ON l.id = a.sla_id ${where}`)
    .get(params) as { total: number; overdue: number };
  return { rows: rows.map((row) => toAction(row, today)), total: counts.total, overdue: counts.overdue };
}

/** One action, or not_found. */
export function getAction(db: Database.Database, id: number, today: string): ActionSummary {
  const row = db.prepare(`${ACTION_SELECT} WHERE a.id = ?`).get(id) as ActionRow | undefined;
  if (!row) throw new AppError('not_found', `There is no action with id ${id}.`, 'id');
  return toAction(row, today);
}

/** Actions raised by some reviews. */
export function actionsOfReviews(db: Database.Database, reviewIds: readonly number[], today: string): Map<number, ActionSummary[]> {
  const byReview = new Map<number, ActionSummary[]>(reviewIds.map((id) => [id, []]));
  if (reviewIds.length === 0) return byReview;
  const rows = db.prepare(`${ACTION_SELECT} WHERE a.review_id IN (SELECT value FROM json_each(?)) ORDER BY a.id`).all(JSON.stringify(reviewIds)) as ActionRow[];
  for (const row of rows) byReview.get(row.review_id as number)!.push(toAction(row, today));
  return byReview;
}

/** Add an action (audited); the caller links it to what raised it. */
export function insertAction(
  db: Database.Database,
  actor: Actor,
  values: { title: string; description: string; ownerId: number | null; dueDate: string | null; slaId: number | null; reviewId: number | null },
  now: string,
): number {
  const id = insertActionRow(db, { ...values, status: 'open' }, now);
  recordAudit(db, actor, { entity: 'action', entityId: id, action: 'create', after: actionAudit(actionValues(db, id)) }, now);
  return id;
}

/**
 * Change an action. Marking it done records the completion day (today unless given, never in
 * the future); reopening or cancelling clears it; a completion day on an action that is not done
 * is refused.
 */
export function updateAction(db: Database.Database, actor: Actor, input: ActionUpdateInput, today: string, now: string): ActionSummary {
  const before = actionValues(db, input.id);
  const { id, completedOn, ...changes } = input;
  const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<ActionValues>;
  const status = given.status ?? before.status;
  if (given.ownerId !== undefined && given.ownerId !== null && given.ownerId !== before.ownerId) getPerson(db, given.ownerId, 'ownerId');
  let completedAt: string | null;
  if (status === 'done') {
    if (completedOn && completedOn > today) throw new AppError('invalid_input', 'Completed on: is in the future.', 'completedOn');
    if (completedOn) completedAt = `${completedOn}T00:00:00.000Z`;
    else if (before.status === 'done' && completedOn === undefined) completedAt = before.completedAt ?? now;
    else completedAt = now;
  } else {
    if (completedOn)
      throw new AppError('invalid_input', `Completed on: only a done action has a completion date (this one is ${status.replace('_', ' ')}).`, 'completedOn');
    completedAt = null;
  }
  updateActionRow(db, id, { ...given, status, completedAt }, now);
  recordAudit(db, actor, { entity: 'action', entityId: id, action: 'update', before: actionAudit(before), after: actionAudit(actionValues(db, id)) }, now);
  return getAction(db, id, today);
}
