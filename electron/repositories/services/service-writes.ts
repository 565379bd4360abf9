import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { auditSnapshot, toColumns, type EntityValues } from '../../../shared/entity/field-descriptor';
import { serviceEntity, type ServiceFieldKey } from '../../../shared/entity/service-entity';
import type { Lifecycle, ServiceCreateInput, ServiceDetail, ServiceRef, ServiceUpdateInput } from '../../../shared/api/services-api';
import { findDependencyCycle } from '../../../shared/domain/dependency-graph';
import { recordAudit, type Actor } from '../audit-repository';
import { getPerson } from '../people-repository';
import { placeholders } from '../sql-helpers';
import { allDependencyEdges, getService, getServiceRow, suggestServiceCode } from './service-queries';

type ServiceFields = EntityValues<typeof serviceEntity.fields>;
/** What a service row is written from: its declared fields and its dependencies (their own table). */
type ServiceValues = ServiceFields & { dependsOn: readonly number[] };

const FIELD_KEYS = Object.keys(serviceEntity.fields) as ServiceFieldKey[];

/** The declared fields of a service as the API shows it. */
function fieldsOf(detail: ServiceDetail): ServiceFields {
  return Object.fromEntries(FIELD_KEYS.map((key) => [key, detail[key]])) as ServiceFields;
}

/** The part of a service the audit trail keeps: its declared fields and dependency codes, not derived lists. */
function serviceAuditSnapshot(detail: ServiceDetail) {
  return { ...auditSnapshot(serviceEntity, fieldsOf(detail)), dependsOn: detail.dependsOn.map((ref) => ref.code) };
}

function assertCodeFree(db: Database.Database, code: string, exceptId: number | null): void {
  const clash = db.prepare('SELECT name FROM services WHERE code = ? COLLATE NOCASE AND id IS NOT ?').pluck().get(code, exceptId) as string | undefined;
  if (clash !== undefined) throw new AppError('conflict', `Code: ${code} is already used by "${clash}".`, 'code');
}

function assertOwner(db: Database.Database, ownerId: number | null): void {
  if (ownerId !== null) getPerson(db, ownerId, 'ownerId');
}

/** Check the dependencies exist and close no cycle; the message names the cycle by service codes. */
function assertDependencies(db: Database.Database, serviceId: number, dependsOn: readonly number[]): void {
  if (dependsOn.length === 0) return;
  const unique = [...new Set(dependsOn)];
  const codes = new Map(
    (db.prepare(`SELECT id, code, name FROM services WHERE id IN (${placeholders(unique.length)})`).all(...unique) as ServiceRef[]).map((r) => [r.id, r]),
  );
  const missing = unique.filter((id) => !codes.has(id));
  if (missing.length) throw new AppError('not_found', `Depends on: there is no service with id ${missing.join(', ')}.`, 'dependsOn');
  const cycle = findDependencyCycle(allDependencyEdges(db), serviceId, unique);
  if (cycle) {
    const self = serviceId > 0 ? getServiceRow(db, serviceId) : null;
    const label = (id: number) => {
      const ref = codes.get(id) ?? (self && id === self.id ? self : (db.prepare('SELECT code, name FROM services WHERE id = ?').get(id) as ServiceRef));
      return `${ref.code} ${ref.name}`;
    };
    const path = cycle.map(label).join(' → ');
    throw new AppError(
      'invalid_input',
      cycle.length === 2 ? `Depends on: a service cannot depend on itself (${label(serviceId)}).` : `Depends on: this would make a dependency cycle: ${path}.`,
      'dependsOn',
    );
  }
}

function writeDependencies(db: Database.Database, serviceId: number, dependsOn: readonly number[]): void {
  db.prepare('DELETE FROM service_dependencies WHERE service_id = ?').run(serviceId);
  const insert = db.prepare('INSERT INTO service_dependencies (service_id, depends_on_id) VALUES (?, ?)');
  for (const id of new Set(dependsOn)) insert.run(serviceId, id);
}

function recordLifecycle(db: Database.Database, serviceId: number, lifecycle: Lifecycle, at: string): void {
  db.prepare('INSERT INTO service_lifecycle_events (service_id, lifecycle, at) VALUES (?, ?, ?)').run(serviceId, lifecycle, at);
}

/** Insert a service without auditing (the caller audits); used by create, duplicate and import. */
export function insertService(db: Database.Database, values: ServiceValues, now: string): number {
  const columns = toColumns(serviceEntity, values);
  const names = Object.keys(columns);
  const { lastInsertRowid } = db
    .prepare(`INSERT INTO services (${names.join(', ')}, created_at, updated_at) VALUES (${names.map((n) => `@${n}`).join(', ')}, @now, @now)`)
    .run({ ...columns, now });
  const id = Number(lastInsertRowid);
  recordLifecycle(db, id, values.lifecycle, now);
  return id;
}

/** Add a service (code suggested when left out) with its dependencies, audited. */
export function createService(db: Database.Database, actor: Actor, input: ServiceCreateInput, now: string): ServiceDetail {
  const code = input.code ?? suggestServiceCode(db);
  assertCodeFree(db, code, null);
  assertOwner(db, input.ownerId);
  assertDependencies(db, 0, input.dependsOn);
  const id = insertService(db, { ...input, code }, now);
  writeDependencies(db, id, input.dependsOn);
  const created = getService(db, id);
  recordAudit(db, actor, { entity: 'service', entityId: id, action: 'create', after: serviceAuditSnapshot(created) }, now);
  return created;
}

