import { createContext, useContext } from 'react';
import type { TeamStatus } from '../../../../shared/team/team-types';

export interface TeamStatusValue {
  /** The latest answer of `team.status`; undefined until the first one (or when the host cannot say). */
  status: TeamStatus | undefined;
  /** Why the last question failed (null when it did not). */
  error: unknown;
  /** Ask again now (after "Sync now" the answer comes with the call; this is for the rest). */
  reload: () => void;
}

export const TeamStatusContext = createContext<TeamStatusValue>({ status: undefined, error: null, reload: () => undefined });

/** Where the open workspace stands with its team, kept fresh by TeamStatusProvider. */
export function useTeamStatus(): TeamStatusValue {
  return useContext(TeamStatusContext);
}

/** The status when the open workspace is a team workspace, else null (single-user, or not known yet). */
export function useTeamWorkspace(): TeamStatus | null {
  const { status } = useTeamStatus();
  return status?.mode === 'team' ? status : null;
}
