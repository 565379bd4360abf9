import type Database from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import { auditSnapshot, fromColumns, toColumns, type EntityValues } from '../../shared/entity/field-descriptor';
import { supplierEntity, type SupplierFieldKey } from '../../shared/entity/supplier-entity';
import type { Contract, ContractCreateInput, ContractUpdateInput, Supplier, SupplierCreateInput, SupplierUpdateInput } from '../../shared/api/suppliers-api';
import { addMonths } from '../../shared/domain/review-dates';
import { cadenceFor } from '../../shared/domain/review-policy';
import { contractRules } from '../../shared/api/suppliers-api';
import { zodErrorToBody } from '../../shared/api/validation';
import { recordAudit, type Actor } from './audit-repository';
import { getPerson } from './people-repository';
import { getPolicy } from './reviews/review-policy-repository';
import { placeholders } from './sql-helpers';

const DAY_MS = 86_400_000;

/** A suppliers row with its manager's name and contract count; the declared fields are read through the descriptor. */
interface SupplierRow extends Record<string, unknown> {
  id: number;
  manager_name: string | null;
  contract_count: number;
  created_at: string;
  updated_at: string;
}

function toSupplier(row: SupplierRow): Supplier {
  return {
    id: row.id,
    ...fromColumns(supplierEntity, row),
    managerName: row.manager_name,
    contractCount: row.contract_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

type SupplierFields = EntityValues<typeof supplierEntity.fields>;
const FIELD_KEYS = Object.keys(supplierEntity.fields) as SupplierFieldKey[];

/** The declared fields of a supplier as the API shows it. */
function fieldsOf(supplier: Supplier): SupplierFields {
  return Object.fromEntries(FIELD_KEYS.map((key) => [key, supplier[key]])) as SupplierFields;
}

/** What the audit trail records of a supplier: its declared fields (not its manager's name or contract count). */
function supplierAuditSnapshot(supplier: Supplier) {
  return auditSnapshot(supplierEntity, fieldsOf(supplier));
}

const SUPPLIER_SELECT =
  'SELECT s.*, m.name AS manager_name, (SELECT count(*) FROM contracts c WHERE c.supplier_id = s.id) AS contract_count FROM suppliers s LEFT JOIN people m ON m.id = s.manager_id';

export function listSuppliers(db: Database.Database): Supplier[] {
  return (db.prepare(`${SUPPLIER_SELECT} ORDER BY s.name COLLATE NOCASE`).all() as SupplierRow[]).map(toSupplier);
}

export function getSupplier(db: Database.Database, id: number, field = 'id'): Supplier {
  const row = db.prepare(`${SUPPLIER_SELECT} WHERE s.id = ?`).get(id) as SupplierRow | undefined;
  if (!row) throw new AppError('not_found', `There is no supplier with id ${id}.`, field);
  return toSupplier(row);
}

function assertSupplierNameFree(db: Database.Database, name: string, exceptId: number | null): void {
  if (db.prepare('SELECT 1 FROM suppliers WHERE name = ? COLLATE NOCASE AND id IS NOT ?').get(name, exceptId)) {
    throw new AppError('conflict', `Name: a supplier called "${name}" already exists.`, 'name');
  }
}

/** The manager must be a person of the workspace; the message names the field as the form labels it. */
function assertManager(db: Database.Database, managerId: number | null): void {
  if (managerId === null) return;
  try {
    getPerson(db, managerId, 'managerId');
  } catch {
    throw new AppError('not_found', `Manager: there is no person with id ${managerId}.`, 'managerId');
  }
}

/**
 * A new supplier's first review, when its creator left the date open: one supplier cadence of the
 * review policy after today (like a new service's, see services/first-service-review.ts). Stored
 * like any other date and never recomputed; a date the creator gave is kept.
 */
export function firstSupplierReview(db: Database.Database, nextReviewDate: string | null, today: string): string {
  return nextReviewDate ?? addMonths(today, cadenceFor(getPolicy(db), { kind: 'supplier' }));
}

export function createSupplier(db: Database.Database, actor: Actor, input: SupplierCreateInput, today: string, now: string): Supplier {
  assertSupplierNameFree(db, input.name, null);
  assertManager(db, input.managerId);
  const columns = toColumns(supplierEntity, { ...input, nextReviewDate: firstSupplierReview(db, input.nextReviewDate, today) });
  const names = Object.keys(columns);
  const { lastInsertRowid } = db
    .prepare(`INSERT INTO suppliers (${names.join(', ')}, created_at, updated_at) VALUES (${names.map((n) => `@${n}`).join(', ')}, @now, @now)`)
    .run({ ...columns, now });
  const supplier = getSupplier(db, Number(lastInsertRowid));
  recordAudit(db, actor, { entity: 'supplier', entityId: supplier.id, action: 'create', after: supplierAuditSnapshot(supplier) }, now);
  return supplier;
}

export function updateSupplier(db: Database.Database, actor: Actor, input: SupplierUpdateInput, now: string): Supplier {
  const before = getSupplier(db, input.id);
  // A field the update leaves out (or sends as undefined) keeps its value; null clears it.
  const changed = Object.fromEntries(FIELD_KEYS.filter((key) => input[key] !== undefined).map((key) => [key, input[key]]));
  const next: SupplierFields = { ...fieldsOf(before), ...changed };
  if (next.name.toLowerCase() !== before.name.toLowerCase()) assertSupplierNameFree(db, next.name, before.id);
  if (next.managerId !== before.managerId) assertManager(db, next.managerId);
  const columns = toColumns(supplierEntity, next);
  db.prepare(
    `UPDATE suppliers SET ${Object.keys(columns)
      .map((n) => `${n} = @${n}`)
      .join(', ')}, updated_at = @now WHERE id = @id`,
  ).run({ ...columns, now, id: before.id });
  const after = getSupplier(db, before.id);
  recordAudit(
    db,
    actor,
    { entity: 'supplier', entityId: after.id, action: 'update', before: supplierAuditSnapshot(before), after: supplierAuditSnapshot(after) },
    now,
  );
  return after;
}

export function deleteSupplier(db: Database.Database, actor: Actor, id: number, now: string): { deleted: { id: number; name: string } } {
  const before = getSupplier(db, id);
  const risks = db.prepare('SELECT code FROM risks WHERE supplier_id = ? ORDER BY code').pluck().all(id) as string[];
  const blockers = [
    ...(before.contractCount ? [`${before.contractCount} contract${before.contractCount === 1 ? '' : 's'}`] : []),
    ...(risks.length ? [`${risks.length} risk${risks.length === 1 ? '' : 's'} (${risks.slice(0, 5).join(', ')})`] : []),
  ];
  if (blockers.length) throw new AppError('conflict', `${before.name} cannot be deleted: it still has ${blockers.join(' and ')}.`);
  db.prepare('DELETE FROM suppliers WHERE id = ?').run(id);
  recordAudit(db, actor, { entity: 'supplier', entityId: id, action: 'delete', before: supplierAuditSnapshot(before) }, now);
  return { deleted: { id, name: before.name } };
}

interface ContractRow {
  id: number;
  kind: Contract['kind'];
  title: string;
  supplier_id: number | null;
  supplier_name: string | null;
  internal_team: string | null;
  start_date: string | null;
  end_date: string | null;
  notice_days: number | null;
  targets_text: string;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function toContract(db: Database.Database, row: ContractRow, today: string): Contract {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    supplierId: row.supplier_id,
    supplierName: row.supplier_name,
    internalTeam: row.internal_team,
    startDate: row.start_date,
    endDate: row.end_date,
    noticeDays: row.notice_days,
    targetsText: row.targets_text,
    services: db
      .prepare(
        'SELECT s.id, s.code, s.name FROM contract_services cs JOIN services s ON s.id = cs.service_id WHERE cs.contract_id = ? ORDER BY s.code COLLATE NOCASE',
      )
      .all(row.id) as Contract['services'],
    daysToEnd: row.end_date ? daysBetween(today, row.end_date) : null,
    noticeDate: row.end_date && row.notice_days !== null ? addDays(row.end_date, -row.notice_days) : null,
  };
}

const CONTRACT_SELECT = 'SELECT c.*, su.name AS supplier_name FROM contracts c LEFT JOIN suppliers su ON su.id = c.supplier_id';

export function listContracts(
  db: Database.Database,
  filter: { supplierId?: number | undefined; serviceId?: number | undefined; endingWithinDays?: number | undefined },
  today: string,
): Contract[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.supplierId !== undefined) {
    where.push('c.supplier_id = ?');
    params.push(filter.supplierId);
  }
  if (filter.serviceId !== undefined) {
    where.push('EXISTS (SELECT 1 FROM contract_services cs WHERE cs.contract_id = c.id AND cs.service_id = ?)');
    params.push(filter.serviceId);
  }
  if (filter.endingWithinDays !== undefined) {
    where.push('c.end_date IS NOT NULL AND c.end_date >= ? AND c.end_date <= ?');
    params.push(today, addDays(today, filter.endingWithinDays));
  }
  const sql = `${CONTRACT_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.end_date IS NULL, c.end_date, c.title COLLATE NOCASE`;
  return (db.prepare(sql).all(...params) as ContractRow[]).map((row) => toContract(db, row, today));
}

export function getContract(db: Database.Database, id: number, today: string): Contract {
  const row = db.prepare(`${CONTRACT_SELECT} WHERE c.id = ?`).get(id) as ContractRow | undefined;
  if (!row) throw new AppError('not_found', `There is no contract with id ${id}.`, 'id');
  return toContract(db, row, today);
}

type ContractValues = Omit<ContractCreateInput, never>;

function assertContractValues(db: Database.Database, values: ContractValues): void {
  const checked = z.object({}).passthrough().superRefine(contractRules).safeParse(values);
  if (!checked.success) {
    const body = zodErrorToBody(checked.error);
    throw new AppError('invalid_input', body.message, body.field);
  }
  if (values.supplierId !== null) getSupplier(db, values.supplierId, 'supplierId');
  const ids = [...new Set(values.serviceIds)];
  if (ids.length) {
    const found = db
      .prepare(`SELECT id FROM services WHERE id IN (${placeholders(ids.length)})`)
      .pluck()
      .all(...ids) as number[];
    const missing = ids.filter((id) => !found.includes(id));
    if (missing.length) throw new AppError('not_found', `Services: there is no service with id ${missing.join(', ')}.`, 'serviceIds');
  }
}

function writeContractServices(db: Database.Database, contractId: number, serviceIds: readonly number[]): void {
  db.prepare('DELETE FROM contract_services WHERE contract_id = ?').run(contractId);
  const insert = db.prepare('INSERT INTO contract_services (contract_id, service_id) VALUES (?, ?)');
  for (const id of new Set(serviceIds)) insert.run(contractId, id);
}

function contractColumns(values: ContractValues) {
  return {
    kind: values.kind,
    title: values.title,
    supplier_id: values.kind === 'underpinning' ? values.supplierId : null,
    internal_team: values.kind === 'ola' ? values.internalTeam : null,
    start_date: values.startDate,
    end_date: values.endDate,
    notice_days: values.noticeDays,
    targets_text: values.targetsText,
  };
}

export function createContract(db: Database.Database, actor: Actor, input: ContractCreateInput, today: string, now: string): Contract {
  assertContractValues(db, input);
  const columns = contractColumns(input);
  const names = Object.keys(columns);
  const { lastInsertRowid } = db
    .prepare(`INSERT INTO contracts (${names.join(', ')}, created_at, updated_at) VALUES (${names.map((n) => `@${n}`).join(', ')}, @now, @now)`)
    .run({ ...columns, now });
  const id = Number(lastInsertRowid);
  writeContractServices(db, id, input.serviceIds);
  const created = getContract(db, id, today);
  recordAudit(db, actor, { entity: 'contract', entityId: id, action: 'create', after: created }, now);
  return created;
}

export function updateContract(db: Database.Database, actor: Actor, input: ContractUpdateInput, today: string, now: string): Contract {
  const before = getContract(db, input.id, today);
  const values: ContractValues = {
    kind: input.kind ?? before.kind,
    title: input.title ?? before.title,
    supplierId: input.supplierId !== undefined ? input.supplierId : before.supplierId,
    internalTeam: input.internalTeam !== undefined ? input.internalTeam : before.internalTeam,
    startDate: input.startDate !== undefined ? input.startDate : before.startDate,
    endDate: input.endDate !== undefined ? input.endDate : before.endDate,
    noticeDays: input.noticeDays !== undefined ? input.noticeDays : before.noticeDays,
    targetsText: input.targetsText ?? before.targetsText,
    serviceIds: input.serviceIds ?? before.services.map((s) => s.id),
  };
  assertContractValues(db, values);
  const columns = contractColumns(values);
  db.prepare(
    `UPDATE contracts SET ${Object.keys(columns)
      .map((n) => `${n} = @${n}`)
      .join(', ')}, updated_at = @now WHERE id = @id`,
  ).run({
    ...columns,
    now,
    id: before.id,
  });
  if (input.serviceIds) writeContractServices(db, before.id, values.serviceIds);
  const after = getContract(db, before.id, today);
  recordAudit(db, actor, { entity: 'contract', entityId: after.id, action: 'update', before, after }, now);
  return after;
}

export function deleteContract(db: Database.Database, actor: Actor, id: number, today: string, now: string) {
  const before = getContract(db, id, today);
  db.prepare('DELETE FROM contracts WHERE id = ?').run(id);
  recordAudit(db, actor, { entity: 'contract', entityId: id, action: 'delete', before }, now);
  return { deleted: { id, title: before.title } };
}
