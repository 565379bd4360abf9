import type Database from 'better-sqlite3';
import type { BreachesInput, PortfolioInput, SlaBreach, SlaPortfolio } from '../../../shared/api/slas-api';
import { addPeriods, lastCompletePeriod, periodRange } from '../../../shared/domain/sla-periods';
import { breachStreak, resultStatus } from '../../../shared/domain/sla-status';
import type { Direction } from '../../../shared/domain/sla-status';
import { containsPattern } from '../sql-helpers';
import { statusOfRank, statusRankSql } from './status-sql';

/** The WHERE clause over `slas l JOIN services s` for the portfolio filters. */
export function portfolioFilterSql(input: Omit<PortfolioInput, 'from' | 'to'>): { where: string; params: Record<string, unknown>; needsServices: boolean } {
  const clauses = ['l.status IN (SELECT value FROM json_each(@statuses))'];
  const params: Record<string, unknown> = { statuses: JSON.stringify(input.slaStatus) };
  if (input.customer) {
    clauses.push('l.customer = @customer COLLATE NOCASE');
    params.customer = input.customer;
  }
  if (input.search) {
    clauses.push(
      "(s.code LIKE @pattern ESCAPE '\\' OR s.name LIKE @pattern ESCAPE '\\' OR l.code LIKE @pattern ESCAPE '\\' OR l.name LIKE @pattern ESCAPE '\\')",
    );
    params.pattern = containsPattern(input.search);
  }
  if (input.serviceIds) {
    clauses.push('l.service_id IN (SELECT value FROM json_each(@serviceIds))');
    params.serviceIds = JSON.stringify(input.serviceIds);
  }
  return { where: `WHERE ${clauses.join(' AND ')}`, params, needsServices: Boolean(input.search) };
}

/** The services of the strip: those with an SLA matching the filters, by code. */
export const PORTFOLIO_SERVICES_SQL = (where: string) => `
  SELECT s.id, s.code, s.name, count(*) AS sla_count, CASE WHEN count(*) = 1 THEN min(l.id) END AS sla_id
    FROM slas l JOIN services s ON s.id = l.service_id
   ${where}
   GROUP BY s.id ORDER BY s.code COLLATE NOCASE`;

/**
 * The worst rank per service and month, read from `sla_period_results` (one row per SLA and month,
 * kept by triggers), so 5,000 services × 12 months is 60,000 summary rows, not every measurement.
 */
export const PORTFOLIO_CELLS_SQL = (where: string, needsServices: boolean) => `
  SELECT l.service_id, r.period, max(r.worst_rank) AS rank
    FROM slas l
    ${needsServices ? 'JOIN services s ON s.id = l.service_id' : ''}
    JOIN sla_period_results r ON r.sla_id = l.id AND r.period BETWEEN @from AND @to
   ${where}
   GROUP BY l.service_id, r.period`;

/** The same cells computed straight from the measurements: the baseline the summary is measured against. */
export const PORTFOLIO_CELLS_FROM_MEASUREMENTS_SQL = (where: string) => `
  SELECT l.service_id, m.period, max(${statusRankSql()}) AS rank
    FROM slas l
    JOIN services s ON s.id = l.service_id
    JOIN sla_targets t ON t.sla_id = l.id
    JOIN sla_measurements m ON m.target_id = t.id AND m.period BETWEEN @from AND @to
   ${where}
   GROUP BY l.service_id, m.period`;

/** Services × months, each cell the worst result of the service's matching SLAs that month. */
export function slaPortfolio(db: Database.Database, input: PortfolioInput): SlaPortfolio {
  const periods = periodRange(input.from, input.to);
  const column = new Map(periods.map((period, index) => [period, index]));
  const { where, params, needsServices } = portfolioFilterSql(input);
  const services = db.prepare(PORTFOLIO_SERVICES_SQL(where)).raw().all(params) as Array<[number, string, string, number, number | null]>;
  const rows: SlaPortfolio['rows'] = [];
  const rowOf = new Map<number, SlaPortfolio['rows'][number]>();
  for (const [serviceId, serviceCode, serviceName, slaCount, slaId] of services) {
    const row = { serviceId, serviceCode, serviceName, slaCount, slaId, cells: periods.map(() => null) as SlaPortfolio['rows'][number]['cells'] };
    rows.push(row);
    rowOf.set(serviceId, row);
  }
  const totals = periods.map((period) => ({ period, met: 0, atRisk: 0, breached: 0 }));
  const cells = db
    .prepare(PORTFOLIO_CELLS_SQL(where, needsServices))
    .raw()
    .all({ ...params, from: input.from, to: input.to }) as Array<[number, string, number]>;
  for (const [serviceId, period, rank] of cells) {
    const index = column.get(period)!;
    const status = statusOfRank(rank);
    rowOf.get(serviceId)!.cells[index] = status;
    const total = totals[index]!;
    if (status === 'met') total.met += 1;
    else if (status === 'at-risk') total.atRisk += 1;
    else if (status === 'breached') total.breached += 1;
  }
  const customers = db
    .prepare('SELECT DISTINCT customer FROM slas WHERE status IN (SELECT value FROM json_each(?)) ORDER BY customer COLLATE NOCASE')
    .pluck()
    .all(JSON.stringify(input.slaStatus)) as string[];
  return { periods, rows, totals, customers };
}

