import { Skeleton, Stack } from '@mantine/core';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { useTeamStatus } from '../team-status-context';
import { JoinForm } from './JoinForm';
import { MembersSection } from './members/MembersSection';
import { PublishForm } from './PublishForm';
import { TeamOverview } from './TeamOverview';

/** Settings ▸ Team: a single-user workspace chooses to publish or join; a team workspace shows how it stands and its members. */
export function TeamTab() {
  const { status, error, reload } = useTeamStatus();
  if (!status) {
    return error ? (
      <ErrorPanel title="The team status could not be read" error={error} onRetry={reload} />
    ) : (
      <Skeleton height={240} aria-label="Loading the team status" />
    );
  }
  if (status.mode === 'team') {
    return (
      <Stack gap="lg">
        <TeamOverview status={status} />
        <MembersSection />
      </Stack>
    );
  }
  return (
    <Stack gap="lg" maw={900}>
      <PublishForm />
      <JoinForm />
    </Stack>
  );
}
