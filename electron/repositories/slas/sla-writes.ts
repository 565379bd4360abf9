import type Database from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { slaRules, type SlaCreateInput, type SlaDetail, type SlaUpdateInput, type TargetInput } from '../../../shared/api/slas-api';
import { zodErrorToBody } from '../../../shared/api/validation';
import { auditSnapshot, fromColumns, toColumns, type EntityValues } from '../../../shared/entity/field-descriptor';
import { slaEntity } from '../../../shared/entity/sla-entity';
import { recordAudit, type Actor } from '../audit-repository';
import { getServiceRow } from '../services/service-queries';
import { auditTarget, replaceTargets } from './targets';
import { getSla, suggestSlaCode } from './sla-queries';
import { getSlaRow } from './sla-rows';

type SlaValues = EntityValues<typeof slaEntity.fields>;

function assertCodeFree(db: Database.Database, code: string, exceptId: number | null): void {
  const clash = db.prepare('SELECT name FROM slas WHERE code = ? COLLATE NOCASE AND id IS NOT ?').pluck().get(code, exceptId) as string | undefined;
  if (clash !== undefined) throw new AppError('conflict', `Code: ${code} is already used by "${clash}".`, 'code');
}

function assertRules(values: SlaValues): void {
  const checked = z.object({}).passthrough().superRefine(slaRules).safeParse(values);
  if (!checked.success) {
    const body = zodErrorToBody(checked.error);
    throw new AppError('invalid_input', body.message, body.field);
  }
}

/** Add an SLA (code suggested when left out) with its first targets, audited as one change. */
export function createSla(db: Database.Database, actor: Actor, input: SlaCreateInput, today: string, now: string): SlaDetail {
  const code = input.code ?? suggestSlaCode(db);
  assertCodeFree(db, code, null);
  getServiceRow(db, input.serviceId, 'serviceId');
  const values = toColumns(slaEntity, { ...input, code });
  const names = Object.keys(values);
  const { lastInsertRowid } = db
    .prepare(`INSERT INTO slas (${names.join(', ')}, created_at, updated_at) VALUES (${names.map((n) => `@${n}`).join(', ')}, @now, @now)`)
    .run({ ...values, now });
  const id = Number(lastInsertRowid);
  const { after } = replaceTargets(db, actor, { kind: 'sla', id }, input.targets, { removeMeasured: false, audit: false }, now);
  const created = getSla(db, id, today);
  recordAudit(
    db,
    actor,
    { entity: 'sla', entityId: id, action: 'create', after: { ...auditSnapshot(slaEntity, created), targets: after.map(auditTarget) } },
    now,
  );
  return created;
}

/** Change the given fields; the rules apply to the result; the audit keeps before and after. */
export function updateSla(db: Database.Database, actor: Actor, input: SlaUpdateInput, today: string, now: string): SlaDetail {
  const before = getSla(db, input.id, today);
  const { id: _id, ...changes } = input;
  const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<SlaValues>;
  const next: SlaValues = { ...fromColumns(slaEntity, getSlaRow(db, before.id, today)), ...given };
  assertRules(next);
  if (next.code.toLowerCase() !== before.code.toLowerCase()) assertCodeFree(db, next.code, before.id);
  if (next.serviceId !== before.serviceId) getServiceRow(db, next.serviceId, 'serviceId');
  const values = toColumns(slaEntity, next);
  db.prepare(
    `UPDATE slas SET ${Object.keys(values)
      .map((n) => `${n} = @${n}`)
      .join(', ')}, updated_at = @now WHERE id = @id`,
  ).run({ ...values, now, id: before.id });
  const after = getSla(db, before.id, today);
  recordAudit(
    db,
    actor,
    { entity: 'sla', entityId: after.id, action: 'update', before: auditSnapshot(slaEntity, before), after: auditSnapshot(slaEntity, after) },
    now,
  );
  return after;
}

/** Replace an SLA's targets (see `replaceTargets`), audited with the lists before and after. */
export function setSlaTargets(
  db: Database.Database,
  actor: Actor,
  input: { slaId: number; targets: TargetInput[]; removeMeasuredTargets: boolean },
  today: string,
  now: string,
): SlaDetail {
  getSla(db, input.slaId, today); // not_found before anything
  replaceTargets(db, actor, { kind: 'sla', id: input.slaId }, input.targets, { removeMeasured: input.removeMeasuredTargets, audit: true }, now);
  db.prepare('UPDATE slas SET updated_at = ? WHERE id = ?').run(now, input.slaId);
  return getSla(db, input.slaId, today);
}

/**
 * Delete an SLA that has no results, reviews or actions; otherwise a conflict that names them
 * and suggests marking it expired, which keeps the record an auditor will ask for.
 */
export function deleteSla(db: Database.Database, actor: Actor, id: number, today: string, now: string) {
  const before = getSla(db, id, today);
  const count = (sql: string) => db.prepare(sql).pluck().get(id) as number;
  const measurements = count('SELECT count(*) FROM sla_measurements m JOIN sla_targets t ON t.id = m.target_id WHERE t.sla_id = ?');
  const reviews = count("SELECT count(*) FROM reviews WHERE subject_kind = 'sla' AND subject_id = ?");
  const actions = count('SELECT count(*) FROM actions WHERE sla_id = ?');
  const phrase = (n: number, one: string) => (n ? [`${n} ${one}${n === 1 ? '' : 's'}`] : []);
  const blockers = [...phrase(measurements, 'recorded result'), ...phrase(reviews, 'review'), ...phrase(actions, 'action')];
  if (blockers.length) {
    const list = blockers.length > 1 ? `${blockers.slice(0, -1).join(', ')} and ${blockers.at(-1)}` : blockers[0];
    const advice = before.status === 'expired' ? 'It is already expired, which keeps its record.' : 'Mark it expired instead to keep its record.';
    throw new AppError('conflict', `${before.code} ${before.name} cannot be deleted: it has ${list}. ${advice}`);
  }
  db.prepare('DELETE FROM slas WHERE id = ?').run(id);
  recordAudit(
    db,
    actor,
    {
      entity: 'sla',
      entityId: id,
      action: 'delete',
      before: { ...auditSnapshot(slaEntity, before), targets: before.targets.map((t) => auditTarget(t.target)) },
    },
    now,
  );
  return { deleted: { id, code: before.code, name: before.name } };
}

export type { SlaValues };
