import { useCallback, useEffect, useRef, useState } from 'react';
import type { RiskFilter, RiskSortColumn, RiskSummary } from '../../../../../shared/api/risks-api';
import { useApi, useDataRevision } from '../../../api/api-context';
import { contract } from '../../../../../shared/api/contract';

export const PAGE_SIZE = 500;

/**
 * One filter-and-sort's rows as far as they have loaded. Which pages were asked for lives in the
 * same object as the pages themselves: a window for a key seen before starts empty AND un-asked,
 * so coming back to a combination (untick a filter, clear a search, apply a saved view) asks again
 * instead of waiting for pages that were asked for by a window long thrown away.
 */
interface RiskWindow {
  key: string;
  total: number | null;
  pages: Map<number, RiskSummary[]>;
  error: unknown;
  /** Pages asked for and not failed; filled synchronously, so one scroll asks once per page. */
  requested: Set<number>;
}

const emptyWindow = (key: string): RiskWindow => ({ key, total: null, pages: new Map(), error: null, requested: new Set() });

/** The register in pages of 500 rows, fetched as the table scrolls to them; the total comes with the first. */
export function useRiskWindow(filter: RiskFilter, sort: { column: RiskSortColumn; direction: 'asc' | 'desc' }) {
  const api = useApi();
  const { revision } = useDataRevision(contract['risks.list'].domains);
  const [attempt, setAttempt] = useState(0);
  const key = `${JSON.stringify(filter)}|${sort.column}:${sort.direction}|${revision}|${attempt}`;
  const [state, setState] = useState<RiskWindow>(() => emptyWindow(key));
  // The window being filled; answers meant for any other window are dropped when they arrive.
  const live = useRef<RiskWindow | null>(null);
  const current = state.key === key ? state : emptyWindow(key);

  const loadPage = useCallback(
    (page: number) => {
      if (live.current?.key !== key) live.current = emptyWindow(key);
      const window = live.current;
      if (window.requested.has(page)) return;
      window.requested.add(page);
      api.call('risks.list', { ...filter, sort, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
        (result) => {
          if (live.current !== window) return;
          window.pages = new Map(window.pages).set(page, result.rows);
          window.total = result.total;
          window.error = null;
          setState({ ...window });
        },
        (error: unknown) => {
          if (live.current !== window) return;
          window.requested.delete(page);
          window.error = error;
          setState({ ...window });
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
  /** Starts the window again from its first page (after a failure). */
  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return { total: current.total, error: current.error, rowAt, ensureRange, retry };
}
