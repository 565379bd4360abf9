import { useCallback, useEffect, useRef, useState } from 'react';
import type { RiskFilter, RiskSortColumn, RiskSummary } from '../../../../../shared/api/risks-api';
import { useApi, useDataRevision } from '../../../api/api-context';

export const PAGE_SIZE = 500;

interface WindowState {
  key: string;
  total: number | null;
  pages: Map<number, RiskSummary[]>;
  error: unknown;
}

/** The register in pages of 500 rows, fetched as the table scrolls to them; the total comes with the first. */
export function useRiskWindow(filter: RiskFilter, sort: { column: RiskSortColumn; direction: 'asc' | 'desc' }) {
  const api = useApi();
  const { revision } = useDataRevision();
  const key = `${JSON.stringify(filter)}|${sort.column}:${sort.direction}|${revision}`;
  const [state, setState] = useState<WindowState>({ key, total: null, pages: new Map(), error: null });
  const requested = useRef(new Set<string>());
  const current = state.key === key ? state : { key, total: null, pages: new Map<number, RiskSummary[]>(), error: null };

  const loadPage = useCallback(
    (page: number) => {
      const id = `${key}#${page}`;
      if (requested.current.has(id)) return;
      requested.current.add(id);
      api.call('risks.list', { ...filter, sort, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
        (result) =>
          setState((previous) => {
            const base = previous.key === key ? previous : { key, total: null, pages: new Map<number, RiskSummary[]>(), error: null };
            const pages = new Map(base.pages);
            pages.set(page, result.rows);
            return { ...base, total: result.total, pages };
          }),
        (error: unknown) => {
          requested.current.delete(id);
          setState((previous) => ({ ...(previous.key === key ? previous : { key, total: null, pages: new Map<number, RiskSummary[]>() }), error }));
        },
      );
    },
    // The filter and sort are part of the key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, key],
  );

  useEffect(() => {
    loadPage(0);
  }, [loadPage]);

  /** Asks for the pages covering rows `from`..`to`. */
  const ensureRange = useCallback(
    (from: number, to: number) => {
      for (let page = Math.floor(from / PAGE_SIZE); page <= Math.floor(to / PAGE_SIZE); page += 1) loadPage(page);
    },
    [loadPage],
  );

  const rowAt = (index: number): RiskSummary | undefined => current.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  return { total: current.total, error: current.error, rowAt, ensureRange, retry: () => requested.current.clear() };
}
