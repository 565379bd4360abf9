import { RISK_SORT_COLUMNS, RISK_STATUSES, type RiskBasis, type RiskFilter, type RiskSortColumn, type RiskStatus } from '../../../../../shared/api/risks-api';

/** The register's state as kept in the hash query: `#/risks?status=treating&cell=residual:4:5`. */
export interface RegisterState {
  search: string;
  statuses: RiskStatus[];
  bands: string[];
  ownerIds: number[];
  serviceIds: number[];
  supplierIds: number[];
  categories: string[];
  reviewOverdue: boolean;
  actionOverdue: boolean;
  /** above: residual above the appetite; decision: above it with no treatment or approved acceptance. */
  appetite: 'any' | 'above' | 'decision';
  cell: { basis: RiskBasis; likelihood: number; impact: number } | null;
  basis: RiskBasis;
  sort: { column: RiskSortColumn; direction: 'asc' | 'desc' };
}

const BASES: readonly string[] = ['inherent', 'residual', 'target'];
const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const ids = (value: string | null) =>
  list(value)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);

/** The register's state from the hash query; unknown values are dropped, so an old link still opens. */
export function parseRegister(search: string): RegisterState {
  const query = new URLSearchParams(search);
  const [cellBasis, l, i] = (query.get('cell') ?? '').split(':');
  const likelihood = Number(l);
  const impact = Number(i);
  const [column, direction] = (query.get('sort') ?? '').split(':');
  return {
    search: query.get('q') ?? '',
    statuses: list(query.get('status')).filter((s): s is RiskStatus => (RISK_STATUSES as readonly string[]).includes(s)),
    bands: list(query.get('band')),
    ownerIds: ids(query.get('owner')),
    serviceIds: ids(query.get('service')),
    supplierIds: ids(query.get('supplier')),
    categories: list(query.get('category')),
    reviewOverdue: query.get('review') === 'overdue',
    actionOverdue: query.get('action') === 'overdue',
    appetite: query.get('appetite') === 'above' ? 'above' : query.get('appetite') === 'decision' ? 'decision' : 'any',
    cell: cellBasis && BASES.includes(cellBasis) && likelihood >= 1 && impact >= 1 ? { basis: cellBasis as RiskBasis, likelihood, impact } : null,
    basis: BASES.includes(query.get('basis') ?? '')
      ? (query.get('basis') as RiskBasis)
      : cellBasis && BASES.includes(cellBasis)
        ? (cellBasis as RiskBasis)
        : 'residual',
    sort: {
      column: (RISK_SORT_COLUMNS as readonly string[]).includes(column ?? '') ? (column as RiskSortColumn) : 'code',
      direction: direction === 'desc' ? 'desc' : 'asc',
    },
  };
}

/** The route for a state; defaults are left out, so the address stays short. */
export function registerPath(state: RegisterState): string {
  const query = new URLSearchParams();
  if (state.search) query.set('q', state.search);
  if (state.statuses.length) query.set('status', state.statuses.join(','));
  if (state.bands.length) query.set('band', state.bands.join(','));
  if (state.ownerIds.length) query.set('owner', state.ownerIds.join(','));
  if (state.serviceIds.length) query.set('service', state.serviceIds.join(','));
  if (state.supplierIds.length) query.set('supplier', state.supplierIds.join(','));
  if (state.categories.length) query.set('category', state.categories.join(','));
  if (state.reviewOverdue) query.set('review', 'overdue');
  if (state.actionOverdue) query.set('action', 'overdue');
  if (state.appetite !== 'any') query.set('appetite', state.appetite);
  if (state.cell) query.set('cell', `${state.cell.basis}:${state.cell.likelihood}:${state.cell.impact}`);
  if (state.basis !== 'residual') query.set('basis', state.basis);
  if (state.sort.column !== 'code' || state.sort.direction !== 'asc') query.set('sort', `${state.sort.column}:${state.sort.direction}`);
  const text = query.toString();
  return text ? `/risks?${text.replaceAll('%3A', ':').replaceAll('%2C', ',')}` : '/risks';
}

/** The filters as `risks.list` and `risks.heatmap` take them; the heat map leaves its own cell out. */
export function filterOf(state: RegisterState, withCell = true): RiskFilter {
  const filter: RiskFilter = {};
  if (state.search.trim()) filter.search = state.search.trim();
  if (state.statuses.length) filter.statuses = state.statuses;
  if (state.bands.length) {
    filter.bands = state.bands;
    filter.bandBasis = state.basis;
  }
  if (state.ownerIds.length) filter.ownerIds = state.ownerIds;
  if (state.serviceIds.length) filter.serviceIds = state.serviceIds;
  if (state.supplierIds.length) filter.supplierIds = state.supplierIds;
  if (state.categories.length) filter.categories = state.categories;
  if (state.reviewOverdue) filter.reviewOverdue = true;
  if (state.actionOverdue) filter.actionOverdue = true;
  if (state.appetite === 'above') filter.aboveAppetite = true;
  if (state.appetite === 'decision') filter.needsDecision = true;
  if (withCell && state.cell) filter.cell = state.cell;
  return filter;
}
