import type Database from 'better-sqlite3';
import type { RiskBasis, RiskByService, RiskFilter, RiskHeatmap, RiskMovement } from '../../../shared/api/risks-api';
import type { DashboardRisks } from '../../../shared/api/overview-api';
import { bandRankByName, cellKey, heatmapGrid, positionProblem, type HeatmapCell, type RiskMatrix } from '../../../shared/domain/risk-matrix';
import { remapPosition } from '../../../shared/domain/risk-remap';
import { addDaysIso } from '../../../shared/domain/dates';
import { currentMatrix, matrixVersion } from './matrix-repository';
import { riskFilterSql } from './risk-filters';
import { statement } from './statements';
import { inheritedBandRows } from './inherited-links';
import { cachedByService } from './by-service-cache';
import { sortServices, type ServiceSort } from '../../../shared/domain/service-risk-order';

interface CellCount {
  l: number | null;
  i: number | null;
  n: number;
}

/** The heat-map counts query: risks per cell of one basis, for a WHERE clause on `risks r`. */
export function heatmapSql(basis: RiskBasis, where: string): string {
  return `SELECT r.${basis}_likelihood AS l, r.${basis}_impact AS i, count(*) AS n FROM risks r ${where} GROUP BY 1, 2`;
}

// The grid's scores, bands and appetite flags depend on the matrix only: compute them once per matrix.
const emptyGrids = new WeakMap<RiskMatrix, HeatmapCell[][]>();

/** The heat-map grid of a matrix with these counts (see `heatmapGrid`), from a per-matrix template. */
function gridWithCounts(matrix: RiskMatrix, counts: ReadonlyMap<string, number>): HeatmapCell[][] {
  let empty = emptyGrids.get(matrix);
  if (!empty) {
    empty = heatmapGrid(matrix);
    emptyGrids.set(matrix, empty);
  }
  return empty.map((row) => row.map((cell) => ({ ...cell, count: counts.get(cellKey(cell.likelihood, cell.impact)) ?? 0 })));
}

function countsOnMatrix(matrix: RiskMatrix, rows: readonly CellCount[]): { counts: Map<string, number>; total: number; unscored: number } {
  const counts = new Map<string, number>();
  let total = 0;
  let unscored = 0;
  for (const row of rows) {
    if (row.l === null || row.i === null || positionProblem(matrix, row.l, row.i)) {
      unscored += row.n;
      continue;
    }
    const key = cellKey(row.l, row.i);
    counts.set(key, (counts.get(key) ?? 0) + row.n);
    total += row.n;
  }
  return { counts, total, unscored };
}

/**
 * Risks per cell. Now: from the current positions on the risk rows (an index covers the count).
 * As of a date: from each risk's latest assessment on or before that day, drawn on the matrix
 * those assessments were made with; the filters apply to the risks as they are now.
 */
export function riskHeatmap(db: Database.Database, input: RiskFilter & { basis: RiskBasis; asOf?: string | undefined }, today: string): RiskHeatmap {
  const current = currentMatrix(db);
  const { where, params } = riskFilterSql(current.matrix, input, today);
  if (!input.asOf) {
    const rows = statement(db, heatmapSql(input.basis, where)).all(...params) as CellCount[];
    const { counts, total, unscored } = countsOnMatrix(current.matrix, rows);
    return { basis: input.basis, asOf: null, matrixVersion: current.version, grid: gridWithCounts(current.matrix, counts), total, unscored };
  }
  const risksMatching = statement(db, `SELECT count(*) AS n FROM risks r ${where}`).get(...params) as { n: number };
  const rows = statement(
    db,
    `SELECT a.${input.basis}_likelihood AS l, a.${input.basis}_impact AS i, a.matrix_version AS v, count(*) AS n
       FROM risks r JOIN risk_assessments a ON a.id = (
         SELECT x.id FROM risk_assessments x WHERE x.risk_id = r.id AND x.assessed_at < ? ORDER BY x.assessed_at DESC, x.id DESC LIMIT 1)
       ${where} GROUP BY 1, 2, 3`,
  ).all(addDaysIso(input.asOf, 1), ...params) as Array<CellCount & { v: number }>;
  // The grid is drawn on the newest matrix in use that day; the rare rows of older versions are re-mapped onto it.
  const version = rows.reduce((highest, row) => Math.max(highest, row.v), 0) || current.version;
  const matrix = matrixVersion(db, version).matrix;
  const placed: CellCount[] = rows.map((row) => {
    if (row.v === version || row.l === null || row.i === null) return row;
    const outcome = remapPosition(matrixVersion(db, row.v).matrix, matrix, row.l, row.i);
    return outcome.ok ? { l: outcome.to.likelihood, i: outcome.to.impact, n: row.n } : { l: null, i: null, n: row.n };
  });
  const { counts, total, unscored } = countsOnMatrix(matrix, placed);
  return {
    basis: input.basis,
    asOf: input.asOf,
    matrixVersion: version,
    grid: gridWithCounts(matrix, counts),
    total,
    // Risks not yet assessed that day count as unscored too.
    unscored: unscored + Math.max(0, risksMatching.n - total - unscored),
  };
}

