import { Button } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useApiAction } from '../../api/use-api-action';
import { useTeamStatus } from './team-status-context';
import { teamStatusWords } from './team-words';

/**
 * Sends what waits and fetches what others sent, now. The engine never fails for an unreachable
 * server; the answer says "Offline" and why, so the notification tells the outcome either way.
 */
export function SyncNowButton({ disabled }: { disabled?: boolean }) {
  const { reload } = useTeamStatus();
  const sync = useApiAction('team.syncNow', {
    success: (status) => (status.connection === 'online' ? 'Synced with the team' : 'Could not reach the team database'),
    successDetail: (status) => status.problem ?? teamStatusWords(status).text,
    failure: 'Could not sync',
  });
  return (
    <Button
      variant="default"
      leftSection={<IconRefresh size={16} />}
      loading={sync.running}
      disabled={disabled}
      onClick={async () => {
        await sync.run();
        reload();
      }}
    >
      Sync now
    </Button>
  );
}
