import { Alert, Button, Code, EmptyState, Group, Modal, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArchive } from '@tabler/icons-react';
import { useApiQuery } from '../../api/use-api-query';
import { baseName } from '../../lib/format';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { BackupsTable } from '../settings';
import { useRestore } from '../settings';

export interface DamagedWorkspace {
  path: string;
  /** The host's sentence: what SQLite found and where the backups are. */
  message: string;
}

interface DamagedWorkspaceModalProps {
  damaged: DamagedWorkspace | null;
  onClose: () => void;
  onRestored: () => void;
}

/**
 * Shown when a workspace could not be opened because it is damaged: says so, and offers its
 * backups (the latest first) to restore in its place. The damaged file is moved aside, never deleted.
 */
export function DamagedWorkspaceModal({ damaged, onClose, onRestored }: DamagedWorkspaceModalProps) {
  const backups = useApiQuery('workspace.listBackups', damaged ? { workspacePath: damaged.path } : null);
  const { confirmRestore, restoring } = useRestore({ workspacePath: damaged?.path, onRestored });
  const restorable = backups.data?.filter((backup) => backup.kind !== 'damaged') ?? null;

  return (
    <Modal opened={damaged !== null} onClose={onClose} title={damaged ? `${baseName(damaged.path)} is damaged` : ''} size="xl">
      {damaged && (
        <Stack gap="md">
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />} title="The workspace was not opened">
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {damaged.message}
            </Text>
          </Alert>
          {restorable ? (
            restorable.length > 0 ? (
              <>
                <Text size="sm">
                  Restore a backup in its place. The latest good one is at the top: <Code>{restorable[0]!.fileName}</Code>
                </Text>
                <BackupsTable
                  backups={restorable}
                  onRestore={(backup) => confirmRestore(backup.path, backup)}
                  disabled={restoring}
                  label="Backups of the damaged workspace"
                />
              </>
            ) : (
              <EmptyState
                size="sm"
                icon={<IconArchive size={26} />}
                withIndicatorBackground
                title="No backups of this workspace"
                description="There is no backups folder next to the file, so there is nothing to restore from here."
                py="md"
              />
            )
          ) : backups.error ? (
            <ErrorPanel title="Backups could not be listed" error={backups.error} onRetry={backups.reload} withBorder={false} />
          ) : (
            <Stack gap="xs" aria-busy="true">
              <Skeleton height={36} />
              <Skeleton height={36} />
            </Stack>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
