import type { SlaPortfolio } from '../../../../../shared/api/slas-api';
import type { ResultStatus } from '../../../../../shared/domain/sla-status';

export type PortfolioRow = SlaPortfolio['rows'][number];

/** Which services to show by their results in the months shown. */
export type HealthFilter = 'all' | 'breached' | 'attention';
export type PortfolioSort = 'worst' | 'code';

export interface PortfolioViewState {
  search: string;
  health: HealthFilter;
  sort: PortfolioSort;
  /** An SLA customer; empty for every customer. */
  customer: string;
}

export const HEALTH_LABEL: Record<HealthFilter, string> = {
  all: 'All services',
  breached: 'Has a breach',
  attention: 'At risk or breached',
};

const HEALTH_FILTERS = Object.keys(HEALTH_LABEL) as HealthFilter[];

/** The strip's state from the route's query, so Back returns to the same view. */
export function parsePortfolioQuery(search: string): PortfolioViewState {
  const params = new URLSearchParams(search);
  const health = params.get('health') as HealthFilter | null;
  return {
    search: params.get('q') ?? '',
    health: health && HEALTH_FILTERS.includes(health) ? health : 'all',
    sort: params.get('sort') === 'code' ? 'code' : 'worst',
    customer: params.get('customer') ?? '',
  };
}

/** The route of a strip state; defaults are left out so the plain route stays plain. */
export function portfolioPath(state: PortfolioViewState): string {
  const params = new URLSearchParams();
  if (state.search.trim()) params.set('q', state.search.trim());
  if (state.health !== 'all') params.set('health', state.health);
  if (state.sort !== 'worst') params.set('sort', state.sort);
  if (state.customer) params.set('customer', state.customer);
  const query = params.toString();
  return query ? `/slas/portfolio?${query}` : '/slas/portfolio';
}

/** Months breached and at risk in a row: what "worst first" orders by. */
export function rowSeverity(row: PortfolioRow): { breached: number; atRisk: number } {
  let breached = 0;
  let atRisk = 0;
  for (const cell of row.cells) {
    if (cell === 'breached') breached += 1;
    else if (cell === 'at-risk') atRisk += 1;
  }
  return { breached, atRisk };
}

/**
 * The rows to show: text matches the service code or name; the health filter looks at every
 * month shown. Worst first means most breached months, then most months at risk, then by code.
 */
export function visibleRows(rows: readonly PortfolioRow[], state: Pick<PortfolioViewState, 'search' | 'health' | 'sort'>): PortfolioRow[] {
  const text = state.search.trim().toLowerCase();
  const severity = new Map<number, { breached: number; atRisk: number }>();
  const severityOf = (row: PortfolioRow) => {
    let known = severity.get(row.serviceId);
    if (!known) severity.set(row.serviceId, (known = rowSeverity(row)));
    return known;
  };
  const shown = rows.filter((row) => {
    if (text && !row.serviceCode.toLowerCase().includes(text) && !row.serviceName.toLowerCase().includes(text)) return false;
    if (state.health === 'all') return true;
    const { breached, atRisk } = severityOf(row);
    return state.health === 'breached' ? breached > 0 : breached + atRisk > 0;
  });
  if (state.sort === 'worst') {
    shown.sort((a, b) => {
      const x = severityOf(a);
      const y = severityOf(b);
      return y.breached - x.breached || y.atRisk - x.atRisk || a.serviceCode.localeCompare(b.serviceCode, undefined, { numeric: true });
    });
  }
  return shown;
}

/** Per month: how many of the shown services met, were at risk, breached, or had no result. */
export function monthTotals(rows: readonly PortfolioRow[], periods: readonly string[]) {
  const totals = periods.map((period) => ({ period, met: 0, atRisk: 0, breached: 0, none: 0 }));
  for (const row of rows) {
    row.cells.forEach((cell: ResultStatus | null, index) => {
      const total = totals[index];
      if (!total) return;
      if (cell === 'met') total.met += 1;
      else if (cell === 'at-risk') total.atRisk += 1;
      else if (cell === 'breached') total.breached += 1;
      else total.none += 1;
    });
  }
  return totals;
}

/** Where a service's row leads: its SLA when it has one, else the SLA list filtered to it. */
export function rowTarget(row: PortfolioRow): string {
  return row.slaId !== null ? `/slas/${row.slaId}` : `/slas?q=${encodeURIComponent(row.serviceCode)}`;
}
