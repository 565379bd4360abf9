import { RISK_STATUSES, type RiskBasis, type RiskFilter, type RiskStatus } from '../../../../../shared/api/risks-api';
import { RISK_BASES } from '../../../../../shared/domain/risk-matrix';
import { appNow } from '../../../lib/app-clock';

/** The four views of the heat-maps screen, in tab order. */
export const HEATMAP_VIEWS = ['grid', 'movement', 'comparison', 'services'] as const;
export type HeatmapView = (typeof HEATMAP_VIEWS)[number];

/** The screen's state as kept in the hash query: `#/risks/heatmaps?view=movement&to=target&status=treating`. */
export interface HeatmapsState {
  view: HeatmapView;
  /** The grid view's basis (also the basis of the comparison). */
  basis: RiskBasis;
  /** Where the movement arrows end. */
  to: 'residual' | 'target';
  /** The comparison date, or null for the default (see `defaultAsOf`). */
  asOf: string | null;
  statuses: RiskStatus[];
  ownerIds: number[];
  categories: string[];
  serviceIds: number[];
  /** By service: also count the risks a service inherits from the services it depends on. */
  inherited: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const ids = (value: string | null) =>
  list(value)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);

/** Reads the state from the hash query, ignoring anything it does not know (old or mistyped links). */
export function parseHeatmaps(search: string): HeatmapsState {
  const query = new URLSearchParams(search);
  const view = query.get('view') ?? '';
  const basis = query.get('basis') ?? '';
  const asOf = query.get('asOf') ?? '';
  return {
    view: (HEATMAP_VIEWS as readonly string[]).includes(view) ? (view as HeatmapView) : 'grid',
    basis: (RISK_BASES as readonly string[]).includes(basis) ? (basis as RiskBasis) : 'residual',
    to: query.get('to') === 'target' ? 'target' : 'residual',
    asOf: DAY.test(asOf) ? asOf : null,
    statuses: list(query.get('status')).filter((s): s is RiskStatus => (RISK_STATUSES as readonly string[]).includes(s)),
    ownerIds: ids(query.get('owner')),
    categories: list(query.get('category')),
    serviceIds: ids(query.get('service')),
    inherited: query.get('inherited') === '1',
  };
}

/** The address of a state; defaults are left out so links stay short. */
export function heatmapsPath(state: HeatmapsState): string {
  const query = new URLSearchParams();
  if (state.view !== 'grid') query.set('view', state.view);
  if (state.basis !== 'residual') query.set('basis', state.basis);
  if (state.to !== 'residual') query.set('to', state.to);
  if (state.asOf) query.set('asOf', state.asOf);
  if (state.statuses.length) query.set('status', state.statuses.join(','));
  if (state.ownerIds.length) query.set('owner', state.ownerIds.join(','));
  if (state.categories.length) query.set('category', state.categories.join(','));
  if (state.serviceIds.length) query.set('service', state.serviceIds.join(','));
  if (state.inherited) query.set('inherited', '1');
  const text = query.toString();
  return text ? `/risks/heatmaps?${text.replaceAll('%2C', ',')}` : '/risks/heatmaps';
}

/** The filters as `risks.heatmap`, `risks.movement` and `risks.byService` take them. */
export function heatmapsFilter(state: HeatmapsState): RiskFilter {
  const filter: RiskFilter = {};
  if (state.statuses.length) filter.statuses = state.statuses;
  if (state.ownerIds.length) filter.ownerIds = state.ownerIds;
  if (state.categories.length) filter.categories = state.categories;
  if (state.serviceIds.length) filter.serviceIds = state.serviceIds;
  return filter;
}

/** Any filter is set: empty views then say "no risk matches these filters" rather than "no risks yet". */
export const isFiltered = (state: HeatmapsState) => Object.keys(heatmapsFilter(state)).length > 0;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/**
 * The comparison's default date: three months before today (UTC, like the host's "today"),
 * on the same day of the month or the month's last day when it is shorter.
 */
export function defaultAsOf(today: Date = appNow()): string {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() - 3;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(year, month, Math.min(today.getUTCDate(), lastDay))));
}

/** The first day of the quarter `today` is in. */
export function quarterStart(today: Date = appNow()): string {
  return iso(new Date(Date.UTC(today.getUTCFullYear(), Math.floor(today.getUTCMonth() / 3) * 3, 1)));
}

/** The same day a year earlier (28 February for a 29 February). */
export function yearBefore(today: Date = appNow()): string {
  const year = today.getUTCFullYear() - 1;
  const lastDay = new Date(Date.UTC(year, today.getUTCMonth() + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(year, today.getUTCMonth(), Math.min(today.getUTCDate(), lastDay))));
}

/** Today as YYYY-MM-DD in UTC. */
export function todayIso(today: Date = appNow()): string {
  return iso(today);
}
