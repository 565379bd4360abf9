import { Anchor, Box, Group, Tooltip } from '@mantine/core';
import { IconCloud, IconCloudOff, IconCloudUpload, IconGitMerge } from '@tabler/icons-react';
import { Link } from 'wouter';
import { formatDateTime } from '../../lib/format';
import { useTeamWorkspace } from './team-status-context';
import { teamStatusWords, type StatusTone } from './team-words';

const TONE = {
  ok: { color: 'teal', icon: IconCloud },
  waiting: { color: 'yellow', icon: IconCloudUpload },
  offline: { color: 'orange', icon: IconCloudOff },
  conflict: { color: 'red', icon: IconGitMerge },
} satisfies Record<StatusTone, { color: string; icon: typeof IconCloud }>;

/**
 * The team's part of the status line, only in a team workspace: "Online", "Offline — 3 changes
 * waiting", "2 conflicts to resolve". Conflicts link to their inbox, the rest to the sync log.
 */
export function TeamStatusIndicator() {
  const status = useTeamWorkspace();
  if (!status) return null;
  const { text, tone } = teamStatusWords(status);
  const { color, icon: ToneIcon } = TONE[tone];
  const synced = status.lastSyncedAt ? `Last synced ${formatDateTime(status.lastSyncedAt)}` : 'Not synced yet';
  const hint = [status.problem, synced, status.member ? `connected as ${status.member.role}` : null].filter(Boolean).join(' · ');
  return (
    <Tooltip label={hint} multiline maw={420}>
      <Anchor
        component={Link}
        href={tone === 'conflict' ? '/team/conflicts' : '/team/log'}
        size="xs"
        c={tone === 'ok' ? 'dimmed' : color}
        fw={tone === 'ok' ? undefined : 600}
        underline="hover"
        aria-label={`Team: ${text}. ${hint}`}
      >
        <Group gap={4} wrap="nowrap">
          <Box component="span" c={color} style={{ display: 'inline-flex' }} aria-hidden>
            <ToneIcon size={14} />
          </Box>
          {text}
        </Group>
      </Anchor>
    </Tooltip>
  );
}
