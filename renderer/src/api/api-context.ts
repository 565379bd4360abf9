import { createContext, useContext } from 'react';
import type { ApiClient } from '../../../shared/api/client';
import type { DataDomain } from '../../../shared/api/data-domains';

export type DomainRevisions = Readonly<Record<DataDomain, number>>;

export interface ApiContextValue {
  api: ApiClient;
  /** Per data domain, bumped after every successful write that changed it; queries reading it reload. */
  revisions: DomainRevisions;
  /** Tell the queries reading these domains (all of them when none are named) that their data changed. */
  invalidate: (domains?: readonly DataDomain[]) => void;
}

export const ApiContext = createContext<ApiContextValue | null>(null);

function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  // A missing provider is a programming error; failing loudly beats calling a random host.
  if (!value) throw new Error('ApiProvider is missing above this component.');
  return value;
}

/** The API client screens call (`useApi().call('people.list', {...})`). Injected so tests can fake it. */
export function useApi(): ApiClient {
  return useApiContext().api;
}

/** The revisions of some domains as one key: it changes whenever data in one of them changes. */
export function revisionKey(revisions: DomainRevisions, domains: readonly DataDomain[]): string {
  return domains.map((domain) => revisions[domain]).join('.');
}

/**
 * The data revision of the domains a screen reads, and the function that moves revisions on.
 * `revision` changes only when one of `domains` changes.
 */
export function useDataRevision(domains: readonly DataDomain[]): { revision: string; invalidate: ApiContextValue['invalidate'] } {
  const { revisions, invalidate } = useApiContext();
  return { revision: revisionKey(revisions, domains), invalidate };
}
