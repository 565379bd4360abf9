import type Database from 'better-sqlite3';
import type { SlaDetail, SlaListInput, SlaReviewRef, SlaSummary } from '../../../shared/api/slas-api';
import { nextCode } from '../../../shared/domain/codes';
import { formatServiceHours } from '../../../shared/domain/service-hours';
import { lastCompletePeriod, lastPeriods } from '../../../shared/domain/sla-periods';
import { containsPattern, placeholders } from '../sql-helpers';
import { effectiveHours, getSlaRow, ownerTargets, SLA_SELECT, toSlaSummary, type SlaRow } from './sla-rows';
import { buildTargetResults } from './target-results';
import { fromColumns } from '../../../shared/entity/field-descriptor';
import { slaEntity } from '../../../shared/entity/sla-entity';

/** SLAs matching the filters, by code, each with the worst result of the last complete month. */
export function listSlas(db: Database.Database, input: SlaListInput, today: string): SlaSummary[] {
  const clauses: string[] = [];
  const params: Record<string, unknown> = { period: lastCompletePeriod(today) };
  if (input.serviceId !== undefined) {
    clauses.push('l.service_id = @serviceId');
    params.serviceId = input.serviceId;
  }
  if (input.status && input.status.length > 0) {
    const names = input.status.map((_status, index) => `@status${index}`);
    clauses.push(`l.status IN (${names.join(', ')})`);
    input.status.forEach((status, index) => (params[`status${index}`] = status));
  }
  if (input.customer) {
    clauses.push('l.customer = @customer COLLATE NOCASE');
    params.customer = input.customer;
  }
  if (input.search) {
    clauses.push(
      "(l.code LIKE @pattern ESCAPE '\\' OR l.name LIKE @pattern ESCAPE '\\' OR l.customer LIKE @pattern ESCAPE '\\' OR s.code LIKE @pattern ESCAPE '\\' OR s.name LIKE @pattern ESCAPE '\\')",
    );
    params.pattern = containsPattern(input.search);
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const rows = db.prepare(`${SLA_SELECT} ${where} ORDER BY l.code COLLATE NOCASE`).all(params) as SlaRow[];
  return rows.map((row) => toSlaSummary(row, today));
}

/** Past reviews of an SLA, newest first, with the month each one covered. */
export function slaReviewRefs(db: Database.Database, slaId: number): SlaReviewRef[] {
  return db
    .prepare(
      `SELECT r.id, r.reviewed_on AS reviewedOn, p.name AS reviewerName, r.outcome, d.period, r.next_review_date AS nextReviewDate
         FROM reviews r LEFT JOIN people p ON p.id = r.reviewer_id LEFT JOIN sla_review_details d ON d.review_id = r.id
        WHERE r.subject_kind = 'sla' AND r.subject_id = ? ORDER BY r.reviewed_on DESC, r.id DESC`,
    )
    .all(slaId) as SlaReviewRef[];
}

/** Everything the SLA page shows: fields, effective hours, targets with 12 months of results, reviews. */
export function getSla(db: Database.Database, id: number, today: string): SlaDetail {
  const row = getSlaRow(db, id, today);
  const sla = fromColumns(slaEntity, row);
  const { hours, source } = effectiveHours(row);
  const periods = lastPeriods(lastCompletePeriod(today), 12);
  const owner = { kind: 'sla' as const, id: row.id, code: sla.code, title: sla.name, hours, validFrom: sla.validFrom, validTo: sla.validTo };
  return {
    ...toSlaSummary(row, today),
    exceptions: sla.exceptions,
    serviceHours: sla.serviceHours,
    effectiveServiceHours: hours,
    serviceHoursText: formatServiceHours(hours),
    serviceHoursSource: source,
    periods,
    targets: buildTargetResults(db, owner, ownerTargets(db, { kind: 'sla', id }), periods),
    reviews: slaReviewRefs(db, id),
    openActions: db.prepare("SELECT count(*) FROM actions WHERE sla_id = ? AND status IN ('open', 'in_progress')").pluck().get(id) as number,
    createdAt: row.created_at,
  };
}

/** The next free SLA- code. */
export function suggestSlaCode(db: Database.Database): string {
  return nextCode('SLA', db.prepare("SELECT code FROM slas WHERE code LIKE 'SLA-%'").pluck().all() as string[]);
}

/** Ids of agreed SLAs of some services (for imports and recomputation). */
export function agreedSlaIdsOfServices(db: Database.Database, serviceIds: readonly number[]): number[] {
  if (serviceIds.length === 0) return [];
  return db
    .prepare(`SELECT id FROM slas WHERE status = 'agreed' AND service_id IN (${placeholders(serviceIds.length)}) ORDER BY id`)
    .pluck()
    .all(...serviceIds) as number[];
}
