import { Center, Loader } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { WorkspaceInfo } from '../../../../shared/api/workspace-api';
import { useApi, useDataRevision } from '../../api/api-context';
import { errorBody } from '../../api/api-errors';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { syncAppClock } from '../../lib/app-clock';
import { WorkspaceContext } from '../../app/workspace-context';
import { contract } from '../../../../shared/api/contract';

function startupErrorTitle(error: unknown): string {
  return errorBody(error).code === 'unauthorized' ? 'This page has no access to ServiceLedger' : 'ServiceLedger cannot reach its host';
}

/**
 * Loads `workspace.info` and keeps it current: again after a write to what it shows (the
 * organisation name or "I am" may have changed) and directly from the answers of open/create/close.
 */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { revision } = useDataRevision(contract['workspace.info'].domains);
  const [info, setInfo] = useState<WorkspaceInfo | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  // Bumped on adopt: the effect restarts, so a slow read started before "open" is dropped and
  // cannot put the old workspace back on screen.
  const [adoptions, setAdoptions] = useState(0);

  useEffect(() => {
    let current = true;
    api.call('workspace.info').then(
      (value) => {
        if (!current) return;
        syncAppClock(value.host.now);
        setInfo(value);
        setError(null);
      },
      (failure: unknown) => {
        if (current) setError(failure);
      },
    );
    return () => {
      current = false;
    };
  }, [api, revision, attempt, adoptions]);

  const adopt = useCallback((value: WorkspaceInfo) => {
    syncAppClock(value.host.now);
    setAdoptions((count) => count + 1);
    setInfo(value);
    setError(null);
  }, []);
  const refresh = useCallback(() => setAttempt((value) => value + 1), []);
  const session = useMemo(() => (info ? { info, adopt, refresh } : null), [info, adopt, refresh]);

  if (!session) {
    if (error) {
      return (
        <Center mih="100vh" p="xl">
          <ErrorPanel title={startupErrorTitle(error)} error={error} onRetry={refresh} maw={560} />
        </Center>
      );
    }
    return (
      <Center mih="100vh">
        <Loader aria-label="Loading ServiceLedger" />
      </Center>
    );
  }
  return <WorkspaceContext value={session}>{children}</WorkspaceContext>;
}
