import { AppError } from '../../../shared/api/errors';
import type { RiskFilter, RiskListInput, RiskSortColumn } from '../../../shared/api/risks-api';
import { bandRankByName, type RiskMatrix } from '../../../shared/domain/risk-matrix';
import { selectColumns } from '../../../shared/entity/field-descriptor';
import { placeholders } from '../sql-helpers';
import { riskRowEntity } from './risk-rows';
import { riskSearchSql } from './risk-search';

const OPEN_ACTION = "a.status IN ('open', 'in_progress')";

/** The WHERE clause and parameters of the register's filters, on `risks r` (no joins needed). */
export function riskFilterSql(matrix: RiskMatrix, filter: RiskFilter, today: string): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const inList = (column: string, values: readonly unknown[] | undefined) => {
    if (!values || values.length === 0) return;
    clauses.push(`${column} IN (${placeholders(values.length)})`);
    params.push(...values);
  };
  inList('r.status', filter.statuses);
  inList('r.treatment', filter.treatments);
  inList('r.owner_id', filter.ownerIds);
  inList('r.supplier_id', filter.supplierIds);
  inList('r.category', filter.categories);
  if (filter.serviceIds && filter.serviceIds.length > 0) {
    clauses.push(`r.id IN (SELECT risk_id FROM risk_services WHERE service_id IN (${placeholders(filter.serviceIds.length)}))`);
    params.push(...filter.serviceIds);
  }
  if (filter.bands && filter.bands.length > 0) {
    const ranks = filter.bands.map((name) => {
      const rank = bandRankByName(matrix, name);
      if (rank === -1) {
        throw new AppError(
          'invalid_input',
          `Bands: "${name}" is not a band of the risk matrix (${matrix.banding.bands.map((b) => b.name).join(', ')}).`,
          'bands',
        );
      }
      return rank;
    });
    inList(`r.${filter.bandBasis ?? 'residual'}_band`, [...new Set(ranks)]);
  }
  if (filter.aboveAppetite || filter.needsDecision) {
    if (matrix.appetite.kind === 'score') {
      clauses.push('r.residual_score > ?');
      params.push(matrix.appetite.score);
    } else {
      clauses.push('r.residual_band > ?');
      params.push(bandRankByName(matrix, matrix.appetite.band));
    }
  }
  if (filter.needsDecision) {
    // appetiteVerdict() of shared/domain/risk-appetite.ts in SQL: untreated, or to be accepted
    // without an approval in force on the current matrix version that covers the current score.
    clauses.push(`(r.treatment IS NULL OR (r.treatment = 'accept' AND NOT EXISTS (
      SELECT 1 FROM risk_acceptances ra
       WHERE ra.risk_id = r.id AND ra.revoked_on IS NULL AND (ra.expires_on IS NULL OR ra.expires_on >= ?)
         AND ra.matrix_version = (SELECT max(version) FROM risk_matrices) AND ra.approved_score >= r.residual_score)))`);
    params.push(today);
  }
  if (filter.reviewOverdue) {
    clauses.push("r.status <> 'closed' AND r.next_review_date < ?");
    params.push(today);
  }
  if (filter.actionOverdue) {
    clauses.push(`r.id IN (SELECT a.risk_id FROM actions a WHERE ${OPEN_ACTION} AND a.due_date < ? AND a.risk_id IS NOT NULL)`);
    params.push(today);
  }
  if (filter.cell) {
    clauses.push(`r.${filter.cell.basis}_likelihood = ? AND r.${filter.cell.basis}_impact = ?`);
    params.push(filter.cell.likelihood, filter.cell.impact);
  }
  if (filter.search) {
    const search = riskSearchSql(filter.search);
    clauses.push(search.clause);
    params.push(...search.params);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

const STATUS_ORDER = "CASE r.status WHEN 'identified' THEN 0 WHEN 'assessed' THEN 1 WHEN 'treating' THEN 2 WHEN 'monitored' THEN 3 ELSE 4 END";

const SORT_SQL: Record<RiskSortColumn, string[]> = {
  code: ['r.code COLLATE NOCASE'],
  title: ['r.title COLLATE NOCASE'],
  category: ['r.category COLLATE NOCASE'],
  owner: ['p.name COLLATE NOCASE'],
  supplier: ['su.name COLLATE NOCASE'],
  status: [STATUS_ORDER],
  treatment: ['r.treatment'],
  inherentScore: ['r.inherent_score'],
  residualScore: ['r.residual_score'],
  targetScore: ['r.target_score'],
  residualBand: ['r.residual_band', 'r.residual_score'],
  nextReviewDate: ['r.next_review_date'],
  overdueActions: [`(SELECT count(*) FROM actions a WHERE a.risk_id = r.id AND ${OPEN_ACTION} AND a.due_date < :today)`],
  createdAt: ['r.created_at'],
  updatedAt: ['r.updated_at'],
};

/** The joins a sort needs (only owner and supplier sorts join). */
export function sortJoins(column: RiskSortColumn): string {
  if (column === 'owner') return 'LEFT JOIN people p ON p.id = r.owner_id';
  if (column === 'supplier') return 'LEFT JOIN suppliers su ON su.id = r.supplier_id';
  return '';
}

/** ORDER BY for the register: the column, empty values last, then id for a stable order. */
export function riskOrderSql(sort: RiskListInput['sort']): string {
  const direction = sort.direction === 'desc' ? 'DESC' : 'ASC';
  return [...SORT_SQL[sort.column].map((expression) => `${expression} ${direction} NULLS LAST`), `r.id ${direction}`].join(', ');
}

/**
 * The page query of the register: ids only, so SQLite sorts narrow rows and computes the
 * columns of the page alone. `:today` is bound for the overdue-actions sort.
 */
export function riskPageSql(input: RiskListInput, where: string): string {
  return `SELECT r.id FROM risks r ${sortJoins(input.sort.column)} ${where} ORDER BY ${riskOrderSql(input.sort)} LIMIT ? OFFSET ?`;
}

/** The row columns of the register for a set of ids. */
export const RISK_ROW_SELECT = `
  SELECT r.id, ${selectColumns(riskRowEntity, 'r')}, p.name AS owner_name, su.name AS supplier_name, r.created_at, r.updated_at,
         (SELECT group_concat(code, '; ') FROM (SELECT s.code FROM risk_services rs JOIN services s ON s.id = rs.service_id
           WHERE rs.risk_id = r.id ORDER BY s.code COLLATE NOCASE)) AS service_codes,
         (SELECT count(*) FROM actions a WHERE a.risk_id = r.id AND ${OPEN_ACTION}) AS open_actions,
         (SELECT count(*) FROM actions a WHERE a.risk_id = r.id AND ${OPEN_ACTION} AND a.due_date < :today) AS overdue_actions
    FROM risks r LEFT JOIN people p ON p.id = r.owner_id LEFT JOIN suppliers su ON su.id = r.supplier_id`;
