import { Code, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import type { BackupFile, WorkspaceInfo } from '../../../../../shared/api/workspace-api';
import { useApiAction } from '../../../api/use-api-action';
import { baseName, formatBytes, formatDateTime } from '../../../lib/format';
import { useWorkspace } from '../../../app/workspace-context';
import { BACKUP_KIND } from './backup-kinds';

export interface RestoreResult {
  restoredFrom: string;
  safetyBackup: BackupFile;
}

interface RestoreOptions {
  /** Restore into this workspace file instead of the open one (a damaged file that cannot be opened). */
  workspacePath?: string;
  /** Called with the app's new state once the restore succeeded. */
  onRestored?: (info: WorkspaceInfo) => void;
}

/**
 * Restore with a confirmation that says exactly what happens: the backup is checked fully first,
 * and the current file is kept as a backup (a copy of the open workspace, or the damaged file
 * moved aside), so the restore itself can be undone. The safety backup's path is kept to show afterwards.
 */
export function useRestore(options: RestoreOptions = {}) {
  const { info, adopt } = useWorkspace();
  const [result, setResult] = useState<RestoreResult | null>(null);
  const restore = useApiAction('workspace.restore', {
    success: 'Workspace restored',
    successDetail: (restored) => `The previous state was saved as ${restored.safetyBackup.fileName}.`,
    failure: 'Could not restore the backup',
  });
  const targetName = baseName(options.workspacePath ?? info.workspace?.path ?? '');
  const intoDamaged = options.workspacePath !== undefined;

  const confirmRestore = (backupPath: string, backup?: BackupFile) =>
    modals.openConfirmModal({
      title: 'Restore this backup?',
      size: 'lg',
      children: (
        <Stack gap="sm">
          <Text size="sm">
            {intoDamaged ? 'The damaged workspace' : 'The open workspace'} <strong>{targetName}</strong> will be replaced by{' '}
            <Code style={{ overflowWrap: 'anywhere' }}>{baseName(backupPath)}</Code>
            {backup && (
              <>
                {' '}
                ({BACKUP_KIND[backup.kind].label.toLowerCase()}, {formatDateTime(backup.createdAt)}, {formatBytes(backup.sizeBytes)})
              </>
            )}
            .
          </Text>
          <Text size="sm">
            The backup is checked fully first; a damaged or foreign file is refused and nothing changes.{' '}
            {intoDamaged
              ? 'The damaged file is moved into the backups folder, not deleted.'
              : 'Its current state is backed up first, into the backups folder, so you can undo the restore by restoring that safety backup.'}{' '}
            The backup you restore from is not changed.
          </Text>
        </Stack>
      ),
      labels: { confirm: intoDamaged ? 'Restore this backup' : 'Back up current state and restore', cancel: 'Cancel' },
      confirmProps: { color: 'orange' },
      onConfirm: async () => {
        const outcome = await restore.run(intoDamaged ? { backupPath, workspacePath: options.workspacePath } : { backupPath });
        if (outcome.ok) {
          adopt(outcome.value);
          setResult({ restoredFrom: backupPath, safetyBackup: outcome.value.safetyBackup });
          options.onRestored?.(outcome.value);
        }
      },
    });

  return { confirmRestore, restoring: restore.running, result, dismissResult: () => setResult(null) };
}