/** How many risks go from each inherent cell to each residual (or target) cell. */
export function riskMovement(db: Database.Database, input: RiskFilter & { to: 'residual' | 'target' }, today: string): RiskMovement {
  const { matrix } = currentMatrix(db);
  const { where, params } = riskFilterSql(matrix, input, today);
  const scoredBoth = `r.inherent_score IS NOT NULL AND r.${input.to}_score IS NOT NULL`;
  const rows = statement(
    db,
    `SELECT r.inherent_likelihood AS fl, r.inherent_impact AS fi, r.${input.to}_likelihood AS tl, r.${input.to}_impact AS ti, count(*) AS n
       FROM risks r ${where ? `${where} AND ${scoredBoth}` : `WHERE ${scoredBoth}`} GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 1 DESC, 2 DESC`,
  ).all(...params) as Array<{ fl: number; fi: number; tl: number; ti: number; n: number }>;
  return {
    from: 'inherent',
    to: input.to,
    moves: rows.map((row) => ({ from: { likelihood: row.fl, impact: row.fi }, to: { likelihood: row.tl, impact: row.ti }, count: row.n })),
    total: rows.reduce((sum, row) => sum + row.n, 0),
  };
}

function appetiteSql(matrix: RiskMatrix): { sql: string; value: number } {
  return matrix.appetite.kind === 'score'
    ? { sql: 'r.residual_score > ?', value: matrix.appetite.score }
    : { sql: 'r.residual_band > ?', value: bandRankByName(matrix, matrix.appetite.band) };
}

/**
 * Each service's count of risks per residual band (and above the appetite), for a WHERE clause on
 * `risks r` (and `rs`). Risks are read first (CROSS JOIN keeps that order) so that, unfiltered,
 * SQLite reads band and score from the narrow `risks_residual_band` index and each risk's links
 * from the link table's key, never a risk row: 200,000 links at 100,000 risks took 1–3 s through
 * row lookups service by service, a fraction of that this way. Names are joined to the groups.
 */
export function byServiceSql(clause: string, appetiteSql: string): string {
  return `SELECT s.id, s.code, s.name, g.band, g.n, g.above
    FROM (SELECT rs.service_id AS service_id, r.residual_band AS band, count(*) AS n, coalesce(sum(${appetiteSql}), 0) AS above
            FROM risks r CROSS JOIN risk_services rs ON rs.risk_id = r.id
            ${clause} GROUP BY rs.service_id, r.residual_band) g
    JOIN services s ON s.id = g.service_id`;
}

type ServiceRow = RiskByService['services'][number];
type ByServiceQuery = RiskFilter & {
  includeInherited?: boolean | undefined;
  sort?: ServiceSort | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
};

/**
 * Each service's risks by residual band, most severe first (or in another order), the window
 * `offset`/`limit` of it. The whole list is grouped once per filter and kept while the data
 * does not change (see `cachedByService`), so the screen's later pages and other orders are slices.
 */
export function risksByService(db: Database.Database, input: ByServiceQuery, today: string): RiskByService {
  const { sort = 'worst', offset = 0, limit, ...filter } = input;
  const { matrix } = currentMatrix(db);
  const key = JSON.stringify({ filter, today, matrix: matrix.banding.bands.length });
  const whole = cachedByService(db, key, () => ({ services: groupByService(db, matrix, filter, today), sorted: new Map<ServiceSort, ServiceRow[]>() }));
  let sorted = whole.sorted.get(sort);
  if (!sorted) {
    sorted = sortServices(whole.services, sort);
    whole.sorted.set(sort, sorted);
  }
  return {
    bands: matrix.banding.bands.map(({ name, colour }) => ({ name, colour })),
    services: sorted.slice(offset, limit === undefined ? undefined : offset + limit),
    total: sorted.length,
    largestTotal: whole.services.reduce((most, row) => Math.max(most, row.total), 0),
  };
}

