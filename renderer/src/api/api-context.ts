import { createContext, useContext } from 'react';
import type { ApiClient } from '../../../shared/api/client';

export interface ApiContextValue {
  api: ApiClient;
  /** Bumped after every successful write; queries reload when it changes. */
  revision: number;
  /** Tell every mounted query that the data may have changed. */
  invalidate: () => void;
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

/** The data revision and the function that moves it on. */
export function useDataRevision(): Pick<ApiContextValue, 'revision' | 'invalidate'> {
  const { revision, invalidate } = useApiContext();
  return { revision, invalidate };
}
