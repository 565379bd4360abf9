import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { ApiClient } from '../../../shared/api/client';
import { DATA_DOMAINS, type DataDomain } from '../../../shared/api/data-domains';
import { ApiContext, type DomainRevisions } from './api-context';

const START = Object.fromEntries(DATA_DOMAINS.map((domain) => [domain, 0])) as DomainRevisions;

/**
 * Hands the API client to the tree. The app passes the real client (IPC or HTTP);
 * tests pass one over an in-memory fake transport.
 */
export function ApiProvider({ api, children }: { api: ApiClient; children: ReactNode }) {
  const [revisions, setRevisions] = useState<DomainRevisions>(START);
  const invalidate = useCallback((domains: readonly DataDomain[] = DATA_DOMAINS) => {
    setRevisions((previous) => {
      const next = { ...previous };
      for (const domain of domains) next[domain] += 1;
      return next;
    });
  }, []);
  const value = useMemo(() => ({ api, revisions, invalidate }), [api, revisions, invalidate]);
  return <ApiContext value={value}>{children}</ApiContext>;
}
