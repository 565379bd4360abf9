import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { ContractPerformance, DependentSla } from '../../../shared/api/contract-performance-api';
import { reachable } from '../../../shared/domain/dependency-graph';
import { periodRange } from '../../../shared/domain/sla-periods';
import { worstStatus, type ResultStatus } from '../../../shared/domain/sla-status';
import { allDependencyEdges } from '../services/service-queries';
import { ownerTargets } from './sla-rows';
import { statusOfRank } from './status-sql';
import { buildTargetResults } from './target-results';

const MAX_DEPENDENT_SLAS = 200;

interface ContractRow {
  id: number;
  kind: ContractPerformance['contract']['kind'];
  title: string;
  supplier_id: number | null;
  supplier_name: string | null;
  internal_team: string | null;
  start_date: string | null;
  end_date: string | null;
}

/** Each SLA's worst result per period, for some SLAs. */
function slaWorstByPeriod(db: Database.Database, slaIds: readonly number[], from: string, to: string): Map<number, Map<string, ResultStatus | null>> {
  const result = new Map<number, Map<string, ResultStatus | null>>();
  if (slaIds.length === 0) return result;
  const rows = db
    .prepare('SELECT sla_id, period, worst_rank FROM sla_period_results WHERE period BETWEEN ? AND ? AND sla_id IN (SELECT value FROM json_each(?))')
    .raw()
    .all(from, to, JSON.stringify(slaIds)) as Array<[number, string, number]>;
  for (const [slaId, period, rank] of rows) {
    const map = result.get(slaId) ?? new Map<string, ResultStatus | null>();
    map.set(period, statusOfRank(rank));
    result.set(slaId, map);
  }
  return result;
}

/**
 * Contracts and OLAs with their targets' results per month, each next to the SLAs that rely on
 * it: SLAs of the services it covers, then SLAs of services that depend on those (nearest first),
 * so a supplier's miss can be read against the customer SLAs it put at risk.
 */
export function contractPerformance(
  db: Database.Database,
  input: {
    contractId?: number | undefined;
    supplierId?: number | undefined;
    serviceId?: number | undefined;
    withTargetsOnly: boolean;
    from: string;
    to: string;
  },
): { periods: string[]; contracts: ContractPerformance[] } {
  const periods = periodRange(input.from, input.to);
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (input.contractId !== undefined) {
    clauses.push('c.id = @contractId');
    params.contractId = input.contractId;
  }
  if (input.supplierId !== undefined) {
    clauses.push('c.supplier_id = @supplierId');
    params.supplierId = input.supplierId;
  }
  if (input.serviceId !== undefined) {
    clauses.push('EXISTS (SELECT 1 FROM contract_services cs WHERE cs.contract_id = c.id AND cs.service_id = @serviceId)');
    params.serviceId = input.serviceId;
  }
  if (input.withTargetsOnly && input.contractId === undefined) clauses.push('EXISTS (SELECT 1 FROM sla_targets t WHERE t.contract_id = c.id)');
  const rows = db
    .prepare(
      `SELECT c.id, c.kind, c.title, c.supplier_id, su.name AS supplier_name, c.internal_team, c.start_date, c.end_date
         FROM contracts c LEFT JOIN suppliers su ON su.id = c.supplier_id
        ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''}
        ORDER BY c.title COLLATE NOCASE, c.id`,
    )
    .all(params) as ContractRow[];
  if (input.contractId !== undefined && rows.length === 0) throw new AppError('not_found', `There is no contract with id ${input.contractId}.`, 'contractId');

  const edges = rows.length ? allDependencyEdges(db) : [];
  const coveredOf = db.prepare('SELECT service_id FROM contract_services WHERE contract_id = ?').pluck();
  const slasOf = db.prepare(
    `SELECT l.id, l.code, l.name, l.status, s.id AS service_id, s.code AS service_code, s.name AS service_name
       FROM slas l JOIN services s ON s.id = l.service_id
      WHERE l.service_id IN (SELECT value FROM json_each(?)) AND l.status <> 'expired'`,
  );
  const contracts = rows.map((row): ContractPerformance => {
    const owner = {
      kind: 'contract' as const,
      id: row.id,
      code: null,
      title: row.title,
      hours: { mode: '24x7' as const },
      validFrom: row.start_date,
      validTo: row.end_date,
    };
    const targets = buildTargetResults(db, owner, ownerTargets(db, { kind: 'contract', id: row.id }), periods);
    const depthOf = new Map<number, number>();
    for (const serviceId of coveredOf.all(row.id) as number[]) {
      depthOf.set(serviceId, 0);
      for (const reached of reachable(edges, serviceId, 'dependents')) {
        depthOf.set(reached.id, Math.min(depthOf.get(reached.id) ?? Infinity, reached.depth));
      }
    }
    const slas = (
      slasOf.all(JSON.stringify([...depthOf.keys()])) as Array<{
        id: number;
        code: string;
        name: string;
        status: DependentSla['status'];
        service_id: number;
        service_code: string;
        service_name: string;
      }>
    )
      .map((sla) => ({ ...sla, depth: depthOf.get(sla.service_id)! }))
      .sort((a, b) => a.depth - b.depth || a.code.localeCompare(b.code));
    const shown = slas.slice(0, MAX_DEPENDENT_SLAS);
    const worst = slaWorstByPeriod(
      db,
      shown.map((sla) => sla.id),
      input.from,
      input.to,
    );
    return {
      contract: {
        id: row.id,
        kind: row.kind,
        title: row.title,
        supplierId: row.supplier_id,
        supplierName: row.supplier_name,
        internalTeam: row.internal_team,
        startDate: row.start_date,
        endDate: row.end_date,
      },
      targets,
      worst: periods.map((_period, index) => worstStatus(targets.map((t) => t.cells[index]!.status))),
      dependentSlas: shown.map((sla) => ({
        slaId: sla.id,
        slaCode: sla.code,
        slaName: sla.name,
        status: sla.status,
        serviceId: sla.service_id,
        serviceCode: sla.service_code,
        serviceName: sla.service_name,
        relation: sla.depth === 0 ? 'covered' : 'depends',
        depth: sla.depth,
        cells: periods.map((period) => worst.get(sla.id)?.get(period) ?? null),
      })),
      dependentSlaCount: slas.length,
    };
  });
  return { periods, contracts };
}
