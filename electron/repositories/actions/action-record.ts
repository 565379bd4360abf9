import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { actionEntity } from '../../../shared/entity/action-entity';
import { auditSnapshot, fromColumns, selectColumns, toColumns, type EntityValues } from '../../../shared/entity/field-descriptor';

// The one place an action's own columns are written and read back, for every kind of action
// (SLA review, risk treatment): the column names come from the action descriptor.

export type ActionValues = EntityValues<typeof actionEntity.fields>;

/** The SELECT list of an action's own columns, `a.`-prefixed. */
export const ACTION_COLUMNS = selectColumns(actionEntity, 'a');

/** Add an action row with the given values (the rest take the table's defaults); returns its id. */
export function insertActionRow(db: Database.Database, values: Partial<ActionValues>, now: string): number {
  const columns = toColumns(actionEntity, values);
  const names = Object.keys(columns);
  const { lastInsertRowid } = db
    .prepare(`INSERT INTO actions (${names.join(', ')}, created_at, updated_at) VALUES (${names.map((n) => `@${n}`).join(', ')}, @now, @now)`)
    .run({ ...columns, now });
  return Number(lastInsertRowid);
}

/** Write the given values of an action and stamp it updated. */
export function updateActionRow(db: Database.Database, id: number, values: Partial<ActionValues>, now: string): void {
  const columns = toColumns(actionEntity, values);
  const names = Object.keys(columns);
  db.prepare(`UPDATE actions SET ${names.map((n) => `${n} = @${n}`).join(', ')}, updated_at = @now WHERE id = @id`).run({ ...columns, now, id });
}

/** The stored values of an action, or not_found naming `what`. */
export function actionValues(db: Database.Database, id: number, what = 'action'): ActionValues {
  const row = db.prepare(`SELECT ${ACTION_COLUMNS} FROM actions a WHERE a.id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) throw new AppError('not_found', `There is no ${what} with id ${id}.`, 'id');
  return fromColumns(actionEntity, row);
}

/** What the audit trail records of an action. */
export function actionAudit(values: ActionValues): Record<string, unknown> {
  return auditSnapshot(actionEntity, values);
}
