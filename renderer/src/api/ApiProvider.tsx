import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { ApiClient } from '../../../shared/api/client';
import { ApiContext } from './api-context';

/**
 * Hands the API client to the tree. The app passes the real client (IPC or HTTP);
 * tests pass one over an in-memory fake transport.
 */
export function ApiProvider({ api, children }: { api: ApiClient; children: ReactNode }) {
  const [revision, setRevision] = useState(0);
  const invalidate = useCallback(() => setRevision((value) => value + 1), []);
  const value = useMemo(() => ({ api, revision, invalidate }), [api, revision, invalidate]);
  return <ApiContext value={value}>{children}</ApiContext>;
}
