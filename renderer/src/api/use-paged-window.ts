import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DataDomain } from '../../../shared/api/data-domains';
import { useDataRevision } from './api-context';

export interface PageAnswer<T> {
  rows: T[];
  total: number;
}

interface WindowState<T, A extends PageAnswer<T>> {
  key: string;
  /** The first answer for the key, for the total and any other figures it carries. */
  head: A | null;
  pages: Map<number, T[]>;
  error: unknown;
}

/**
 * A long list fetched in pages as a virtualized table scrolls to them. `queryKey` names the
 * query (filters, sort); a new key, or a write to one of the `domains` it reads, starts again from page 0. Pages
 * already asked for under the current key are not asked for twice; coming back to a key seen
 * before asks again, so a list never waits for an answer that went to an older key.
 */
export function usePagedWindow<T, A extends PageAnswer<T>>(
  queryKey: string,
  fetchPage: (offset: number, limit: number) => Promise<A>,
  pageSize: number,
  domains: readonly DataDomain[],
) {
  const { revision } = useDataRevision(domains);
  const key = `${queryKey}|${revision}`;
  const [state, setState] = useState<WindowState<T, A>>({ key, head: null, pages: new Map(), error: null });
  const requested = useRef<{ key: string; pages: Set<number> }>({ key, pages: new Set() });
  const fetchRef = useRef(fetchPage);
  // A layout effect: it runs before every passive effect, the table's own included. A table still on
  // screen when the key changes asks for its rows from its effect (which runs before this hook's
  // passive ones), and would otherwise fetch the new key's pages with the old query.
  useLayoutEffect(() => {
    fetchRef.current = fetchPage;
  });
  const current: WindowState<T, A> = state.key === key ? state : { key, head: null, pages: new Map(), error: null };

  const loadPage = useCallback(
    (page: number) => {
      if (requested.current.key !== key) requested.current = { key, pages: new Set() };
      if (requested.current.pages.has(page)) return;
      requested.current.pages.add(page);
      fetchRef.current(page * pageSize, pageSize).then(
        (answer) =>
          setState((previous) => {
            const base = previous.key === key ? previous : { key, head: null, pages: new Map<number, T[]>(), error: null };
            const pages = new Map(base.pages);
            pages.set(page, answer.rows);
            return { ...base, head: page === 0 || !base.head ? answer : base.head, pages, error: null };
          }),
        (error: unknown) => {
          if (requested.current.key === key) requested.current.pages.delete(page);
          setState((previous) => ({ ...(previous.key === key ? previous : { key, head: null, pages: new Map<number, T[]>() }), error }));
        },
      );
    },
    [key, pageSize],
  );

  useEffect(() => {
    loadPage(0);
  }, [loadPage]);

  /** Asks for the pages covering rows `from`..`to`. */
  const ensureRange = useCallback(
    (from: number, to: number) => {
      for (let page = Math.floor(from / pageSize); page <= Math.floor(to / pageSize); page += 1) loadPage(page);
    },
    [loadPage, pageSize],
  );

  const pages = current.pages;
  const rowAt = useCallback((index: number): T | undefined => pages.get(Math.floor(index / pageSize))?.[index % pageSize], [pages, pageSize]);
  const retry = useCallback(() => {
    requested.current = { key, pages: new Set() };
    setState({ key, head: null, pages: new Map(), error: null });
    loadPage(0);
  }, [key, loadPage]);

  return {
    /** The first page's answer (total and other figures), or null while it loads. */
    head: current.head,
    error: current.error,
    rowAt,
    ensureRange,
    retry,
    /** Every row loaded so far, in order (to find one by id). */
    loadedRows: (): T[] => [...pages.entries()].sort(([a], [b]) => a - b).flatMap(([, rows]) => rows),
  };
}
