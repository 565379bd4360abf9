import { Alert, Anchor, Code, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconShieldCheck } from '@tabler/icons-react';
import { Link } from 'wouter';
import { useState, type ReactNode } from 'react';
import { useOpenWorkspace } from '../../app/workspace-context';

/**
 * Things the host did while opening the file that the person should know once: an integrity
 * check after an unclean close, an automatic backup before a format upgrade.
 */
export function WorkspaceNotices() {
  const workspace = useOpenWorkspace();
  const [dismissed, setDismissed] = useState<string[]>([]);
  const notices: Array<{ id: string; node: ReactNode }> = [];

  if (workspace.damage) {
    notices.push({
      id: 'damage',
      node: (
        <Alert color="red" icon={<IconAlertTriangle size={20} />} title={`${workspace.fileName} is damaged`}>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            Reading it failed, and SQLite's full check reports: {workspace.damage}. Changes may not be saved. Restore the latest good backup in{' '}
            <Anchor component={Link} href="/settings/backups">
              Settings › Backups
            </Anchor>
            .
          </Text>
        </Alert>
      ),
    });
  }
  if (workspace.recoveredFromUncleanClose && !dismissed.includes('recovered')) {
    notices.push({
      id: 'recovered',
      node: (
        <Alert
          color="yellow"
          icon={<IconShieldCheck size={20} />}
          title="The file was not closed cleanly last time"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setDismissed((ids) => [...ids, 'recovered'])}
        >
          ServiceLedger checked its integrity when opening it and found it sound. No action is needed.
        </Alert>
      ),
    });
  }
  if (workspace.migrationBackupPath && !dismissed.includes('migration')) {
    notices.push({
      id: 'migration',
      node: (
        <Alert
          color="blue"
          icon={<IconInfoCircle size={20} />}
          title="This workspace was upgraded to the current format"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setDismissed((ids) => [...ids, 'migration'])}
        >
          <Text size="sm">
            A copy in the old format was saved first: <Code style={{ overflowWrap: 'anywhere' }}>{workspace.migrationBackupPath}</Code>
          </Text>
        </Alert>
      ),
    });
  }
  if (notices.length === 0) return null;
  return (
    <Stack gap="sm" mb="lg">
      {notices.map((notice) => (
        <div key={notice.id}>{notice.node}</div>
      ))}
    </Stack>
  );
}
