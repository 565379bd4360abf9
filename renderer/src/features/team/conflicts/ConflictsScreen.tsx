import { EmptyState, Skeleton, Stack } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { PageHeader } from '../../../ui/PageHeader';
import { TeamScreenGate } from '../TeamScreenGate';
import { ConflictCard } from './ConflictCard';
import { useTeamWorkspace } from '../team-status-context';

/** The Conflicts inbox: fields two people changed from the same value, oldest first, each resolved by a person. */
export function ConflictsScreen() {
  return (
    <TeamScreenGate>
      <PageHeader
        title="Conflicts"
        description="Nothing is lost when two people change the same field: both values wait here until someone chooses. The choice is sent to the team like any change."
      />
      <ConflictList />
    </TeamScreenGate>
  );
}

function ConflictList() {
  const conflicts = useApiQuery('team.conflicts', {});
  // A read-only role sees the conflicts but cannot resolve them: the database would refuse the change.
  const readOnly = useTeamWorkspace()?.member?.access === 'read';
  if (!conflicts.data) {
    return conflicts.error ? (
      <ErrorPanel title="The conflicts could not be loaded" error={conflicts.error} onRetry={conflicts.reload} />
    ) : (
      <Stack gap="md" aria-busy="true" aria-label="Loading the conflicts">
        <Skeleton height={180} />
        <Skeleton height={180} />
      </Stack>
    );
  }
  if (conflicts.data.length === 0) {
    return (
      <EmptyState
        icon={<IconCircleCheck size={32} />}
        withIndicatorBackground
        title="No conflicts"
        description="Every change from the team has merged; there is nothing to choose."
        py={64}
      />
    );
  }
  return (
    <Stack gap="md" component="section" aria-label="Open conflicts">
      {conflicts.data.map((conflict) => (
        <ConflictCard key={conflict.id} conflict={conflict} readOnly={readOnly} />
      ))}
    </Stack>
  );
}