/** Every service with matching risks and its counts per band, in no particular order. */
function groupByService(
  db: Database.Database,
  matrix: RiskMatrix,
  filter: RiskFilter & { includeInherited?: boolean | undefined },
  today: string,
): ServiceRow[] {
  const { where, params } = riskFilterSql(matrix, filter, today);
  const appetite = appetiteSql(matrix);
  // With a service filter, only those services get a row (not every other service their risks touch).
  const chosen = filter.serviceIds?.length ? `rs.service_id IN (${filter.serviceIds.map(() => '?').join(', ')})` : '';
  const clause = chosen ? (where ? `${where} AND ${chosen}` : `WHERE ${chosen}`) : where;
  type BandRow = { id: number; code: string; name: string; band: number | null; n: number; above: number };
  // Inherited: each service also carries the risks of everything it depends on, directly or not.
  const rows: BandRow[] = filter.includeInherited
    ? inheritedBandRows(db, { where, params }, appetite, filter.serviceIds)
    : (statement(db, byServiceSql(clause, appetite.sql)).all(appetite.value, ...params, ...(chosen ? filter.serviceIds! : [])) as BandRow[]);
  const bandCount = matrix.banding.bands.length;
  const services = new Map<number, ServiceRow>();
  for (const row of rows) {
    let entry = services.get(row.id);
    if (!entry) {
      entry = { id: row.id, code: row.code, name: row.name, total: 0, unscored: 0, byBand: Array<number>(bandCount).fill(0), aboveAppetite: 0 };
      services.set(row.id, entry);
    }
    entry.total += row.n;
    entry.aboveAppetite += row.above;
    if (row.band === null || row.band >= bandCount) entry.unscored += row.n;
    else entry.byBand[row.band]! += row.n;
  }
  return [...services.values()];
}

/** The dashboard's risk figures: the residual heat map of open risks, overdue actions and reviews, risks above appetite and the decisions they wait for. */
export function dashboardRisks(db: Database.Database, today: string): DashboardRisks {
  const heatmap = riskHeatmap(db, { basis: 'residual', statuses: OPEN_STATUSES }, today);
  const count = (sql: string) => (statement(db, sql).get(today) as { n: number }).n;
  return {
    matrixVersion: heatmap.matrixVersion,
    residual: heatmap.grid,
    scored: heatmap.total,
    unscored: heatmap.unscored,
    // The grid counts open risks per cell and knows which cells are above the appetite.
    aboveAppetite: heatmap.grid.flat().reduce((sum, cell) => sum + (cell.exceedsAppetite ? cell.count : 0), 0),
    overdueReviews: count(DASHBOARD_OVERDUE_REVIEWS_SQL),
    overdueActions: count(DASHBOARD_OVERDUE_ACTIONS_SQL),
    decisionsDue: countDecisionsDue(db, today),
  };
}

/** Open risks above the appetite that wait for a treatment or an approved acceptance (the register's needsDecision filter). */
function countDecisionsDue(db: Database.Database, today: string): number {
  const { where, params } = riskFilterSql(currentMatrix(db).matrix, { statuses: OPEN_STATUSES, needsDecision: true }, today);
  return (statement(db, `SELECT count(*) AS n FROM risks r ${where}`).get(...params) as { n: number }).n;
}

/** The risks that are not closed. */
export const OPEN_STATUSES: Array<'identified' | 'assessed' | 'treating' | 'monitored'> = ['identified', 'assessed', 'treating', 'monitored'];
export const DASHBOARD_OVERDUE_REVIEWS_SQL = "SELECT count(*) AS n FROM risks r WHERE r.next_review_date < ? AND r.status <> 'closed'";
export const DASHBOARD_OVERDUE_ACTIONS_SQL =
  "SELECT count(*) AS n FROM actions a WHERE a.risk_id IS NOT NULL AND a.status IN ('open', 'in_progress') AND a.due_date < ?";
