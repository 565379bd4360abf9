import { Alert, Button, Code, EmptyState, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArchive, IconCircleCheck, IconDeviceFloppy, IconFileImport } from '@tabler/icons-react';
import { useApi } from '../../../api/api-context';
import { useApiQuery } from '../../../api/use-api-query';
import { baseName } from '../../../lib/format';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { notifyFailure } from '../../../ui/notify';
import { useWorkspace } from '../../../app/workspace-context';
import { useWorkspaceFlows } from '../../../app/workspace-flows-context';
import { BackupsTable } from './BackupsTable';
import { useRestore } from './use-restore';

/** Settings › Backups: back up now, see the backups, restore one (safely). */
export function BackupsTab() {
  const api = useApi();
  const { info } = useWorkspace();
  const flows = useWorkspaceFlows();
  const backups = useApiQuery('workspace.listBackups', {});
  const { confirmRestore, restoring, result, dismissResult } = useRestore();

  const restoreFromFile = async () => {
    try {
      const { path } = await api.call('workspace.chooseFile', { purpose: 'restore' });
      if (path) confirmRestore(path);
    } catch (error) {
      notifyFailure('Could not show the file dialog', error);
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={3} size="h4">
            Backups
          </Title>
          <Text size="sm" c="dimmed" maw={640}>
            A backup is a complete copy of the workspace, made safely while it is open. ServiceLedger takes one automatically each day you open the workspace
            and keeps 7 daily, 4 weekly and 12 monthly ones; backups you make, and those before an upgrade or a restore, are never deleted. They are kept in a
            folder next to the workspace file.
          </Text>
        </div>
        <Group gap="sm">
          {info.host.nativeFileDialogs && (
            <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={restoreFromFile} disabled={restoring}>
              Restore from file…
            </Button>
          )}
          <Button leftSection={<IconDeviceFloppy size={16} />} onClick={flows.backupNow} loading={flows.busy === 'backup'}>
            Back up now
          </Button>
        </Group>
      </Group>

      {result && (
        <Alert
          color="teal"
          icon={<IconCircleCheck size={20} />}
          title={`Restored from ${baseName(result.restoredFrom)}`}
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={dismissResult}
        >
          <Text size="sm">
            The state before the restore was saved as <Code style={{ overflowWrap: 'anywhere' }}>{result.safetyBackup.path}</Code>. Restore it to undo.
          </Text>
        </Alert>
      )}

      <Paper withBorder radius="md" p="xs">
        {backups.data ? (
          backups.data.length > 0 ? (
            <BackupsTable backups={backups.data} onRestore={(backup) => confirmRestore(backup.path, backup)} disabled={restoring} />
          ) : (
            <EmptyState
              size="sm"
              icon={<IconArchive size={26} />}
              withIndicatorBackground
              title="No backups yet"
              description="“Back up now” makes the first one. ServiceLedger also makes one by itself each day you open the workspace, and before upgrading or restoring."
              py="xl"
            />
          )
        ) : backups.error ? (
          <ErrorPanel title="Backups could not be listed" error={backups.error} onRetry={backups.reload} withBorder={false} />
        ) : (
          <Stack gap="xs" p="xs" aria-busy="true">
            <Skeleton height={36} />
            <Skeleton height={36} />
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
