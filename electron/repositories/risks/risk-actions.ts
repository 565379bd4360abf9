import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { RiskAction, RiskActionCreateInput, RiskActionStatus, RiskActionUpdateInput } from '../../../shared/api/risks-api';
import { recordAudit, type Actor } from '../audit-repository';
import { getPerson } from '../people-repository';
import { placeholders } from '../sql-helpers';
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

function snapshot(action: RiskAction) {
  const { overdue: _overdue, riskCode: _code, ownerName: _owner, createdAt: _created, updatedAt: _updated, ...fields } = action;
  return fields;
}

/** Add a treatment action to a risk, audited. */
export function createRiskAction(db: Database.Database, actor: Actor, input: RiskActionCreateInput, today: string, now: string): RiskAction {
  if (!db.prepare('SELECT 1 FROM risks WHERE id = ?').get(input.riskId))
    throw new AppError('not_found', `Risk: there is no risk with id ${input.riskId}.`, 'riskId');
  if (input.ownerId !== null) getPerson(db, input.ownerId, 'ownerId');
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO actions (title, description, owner_id, due_date, status, risk_id, progress_notes, completed_at, created_at, updated_at)
       VALUES (@title, @description, @ownerId, @dueDate, @status, @riskId, @progressNotes, @completedAt, @now, @now)`,
    )
    .run({ ...input, completedAt: input.status === 'done' ? now : null, now });
  const created = getRiskAction(db, Number(lastInsertRowid), today);
  recordAudit(db, actor, { entity: 'action', entityId: created.id, action: 'create', after: snapshot(created) }, now);
  return created;
}

/** Change a treatment action; moving to done dates its completion, reopening clears it. */
export function updateRiskAction(db: Database.Database, actor: Actor, input: RiskActionUpdateInput, today: string, now: string): RiskAction {
  const before = getRiskAction(db, input.id, today);
  if (input.ownerId !== undefined && input.ownerId !== null && input.ownerId !== before.ownerId) getPerson(db, input.ownerId, 'ownerId');
  const status = input.status ?? before.status;
  const completedAt = status === 'done' ? (before.status === 'done' ? before.completedAt : now) : null;
  db.prepare(
    `UPDATE actions SET title = @title, description = @description, owner_id = @ownerId, due_date = @dueDate, status = @status,
       progress_notes = @progressNotes, completed_at = @completedAt, updated_at = @now WHERE id = @id`,
  ).run({
    id: before.id,
    title: input.title ?? before.title,
    description: input.description ?? before.description,
    ownerId: input.ownerId !== undefined ? input.ownerId : before.ownerId,
    dueDate: input.dueDate !== undefined ? input.dueDate : before.dueDate,
    status,
    progressNotes: input.progressNotes ?? before.progressNotes,
    completedAt,
    now,
  });
  const after = getRiskAction(db, before.id, today);
  recordAudit(db, actor, { entity: 'action', entityId: after.id, action: 'update', before: snapshot(before), after: snapshot(after) }, now);
  return after;
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
  db.prepare('DELETE FROM actions WHERE id = ?').run(id);
  recordAudit(db, actor, { entity: 'action', entityId: id, action: 'delete', before: snapshot(before) }, now);
  return { deleted: { id: before.id, title: before.title } };
}