/**
 * For each target of an agreed SLA (and, when asked, of a contract still running), its latest
 * result in the look-back months up to `asOf`, kept only when it is a breach.
 */
export const LATEST_BREACHES_SQL = `
  WITH latest AS (
    SELECT t.id AS target_id,
           (SELECT max(m.period) FROM sla_measurements m WHERE m.target_id = t.id AND m.period BETWEEN @from AND @asOf) AS period
      FROM sla_targets t
      LEFT JOIN slas l ON l.id = t.sla_id
      LEFT JOIN contracts c ON c.id = t.contract_id
     WHERE (l.status = 'agreed' AND (@slaId IS NULL OR l.id = @slaId) AND (@serviceId IS NULL OR l.service_id = @serviceId))
        OR (@includeContracts AND c.id IS NOT NULL AND (c.end_date IS NULL OR c.end_date >= @fromDay) AND @slaId IS NULL
            AND (@serviceId IS NULL OR EXISTS (SELECT 1 FROM contract_services cs WHERE cs.contract_id = c.id AND cs.service_id = @serviceId)))
  )
  SELECT t.id AS targetId, t.label AS targetLabel, t.kind, t.unit, t.direction, t.target, t.warning, t.sort_order AS sortOrder,
         m.period, m.value,
         l.id AS slaId, l.code AS slaCode, l.name AS slaName, l.customer,
         c.id AS contractId, c.title AS contractTitle,
         s.id AS serviceId, s.code AS serviceCode, s.name AS serviceName
    FROM latest
    JOIN sla_measurements m ON m.target_id = latest.target_id AND m.period = latest.period
    JOIN sla_targets t ON t.id = latest.target_id
    LEFT JOIN slas l ON l.id = t.sla_id
    LEFT JOIN services s ON s.id = l.service_id
    LEFT JOIN contracts c ON c.id = t.contract_id
   WHERE ${statusRankSql()} = 3`;

/** Results of some targets up to a month, newest first, for the "since" of each breach run. */
export const BREACH_HISTORY_SQL = `
  SELECT m.target_id, m.period, m.value FROM sla_measurements m
   WHERE m.target_id IN (SELECT value FROM json_each(@targets)) AND m.period <= @asOf
   ORDER BY m.target_id, m.period DESC`;

/** Parameters of LATEST_BREACHES_SQL for an input. */
export function breachParams(input: BreachesInput, today: string) {
  const asOf = input.asOf ?? lastCompletePeriod(today);
  const from = addPeriods(asOf, -(input.lookbackMonths - 1));
  return {
    asOf,
    from,
    fromDay: `${from}-01`,
    slaId: input.slaId ?? null,
    serviceId: input.serviceId ?? null,
    includeContracts: input.includeContracts ? 1 : 0,
  };
}

type BreachRow = Omit<SlaBreach, 'since' | 'months'> & { sortOrder: number };

/**
 * Targets currently breached: their latest result within the look-back months is a breach.
 * Each comes with the first month of its unbroken run of breaches ("breached since"), longest
 * runs first.
 */
export function currentBreaches(db: Database.Database, input: BreachesInput, today: string): SlaBreach[] {
  const params = breachParams(input, today);
  const rows = db.prepare(LATEST_BREACHES_SQL).all(params) as BreachRow[];
  if (rows.length === 0) return [];
  const history = new Map<number, Array<{ period: string; value: number }>>();
  for (const entry of db.prepare(BREACH_HISTORY_SQL).all({ targets: JSON.stringify(rows.map((r) => r.targetId)), asOf: params.asOf }) as Array<{
    target_id: number;
    period: string;
    value: number;
  }>) {
    const list = history.get(entry.target_id) ?? [];
    list.push(entry);
    history.set(entry.target_id, list);
  }
  const breaches = rows.map(({ sortOrder: _order, ...row }) => {
    const thresholds = { direction: row.direction as Direction, target: row.target, warning: row.warning };
    const results = (history.get(row.targetId) ?? []).map((entry) => ({ period: entry.period, status: resultStatus(entry.value, thresholds) }));
    const streak = breachStreak(results, row.period);
    return { ...row, since: streak?.since ?? row.period, months: streak?.months ?? 1 };
  });
  return breaches.sort(
    (a, b) => b.months - a.months || (a.slaCode ?? a.contractTitle ?? '').localeCompare(b.slaCode ?? b.contractTitle ?? '') || a.targetId - b.targetId,
  );
}

/** Agreed SLAs by their worst result in the last complete month, for the dashboard. */
export function slaDashboardFigures(db: Database.Database, today: string) {
  const period = lastCompletePeriod(today);
  const agreed = db.prepare("SELECT count(*) FROM slas WHERE status = 'agreed'").pluck().get() as number;
  const perSla = db
    .prepare("SELECT r.worst_rank, r.breached FROM sla_period_results r JOIN slas l ON l.id = r.sla_id WHERE r.period = ? AND l.status = 'agreed'")
    .raw()
    .all(period) as Array<[number, number]>;
  const figures = { period, agreed, met: 0, atRisk: 0, breached: 0, notMeasured: agreed - perSla.length, breachedTargets: 0 };
  for (const [rank, breachedTargets] of perSla) {
    figures.breachedTargets += breachedTargets;
    const status = statusOfRank(rank);
    if (status === 'met') figures.met += 1;
    else if (status === 'at-risk') figures.atRisk += 1;
    else if (status === 'breached') figures.breached += 1;
  }
  return figures;
}
