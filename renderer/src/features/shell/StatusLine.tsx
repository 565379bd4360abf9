import { Anchor, Group, Text, Tooltip } from '@mantine/core';
import { IconAppWindow, IconArchive, IconBrowser, IconDatabase } from '@tabler/icons-react';
import { Link } from 'wouter';
import { formatBytes, formatDateTime } from '../../lib/format';
import { useWorkspace } from '../../app/workspace-context';
import { TeamStatusIndicator } from '../team';

/** The footer: which file is open, how it stands with its team (in a team workspace), when it was last backed up, how big, which format, and which host serves the app. */
export function StatusLine() {
  const { info } = useWorkspace();
  const workspace = info.workspace;
  if (!workspace) return null;
  const desktop = info.host.kind === 'desktop';
  const HostIcon = desktop ? IconAppWindow : IconBrowser;
  return (
    <Group h="100%" px="md" gap="lg" wrap="nowrap" justify="space-between" role="status" aria-label="Workspace status">
      <Tooltip label={`${workspace.path} · opened ${formatDateTime(workspace.openedAt)}`}>
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }} tabIndex={0} aria-label={`Open workspace file ${workspace.path}`}>
          <IconDatabase size={14} style={{ flexShrink: 0 }} aria-hidden />
          <Text size="xs" truncate="end" ff="monospace">
            {workspace.fileName}
          </Text>
        </Group>
      </Tooltip>
      <Group gap="lg" wrap="nowrap" style={{ flexShrink: 0 }}>
        <TeamStatusIndicator />
        <Tooltip label={workspace.lastBackup ? `${workspace.lastBackup.fileName} · Settings › Backups` : 'No backup yet · Settings › Backups'}>
          <Anchor component={Link} href="/settings/backups" size="xs" c={workspace.lastBackup ? 'dimmed' : 'orange'} underline="hover">
            <Group gap={4} wrap="nowrap">
              <IconArchive size={14} aria-hidden />
              Last backup: {workspace.lastBackup ? formatDateTime(workspace.lastBackup.createdAt) : 'none yet'}
            </Group>
          </Anchor>
        </Tooltip>
        <Text size="xs" c="dimmed">
          format v{workspace.schemaVersion}
        </Text>
        <Text size="xs" c="dimmed">
          {formatBytes(workspace.sizeBytes)}
        </Text>
        <Group gap={4} wrap="nowrap">
          <HostIcon size={14} aria-hidden />
          <Text size="xs" c="dimmed">
            {desktop ? 'Desktop app' : 'Browser host'} · v{info.host.appVersion}
          </Text>
        </Group>
      </Group>
    </Group>
  );
}