/** Change the given fields; a lifecycle change is dated; the audit keeps before and after. */
export function updateService(db: Database.Database, actor: Actor, input: ServiceUpdateInput, now: string): ServiceDetail {
  const before = getService(db, input.id);
  // A field the update leaves out (or sends as undefined) keeps its value; null clears it.
  const changed = Object.fromEntries(FIELD_KEYS.filter((key) => input[key] !== undefined).map((key) => [key, input[key]]));
  const next: ServiceValues = { ...fieldsOf(before), ...changed, dependsOn: input.dependsOn ?? before.dependsOn.map((ref) => ref.id) };
  if (next.code.toLowerCase() !== before.code.toLowerCase()) assertCodeFree(db, next.code, before.id);
  if (next.ownerId !== before.ownerId) assertOwner(db, next.ownerId);
  if (input.dependsOn) assertDependencies(db, before.id, next.dependsOn);
  const columns = toColumns(serviceEntity, next);
  db.prepare(
    `UPDATE services SET ${Object.keys(columns)
      .map((n) => `${n} = @${n}`)
      .join(', ')}, updated_at = @now WHERE id = @id`,
  ).run({
    ...columns,
    now,
    id: before.id,
  });
  if (input.dependsOn) writeDependencies(db, before.id, next.dependsOn);
  if (next.lifecycle !== before.lifecycle) recordLifecycle(db, before.id, next.lifecycle, now);
  const after = getService(db, before.id);
  recordAudit(
    db,
    actor,
    { entity: 'service', entityId: after.id, action: 'update', before: serviceAuditSnapshot(before), after: serviceAuditSnapshot(after) },
    now,
  );
  return after;
}

/** Copy a service into the pipeline under a new code, keeping its dependencies (not its dependents). */
export function duplicateService(
  db: Database.Database,
  actor: Actor,
  input: { id: number; code?: string | undefined; name?: string | undefined },
  now: string,
): ServiceDetail {
  const source = getService(db, input.id);
  return createService(
    db,
    actor,
    {
      ...source,
      code: input.code ?? suggestServiceCode(db),
      name: input.name ?? `${source.name} (copy)`,
      lifecycle: 'pipeline',
      lastReviewDate: null,
      dependsOn: source.dependsOn.map((ref) => ref.id),
    },
    now,
  );
}

/** What stops a service being deleted, as phrases ("2 services depend on it (SVC-004, SVC-007)"). */
export function serviceDeleteBlockers(db: Database.Database, id: number): string[] {
  const list = (sql: string) => db.prepare(sql).pluck().all(id) as string[];
  const phrase = (items: string[], one: string, many: string) =>
    items.length ? [`${items.length} ${items.length === 1 ? one : many} (${items.slice(0, 5).join(', ')}${items.length > 5 ? ', …' : ''})`] : [];
  return [
    ...phrase(
      list('SELECT s.code FROM service_dependencies d JOIN services s ON s.id = d.service_id WHERE d.depends_on_id = ? ORDER BY s.code'),
      'service depends on it',
      'services depend on it',
    ),
    ...phrase(list('SELECT code FROM slas WHERE service_id = ? ORDER BY code'), 'SLA covers it', 'SLAs cover it'),
    ...phrase(
      list('SELECT r.code FROM risk_services rs JOIN risks r ON r.id = rs.risk_id WHERE rs.service_id = ? ORDER BY r.code'),
      'risk is linked to it',
      'risks are linked to it',
    ),
    ...phrase(
      list('SELECT c.title FROM contract_services cs JOIN contracts c ON c.id = cs.contract_id WHERE cs.service_id = ? ORDER BY c.title'),
      'contract covers it',
      'contracts cover it',
    ),
    ...phrase(list('SELECT title FROM actions WHERE service_id = ? ORDER BY id'), 'action is linked to it', 'actions are linked to it'),
    ...phrase(
      list("SELECT reviewed_on FROM reviews WHERE subject_kind = 'service' AND subject_id = ? ORDER BY reviewed_on"),
      'review is recorded for it',
      'reviews are recorded for it',
    ),
  ];
}

/** Delete a service nothing refers to; otherwise a conflict naming every blocker and suggesting retirement. */
export function deleteService(db: Database.Database, actor: Actor, id: number, now: string): { deleted: ServiceRef } {
  const before = getService(db, id);
  const blockers = serviceDeleteBlockers(db, id);
  if (blockers.length) {
    throw new AppError('conflict', `${before.code} ${before.name} cannot be deleted: ${blockers.join('; ')}. Retire it instead to keep the history.`);
  }
  db.prepare('DELETE FROM services WHERE id = ?').run(id);
  recordAudit(db, actor, { entity: 'service', entityId: id, action: 'delete', before: serviceAuditSnapshot(before) }, now);
  return { deleted: { id: before.id, code: before.code, name: before.name, lifecycle: before.lifecycle } };
}
