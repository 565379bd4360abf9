import { Code, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import type { BackupFile } from '../../../../../shared/api/workspace-api';
import { useApiAction } from '../../../api/use-api-action';
import { baseName } from '../../../lib/format';
import { useOpenWorkspace, useWorkspace } from '../../workspace/workspace-context';

export interface RestoreResult {
  restoredFrom: string;
  safetyBackup: BackupFile;
}

/**
 * Restore with a confirmation that says exactly what happens: the current state is backed up
 * first, so the restore itself can be undone. The safety backup's path is kept to show afterwards.
 */
export function useRestore() {
  const workspace = useOpenWorkspace();
  const { adopt } = useWorkspace();
  const [result, setResult] = useState<RestoreResult | null>(null);
  const restore = useApiAction('workspace.restore', {
    success: 'Workspace restored',
    successDetail: (restored) => `The previous state was saved as ${restored.safetyBackup.fileName}.`,
    failure: 'Could not restore the backup',
  });

  const confirmRestore = (backupPath: string) =>
    modals.openConfirmModal({
      title: 'Restore this backup?',
      size: 'lg',
      children: (
        <Stack gap="sm">
          <Text size="sm">
            The open workspace <strong>{workspace.fileName}</strong> will be replaced by <Code style={{ overflowWrap: 'anywhere' }}>{baseName(backupPath)}</Code>.
          </Text>
          <Text size="sm">
            Its current state is backed up first, into the backups folder, so you can undo the restore by restoring that safety backup. The
            backup you restore from is not changed.
          </Text>
        </Stack>
      ),
      labels: { confirm: 'Back up current state and restore', cancel: 'Cancel' },
      confirmProps: { color: 'orange' },
      onConfirm: async () => {
        const outcome = await restore.run({ backupPath });
        if (outcome.ok) {
          adopt(outcome.value);
          setResult({ restoredFrom: backupPath, safetyBackup: outcome.value.safetyBackup });
        }
      },
    });

  return { confirmRestore, restoring: restore.running, result, dismissResult: () => setResult(null) };
}
