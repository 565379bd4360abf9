import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { SlaSummary, SlaTarget } from '../../../shared/api/slas-api';
import { fromColumns, selectColumns } from '../../../shared/entity/field-descriptor';
import { slaEntity } from '../../../shared/entity/sla-entity';
import type { ServiceHours } from '../../../shared/domain/service-hours';
import { lastCompletePeriod } from '../../../shared/domain/sla-periods';
import type { Direction } from '../../../shared/domain/sla-status';
import type { Priority, TargetKind } from '../../../shared/domain/sla-targets';
import { parseServiceHoursColumn } from '../services/service-rows';
import { statusOfRank } from './status-sql';

/**
 * An slas row: the SLA's own columns (named by its descriptor, read with `fromColumns`) plus its
 * service and its results in the current period.
 */
export interface SlaRow {
  [column: string]: unknown;
  id: number;
  created_at: string;
  updated_at: string;
  service_code: string;
  service_name: string;
  service_hours_of_service: string;
  target_count: number;
  current_rank: number | null;
  measured_targets: number | null;
}

/** The SLA list's SELECT; bind `@period` (the current period). */
export const SLA_SELECT = `
  SELECT l.id, ${selectColumns(slaEntity, 'l')}, l.created_at, l.updated_at,
         s.code AS service_code, s.name AS service_name, s.service_hours_json AS service_hours_of_service,
         (SELECT count(*) FROM sla_targets t WHERE t.sla_id = l.id) AS target_count,
         c.worst_rank AS current_rank, c.measured AS measured_targets
    FROM slas l
    JOIN services s ON s.id = l.service_id
    LEFT JOIN sla_period_results c ON c.sla_id = l.id AND c.period = @period`;

export function toSlaSummary(row: SlaRow, today: string): SlaSummary {
  const sla = fromColumns(slaEntity, row);
  return {
    id: row.id,
    code: sla.code,
    name: sla.name,
    customer: sla.customer,
    status: sla.status,
    serviceId: sla.serviceId,
    serviceCode: row.service_code,
    serviceName: row.service_name,
    validFrom: sla.validFrom,
    validTo: sla.validTo,
    reviewDate: sla.reviewDate,
    reviewOverdue: sla.status !== 'expired' && sla.reviewDate !== null && sla.reviewDate < today,
    targetCount: row.target_count,
    currentPeriod: lastCompletePeriod(today),
    currentStatus: statusOfRank(row.current_rank),
    measuredTargets: row.measured_targets ?? 0,
    updatedAt: row.updated_at,
  };
}

/** The SLA row, or a not_found error at `field`. */
export function getSlaRow(db: Database.Database, id: number, today: string, field = 'id'): SlaRow {
  const row = db.prepare(`${SLA_SELECT} WHERE l.id = @id`).get({ id, period: lastCompletePeriod(today) }) as SlaRow | undefined;
  if (!row) throw new AppError('not_found', `There is no SLA with id ${id}.`, field);
  return row;
}

/** The hours an SLA's availability is counted in: its own when set, else its service's. */
export function effectiveHours(row: { service_hours_json?: unknown; service_hours_of_service: string }): { hours: ServiceHours; source: 'sla' | 'service' } {
  const own = slaEntity.fields.serviceHours.fromColumn!(row.service_hours_json);
  if (own) return { hours: own, source: 'sla' };
  return { hours: parseServiceHoursColumn(row.service_hours_of_service), source: 'service' };
}

export interface TargetRow {
  id: number;
  sla_id: number | null;
  contract_id: number | null;
  kind: TargetKind;
  label: string;
  priority: Priority | null;
  time_limit_minutes: number | null;
  unit: string;
  direction: Direction;
  target: number;
  warning: number | null;
  sort_order: number;
  measurement_count: number;
}

export const TARGET_SELECT = `SELECT t.*, (SELECT count(*) FROM sla_measurements m WHERE m.target_id = t.id) AS measurement_count FROM sla_targets t`;

export function toSlaTarget(row: TargetRow): SlaTarget {
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    priority: row.priority,
    timeLimitMinutes: row.time_limit_minutes,
    unit: row.unit,
    direction: row.direction,
    target: row.target,
    warning: row.warning,
    sortOrder: row.sort_order,
    measurementCount: row.measurement_count,
  };
}

/** Who targets belong to. */
export type TargetOwner = { kind: 'sla'; id: number } | { kind: 'contract'; id: number };

/** An owner with what its results are computed against: hours and validity dates. */
export interface OwnerInfo {
  kind: 'sla' | 'contract';
  id: number;
  code: string | null;
  title: string;
  /** Availability is counted in these hours; a contract's are 24×7. */
  hours: ServiceHours;
  validFrom: string | null;
  validTo: string | null;
}

/** The owner of targets, or a not_found error naming the field it came from. */
export function loadOwner(db: Database.Database, owner: TargetOwner, today: string): OwnerInfo {
  if (owner.kind === 'sla') {
    const row = getSlaRow(db, owner.id, today, 'slaId');
    const sla = fromColumns(slaEntity, row);
    return { kind: 'sla', id: row.id, code: sla.code, title: sla.name, hours: effectiveHours(row).hours, validFrom: sla.validFrom, validTo: sla.validTo };
  }
  const row = db.prepare('SELECT id, title, start_date, end_date FROM contracts WHERE id = ?').get(owner.id) as
    { id: number; title: string; start_date: string | null; end_date: string | null } | undefined;
  if (!row) throw new AppError('not_found', `There is no contract with id ${owner.id}.`, 'contractId');
  return { kind: 'contract', id: row.id, code: null, title: row.title, hours: { mode: '24x7' }, validFrom: row.start_date, validTo: row.end_date };
}

/** The targets of an owner, in their order. */
export function ownerTargets(db: Database.Database, owner: TargetOwner): SlaTarget[] {
  const column = owner.kind === 'sla' ? 'sla_id' : 'contract_id';
  return (db.prepare(`${TARGET_SELECT} WHERE t.${column} = ? ORDER BY t.sort_order, t.id`).all(owner.id) as TargetRow[]).map(toSlaTarget);
}
