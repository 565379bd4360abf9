import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { NotATeamWorkspace } from './NotATeamWorkspace';
import { useTeamStatus } from './team-status-context';

/**
 * The team screens show (and ask for) their data only in a team workspace; an old link or a typed
 * address may lead to them from a single-user one, which is told how to become a team workspace.
 */
export function TeamScreenGate({ children }: { children: ReactNode }) {
  const { status, error, reload } = useTeamStatus();
  if (!status) {
    return error ? (
      <ErrorPanel title="The team status could not be read" error={error} onRetry={reload} />
    ) : (
      <Center py={64}>
        <Loader aria-label="Loading the team status" />
      </Center>
    );
  }
  return status.mode === 'team' ? <>{children}</> : <NotATeamWorkspace />;
}
