import { Button, Group, Kbd, Loader, Skeleton, Stack, Text } from '@mantine/core';
import { useDebouncedCallback, useLocalStorage } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Redirect, useLocation, useSearch } from 'wouter';
import type { ServiceListInput } from '../../../../../shared/api/services-api';
import { useApiQuery } from '../../../api/use-api-query';
import { plural } from '../../../lib/format';
import { PageHeader } from '../../../ui/PageHeader';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { CATALOGUE_COLUMNS, DEFAULT_COLUMNS, normaliseColumns, visibleColumns, type ColumnId } from './catalogue-columns';
import {
  LIST_LIMIT,
  activeFilterCount,
  cataloguePath,
  clearFilters,
  parseCatalogueQuery,
  toListInput,
  type CatalogueState,
  type SortColumn,
} from './catalogue-query';
import { CatalogueToolbar, ViewControls } from './CatalogueToolbar';
import { NoServicesMatch, NoServicesYet } from './CatalogueEmpty';
import { PortfolioBoard } from './PortfolioBoard';
import { ServiceTable } from './ServiceTable';

/** What buttons added to the toolbar by other features (import, export, printable catalogue) get to know. */
export interface CatalogueToolbarContext {
  /** The filters and sort on screen, as `services.list` takes them (no paging). */
  listInput: Partial<ServiceListInput> & Pick<ServiceListInput, 'sort'>;
  /** Services matching the filters, and in the whole catalogue; null while loading. */
  matching: number | null;
  total: number | null;
}

export interface ServicesScreenProps {
  /**
   * EXTENSION POINT for the catalogue import/export and catalogue-document features: buttons placed
   * in the page header, left of "New service". Pass nodes, or a function of the current filters.
   */
  toolbarExtras?: ReactNode | ((context: CatalogueToolbarContext) => ReactNode);
}

const COLUMNS_KEY = 'serviceledger.services.columns';
/** Fast typists send one search, not one per key. */
const SEARCH_DEBOUNCE_MS = 250;

function defaultSortDirection(column: SortColumn): 'asc' | 'desc' {
  // Newest changes first is what people want from "updated"; everything else reads A→Z, 1→4, soonest first.
  return column === 'updatedAt' ? 'desc' : 'asc';
}

/**
 * The service catalogue (ISO/IEC 20000-1 8.2.4): every service in one virtualized table or as a
 * lifecycle board. Filters, search, sort and layout live in the hash query, so Back, bookmarks
 * and saved views all restore exactly what was on screen.
 */
