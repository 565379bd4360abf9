import { Anchor, EmptyState } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { Link } from 'wouter';

/** What the team screens show in a single-user workspace (an old link, a typed address). */
export function NotATeamWorkspace() {
  return (
    <EmptyState
      icon={<IconUsersGroup size={32} />}
      withIndicatorBackground
      title="This workspace is not shared with a team"
      description={
        <>
          Publish it to a team database, or join a team workspace, in{' '}
          <Anchor component={Link} href="/settings/team">
            Settings › Team
          </Anchor>
          .
        </>
      }
      py={64}
    />
  );
}
