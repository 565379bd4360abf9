import {
  LIFECYCLES,
  SERVICE_KINDS,
  SERVICE_SORT_COLUMNS,
  type Lifecycle,
  type ServiceKind,
  type ServiceListInput,
} from '../../../../../shared/api/services-api';

export type SortColumn = (typeof SERVICE_SORT_COLUMNS)[number];
export interface CatalogueSort {
  column: SortColumn;
  direction: 'asc' | 'desc';
}

export interface CatalogueFilters {
  search: string;
  lifecycle: Lifecycle[];
  kind: ServiceKind[];
  ownerIds: number[];
  categories: string[];
  tiers: number[];
  tags: string[];
}

export type CatalogueLayout = 'table' | 'board';

/** Everything that decides what the catalogue shows; it all lives in the hash query. */
export interface CatalogueState extends CatalogueFilters {
  sort: CatalogueSort;
  layout: CatalogueLayout;
}

export const DEFAULT_SORT: CatalogueSort = { column: 'code', direction: 'asc' };

export const EMPTY_FILTERS: CatalogueFilters = { search: '', lifecycle: [], kind: [], ownerIds: [], categories: [], tiers: [], tags: [] };

export const DEFAULT_STATE: CatalogueState = { ...EMPTY_FILTERS, sort: DEFAULT_SORT, layout: 'table' };

/** The most rows one call may return; the table holds them all and renders only what is visible. */
export const LIST_LIMIT = 10_000;

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    (values as readonly string[]).includes(value);

const positiveInts = (values: string[]) => values.map(Number).filter((n) => Number.isInteger(n) && n > 0);
function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/**
 * Read the catalogue state from the query inside the hash (`q=net&lifecycle=live&sort=name&dir=desc`).
 * Lists repeat their key (`category=A&category=B`), so values may contain commas. Unknown values are
 * dropped: an old bookmark must never break the screen.
 */
export function parseCatalogueQuery(search: string): CatalogueState {
  const params = new URLSearchParams(search);
  const all = (key: string) => params.getAll(key).filter(Boolean);
  const column = params.get('sort') ?? '';
  const sort: CatalogueSort = isOneOf(SERVICE_SORT_COLUMNS)(column) ? { column, direction: params.get('dir') === 'desc' ? 'desc' : 'asc' } : DEFAULT_SORT;
  return {
    search: params.get('q') ?? '',
    lifecycle: unique(all('lifecycle').filter(isOneOf(LIFECYCLES))),
    kind: unique(all('kind').filter(isOneOf(SERVICE_KINDS))),
    ownerIds: unique(positiveInts(all('owner'))),
    categories: unique(all('category')),
    tiers: unique(positiveInts(all('tier')).filter((tier) => tier <= 4)),
    tags: unique(all('tag')),
    sort,
    layout: params.get('layout') === 'board' ? 'board' : 'table',
  };
}

/** The query for a state; defaults are left out so the plain screen is just `#/services`. */
export function buildCatalogueQuery(state: CatalogueState): string {
  const params = new URLSearchParams();
  if (state.search.trim()) params.set('q', state.search);
  for (const value of state.lifecycle) params.append('lifecycle', value);
  for (const value of state.kind) params.append('kind', value);
  for (const value of state.ownerIds) params.append('owner', String(value));
  for (const value of state.categories) params.append('category', value);
  for (const value of state.tiers) params.append('tier', String(value));
  for (const value of state.tags) params.append('tag', value);
  if (state.sort.column !== DEFAULT_SORT.column || state.sort.direction !== DEFAULT_SORT.direction) {
    params.set('sort', state.sort.column);
    params.set('dir', state.sort.direction);
  }
  if (state.layout === 'board') params.set('layout', 'board');
  return params.toString();
}

/** The route for a state: `/services` or `/services?…`. */
export function cataloguePath(state: CatalogueState): string {
  const query = buildCatalogueQuery(state);
  return query ? `/services?${query}` : '/services';
}

/** The `services.list` input for the filters and sort, without empty filters. */
export function toListInput(state: CatalogueFilters & { sort: CatalogueSort }): Partial<ServiceListInput> & Pick<ServiceListInput, 'sort'> {
  const input: Partial<ServiceListInput> & Pick<ServiceListInput, 'sort'> = { sort: state.sort };
  const search = state.search.trim();
  if (search) input.search = search;
  if (state.lifecycle.length) input.lifecycle = state.lifecycle;
  if (state.kind.length) input.kind = state.kind;
  if (state.ownerIds.length) input.ownerIds = state.ownerIds;
  if (state.categories.length) input.categories = state.categories;
  if (state.tiers.length) input.tiers = state.tiers;
  if (state.tags.length) input.tags = state.tags;
  return input;
}

/** How many filters (search included) narrow the list. */
export function activeFilterCount(filters: CatalogueFilters): number {
  return (
    (filters.search.trim() ? 1 : 0) +
    [filters.lifecycle, filters.kind, filters.ownerIds, filters.categories, filters.tiers, filters.tags].filter((list) => list.length > 0).length
  );
}

/** The state with every filter cleared; sort and layout stay. */
export function clearFilters(state: CatalogueState): CatalogueState {
  return { ...state, ...EMPTY_FILTERS };
}
