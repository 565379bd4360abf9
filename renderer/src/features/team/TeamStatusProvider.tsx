import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { DATA_DOMAINS } from '../../../../shared/api/data-domains';
import type { TeamStatus } from '../../../../shared/team/team-types';
import { useDataRevision } from '../../api/api-context';
import { useApiQuery } from '../../api/use-api-query';
import { TeamStatusContext } from './team-status-context';

/** How often a team workspace asks where it stands: changes from others arrive within seconds. */
export const TEAM_POLL_MS = 5_000;

/** Every domain but the sync state itself: what changes arriving from the team can touch. */
const ARRIVALS_TOUCH = DATA_DOMAINS.filter((domain) => domain !== 'team');

/**
 * Asks `team.status` once per workspace (and after every write), and every few seconds only while
 * the workspace is a team one, so a single-user workspace costs one call. When changes from
 * others arrived since the last answer, every screen reloads.
 */
export function TeamStatusProvider({ children }: { children: ReactNode }) {
  const query = useApiQuery('team.status', {});
  const { reload } = query;
  const status = query.data;
  const team = status?.mode === 'team';

  useEffect(() => {
    if (!team) return;
    const timer = setInterval(reload, TEAM_POLL_MS);
    return () => clearInterval(timer);
  }, [team, reload]);
  useReloadAfterSync(status);

  const { error } = query;
  const value = useMemo(() => ({ status, error, reload }), [status, error, reload]);
  return <TeamStatusContext value={value}>{children}</TeamStatusContext>;
}

// A newer "last change received" means the engine wrote others' changes into the local copy.
function useReloadAfterSync(status: TeamStatus | undefined) {
  const { invalidate } = useDataRevision([]);
  const seen = useRef<number | null | undefined>(undefined);
  const marker = status?.mode === 'team' ? status.lastReceivedSeq : undefined;
  useEffect(() => {
    if (marker !== undefined && seen.current !== undefined && marker !== seen.current) invalidate(ARRIVALS_TOUCH);
    seen.current = marker;
  }, [marker, invalidate]);
}