export function ServicesScreen({ toolbarExtras }: ServicesScreenProps) {
  const [, navigate] = useLocation();
  const search = useSearch();
  const params = new URLSearchParams(search);
  const state = parseCatalogueQuery(search);
  const focus = Number(params.get('focus')) || null;
  const [storedColumns, setStoredColumns] = useLocalStorage<ColumnId[]>({
    key: COLUMNS_KEY,
    defaultValue: [...DEFAULT_COLUMNS],
    getInitialValueInEffect: false,
  });
  const columnsKey = JSON.stringify(storedColumns);
  // Stable between renders so the table's rows can skip re-rendering while scrolling.
  const columns = useMemo(() => normaliseColumns(JSON.parse(columnsKey)), [columnsKey]);
  const shownColumns = useMemo(() => visibleColumns(columns), [columns]);

  // The search box runs ahead of the hash while typing; anything else that changes the hash's
  // search (Back, a saved view, "clear filters") is copied into the box.
  const [searchText, setSearchText] = useState(state.search);
  const [searchFromHash, setSearchFromHash] = useState(state.search);
  if (state.search !== searchFromHash) {
    setSearchFromHash(state.search);
    setSearchText(state.search);
  }

  const [selectedId, setSelectedId] = useState<number | null>(() => Number(params.get('sel')) || null);

  const update = (next: CatalogueState) => navigate(cataloguePath(next), { replace: true });
  const pushSearch = useDebouncedCallback((text: string) => update({ ...state, search: text }), SEARCH_DEBOUNCE_MS);
  const onSearchText = (text: string) => {
    setSearchText(text);
    pushSearch(text);
  };
  const applyExternal = (next: CatalogueState) => {
    pushSearch.cancel();
    setSearchText(next.search);
    update(next);
  };
  // A filter picked while a search is still being typed keeps what was typed.
  const changeFilters = (next: CatalogueState) => applyExternal({ ...next, search: searchText });

  const listInput = toListInput(state);
  const list = useApiQuery('services.list', focus ? null : { ...listInput, limit: LIST_LIMIT });
  const overall = useApiQuery('services.list', focus ? null : { limit: 1 });
  const facets = useApiQuery('services.facets', focus ? null : {});

  const open = (id: number) => {
    // Remember the row in the list's address, so Back from the service lands on it again.
    const query = new URLSearchParams(search);
    query.set('sel', String(id));
    navigate(`/services?${query.toString()}`, { replace: true });
    navigate(`/services/${id}`);
  };
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  });
  const stableOpen = useCallback((id: number) => openRef.current(id), []);

  if (focus) return <Redirect to={`/services/${focus}`} replace />;

  const sortBy = (column: SortColumn) =>
    update({
      ...state,
      sort:
        state.sort.column === column
          ? { column, direction: state.sort.direction === 'asc' ? 'desc' : 'asc' }
          : { column, direction: defaultSortDirection(column) },
    });

  const rows = list.data?.rows ?? [];
  const matching = list.data?.total ?? null;
  const total = overall.data?.total ?? null;
  const filtered = activeFilterCount(state) > 0;
  const context: CatalogueToolbarContext = { listInput, matching, total };
  const extras = typeof toolbarExtras === 'function' ? toolbarExtras(context) : toolbarExtras;
  const newService = () => navigate('/services/new');
  // The order must be said when no visible header shows it (the board, or a hidden column).
  const sortLabel = CATALOGUE_COLUMNS.find((column) => column.sort === state.sort.column)?.label.toLowerCase() ?? state.sort.column;
  const sortShown = state.layout === 'table' && shownColumns.some((column) => column.sort === state.sort.column);
  const sortNote = sortShown ? null : `sorted by ${sortLabel}${state.sort.direction === 'desc' ? ', descending' : ''}`;

  let body: ReactNode;
  if (list.error && !list.data) {
    body = <ErrorPanel title="The catalogue could not be loaded" error={list.error} onRetry={list.reload} />;
  } else if (!list.data || total === null) {
    body = (
      <Stack gap={6} aria-busy="true" aria-label="Loading the catalogue">
        {Array.from({ length: 10 }, (_, index) => (
          <Skeleton key={index} height={34} />
        ))}
      </Stack>
    );
  } else if (total === 0) {
    body = <NoServicesYet onAdd={newService} />;
  } else if (matching === 0) {
    body = <NoServicesMatch search={state.search.trim()} onClear={() => applyExternal(clearFilters(state))} />;
  } else if (state.layout === 'board') {
    body = <PortfolioBoard rows={rows} lifecycleFilter={state.lifecycle} />;
  } else {
    body = (
      <ServiceTable rows={rows} columns={shownColumns} sort={state.sort} onSort={sortBy} selectedId={selectedId} onSelect={setSelectedId} onOpen={stableOpen} />
    );
  }

  return (
    <Stack
      gap="sm"
      // Fill the window under the header so the table scrolls inside itself, like a desktop list.
      style={{
        height: 'calc(100dvh - var(--app-shell-header-height, 56px) - var(--app-shell-footer-height, 30px) - 2 * var(--mantine-spacing-lg))',
        minHeight: 420,
      }}
    >
      <PageHeader
        title="Services"
        description="The service catalogue: what IT provides, who owns it, and what depends on what."
        actions={
          <>
            {extras}
            <Button leftSection={<IconPlus size={16} />} onClick={newService}>
              New service
            </Button>
          </>
        }
      />
      {/* Nothing to filter or arrange in an empty catalogue. */}
      {total !== 0 && (
        <>
          <CatalogueToolbar
            state={state}
            searchText={searchText}
            onSearchText={onSearchText}
            facets={facets.data}
            onChange={changeFilters}
            onClearFilters={() => applyExternal(clearFilters(state))}
          />
          <Group justify="space-between" gap="sm" wrap="nowrap">
            <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
              <Text size="sm" c="dimmed" role="status" aria-live="polite" aria-label="Catalogue count">
                {matching !== null && total !== null && total > 0
                  ? filtered
                    ? `${new Intl.NumberFormat().format(matching)} of ${plural(total, 'service')}`
                    : plural(total, 'service')
                  : ''}
                {matching !== null && matching > LIST_LIMIT
                  ? ` — showing the first ${new Intl.NumberFormat().format(LIST_LIMIT)}; narrow the filters to see the rest`
                  : ''}
              </Text>
              {sortNote && rows.length > 0 && (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  · {sortNote}
                </Text>
              )}
              {list.loading && list.data && <Loader size={14} aria-label="Updating" />}
              {state.layout === 'table' && rows.length > 0 && (
                <Text size="xs" c="dimmed" visibleFrom="lg" style={{ whiteSpace: 'nowrap' }}>
                  <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> select · <Kbd size="xs">Enter</Kbd> opens
                </Text>
              )}
            </Group>
            <ViewControls
              state={state}
              columns={columns}
              onColumns={setStoredColumns}
              onChange={changeFilters}
              onApplyView={(next, nextColumns) => {
                setStoredColumns(nextColumns);
                applyExternal(next);
              }}
            />
          </Group>
        </>
      )}
      <div style={{ flex: 1, minHeight: 0 }}>{body}</div>
    </Stack>
  );
}
