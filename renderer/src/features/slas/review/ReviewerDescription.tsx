import { Anchor } from '@mantine/core';
import { Link } from 'wouter';
import { useTeamStatus } from '../../team';

/**
 * The hint under the review's Reviewer, saying where its default comes from. On this computer that
 * is the person chosen in the header; in a team workspace it is the person the connected team role
 * is linked to, which only the publisher changes (Settings ▸ Team), so the header offers no choice.
 */
export function ReviewerDescription({ currentPersonId }: { currentPersonId: number | null }) {
  const { status, error } = useTeamStatus();
  // Not known yet whether this is a team workspace: say nothing that may turn out wrong.
  if (status === undefined && error === null) return <>Who led the review</>;
  if (status?.mode === 'team' && status.member) {
    if (currentPersonId !== null) return <>Who led the review; by default you, the person linked to your team role {status.member.role}</>;
    return (
      <>
        Your team role {status.member.role} is not linked to a person yet, so nobody is filled in. The person who published the team workspace links it in{' '}
        <Anchor component={Link} href="/settings/team" size="xs">
          Settings ▸ Team
        </Anchor>
        .
      </>
    );
  }
  return <>{currentPersonId === null ? 'Choose who you are in the header to have this filled in' : 'Who led the review; you by default'}</>;
}
