import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { RiskAction, RiskActionCreateInput, RiskActionStatus, RiskActionUpdateInput } from '../../../shared/api/risks-api';
import { recordAudit, type Actor } from '../audit-repository';
import { getPerson } from '../people-repository';
import { placeholders } from '../sql-helpers';
import { actionAudit, actionValues, insertActionRow, updateActionRow, type ActionValues } from '../actions/action-record';
import { ACTION_SELECT, toRiskAction, type ActionRow } from './risk-rows';

const OPEN: readonly RiskActionStatus[] = ['open', 'in_progress'];

export interface RiskActionFilter {
  riskId?: number | undefined;
  ownerIds?: number[] | undefined;
  statuses?: RiskActionStatus[] | undefined;
  overdue?: boolean | undefined;
  offset: number;
  limit: number;
}

/** Treatment actions (actions linked to a risk), soonest due first. */
export function listRiskActions(db: Database.Database, filter: RiskActionFilter, today: string): { rows: RiskAction[]; total: number } {
  const clauses = ['a.risk_id IS NOT NULL'];
  const params: unknown[] = [];
  if (filter.riskId) {
    clauses.push('a.risk_id = ?');
    params.push(filter.riskId);
  }
  if (filter.ownerIds?.length) {
    clauses.push(`a.owner_id IN (${placeholders(filter.ownerIds.length)})`);
    params.push(...filter.ownerIds);
  }
  if (filter.statuses?.length) {
    clauses.push(`a.status IN (${placeholders(filter.statuses.length)})`);
    params.push(...filter.statuses);
  }
  if (filter.overdue) {
    clauses.push("a.status IN ('open', 'in_progress') AND a.due_date < ?");
    params.push(today);
  }
  const where = `WHERE ${clauses.join(' AND ')}`;
  const rows = db
    .prepare(`${ACTION_SELECT} ${where} ORDER BY a.due_date IS NULL, a.due_date, a.id LIMIT ? OFFSET ?`)
    .all(...params, filter.limit, filter.offset) as ActionRow[];
  const total = db
    .prepare(`SELECT count(*) FROM actions a ${where}`)
    .pluck()
    .get(...params) as number;
  return { rows: rows.map((row) => toRiskAction(row, today)), total };
}

/** One treatment action, or not_found. */
export function getRiskAction(db: Database.Database, id: number, today: string): RiskAction {
  const row = db.prepare(`${ACTION_SELECT} WHERE a.id = ?`).get(id) as ActionRow | undefined;
  if (!row) throw new AppError('not_found', `There is no treatment action with id ${id}.`, 'id');
  return toRiskAction(row, today);
}

/** Add a treatment action to a risk, audited. */
export function createRiskAction(db: Database.Database, actor: Actor, input: RiskActionCreateInput, today: string, now: string): RiskAction {
  if (!db.prepare('SELECT 1 FROM risks WHERE id = ?').get(input.riskId))
    throw new AppError('not_found', `Risk: there is no risk with id ${input.riskId}.`, 'riskId');
  if (input.ownerId !== null) getPerson(db, input.ownerId, 'ownerId');
  const id = insertActionRow(db, { ...input, completedAt: input.status === 'done' ? now : null }, now);
  recordAudit(db, actor, { entity: 'action', entityId: id, action: 'create', after: actionAudit(actionValues(db, id)) }, now);
  return getRiskAction(db, id, today);
}

/** Change a treatment action; moving to done dates its completion, reopening clears it. */
export function updateRiskAction(db: Database.Database, actor: Actor, input: RiskActionUpdateInput, today: string, now: string): RiskAction {
  const current = getRiskAction(db, input.id, today); // not_found as a treatment action
  const before = actionValues(db, current.id);
  const { id, ...changes } = input;
  const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<ActionValues>;
  if (given.ownerId !== undefined && given.ownerId !== null && given.ownerId !== before.ownerId) getPerson(db, given.ownerId, 'ownerId');
  const status = given.status ?? before.status;
  const completedAt = status === 'done' ? (before.status === 'done' ? before.completedAt : now) : null;
  updateActionRow(db, id, { ...given, status, completedAt }, now);
  recordAudit(db, actor, { entity: 'action', entityId: id, action: 'update', before: actionAudit(before), after: actionAudit(actionValues(db, id)) }, now);
  return getRiskAction(db, id, today);
}

/** Delete an action still open; done and cancelled ones are evidence and stay. */
export function deleteRiskAction(db: Database.Database, actor: Actor, id: number, today: string, now: string) {
  const before = getRiskAction(db, id, today);
  if (!OPEN.includes(before.status)) {
    throw new AppError(
      'conflict',
      `"${before.title}" is ${before.status === 'done' ? 'done' : 'cancelled'} and kept as evidence of the treatment, so it cannot be deleted.`,
    );
  }
  const stored = actionValues(db, id);
  db.prepare('DELETE FROM actions WHERE id = ?').run(id);
  recordAudit(db, actor, { entity: 'action', entityId: id, action: 'delete', before: actionAudit(stored) }, now);
  return { deleted: { id: before.id, title: before.title } };
}
