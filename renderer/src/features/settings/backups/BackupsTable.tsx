import { Badge, Button, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import type { BackupFile } from '../../../../../shared/api/workspace-api';
import { baseName, formatBytes, formatDateTime } from '../../../lib/format';
import { TruncatedText } from '../../../ui/TruncatedText';
import { BACKUP_KIND } from './backup-kinds';

interface BackupsTableProps {
  backups: BackupFile[];
  onRestore: (backup: BackupFile) => void;
  disabled: boolean;
  /** Name of the table for assistive technology. */
  label?: string;
}

/** The folder part of a path, for either separator. */
function folderOf(path: string): string {
  return path.slice(0, path.length - baseName(path).length) || path;
}

/** A backups folder, newest first: when, what kind, how big, and a restore button for each. */
export function BackupsTable({ backups, onRestore, disabled, label = 'Backups' }: BackupsTableProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" highlightOnHover layout="fixed" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>File</Table.Th>
            <Table.Th w={165}>Made</Table.Th>
            <Table.Th w={155}>Kind</Table.Th>
            <Table.Th w={80}>Size</Table.Th>
            <Table.Th w={130}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((backup) => (
            <Table.Tr key={backup.path}>
              <Table.Td>
                <TruncatedText size="sm" ff="monospace" from="start">
                  {backup.fileName}
                </TruncatedText>
                <TruncatedText size="xs" c="dimmed" from="start">
                  {folderOf(backup.path)}
                </TruncatedText>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(backup.createdAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Tooltip label={BACKUP_KIND[backup.kind].description} multiline w={260}>
                  <Badge variant="light" color={BACKUP_KIND[backup.kind].color} tt="none" style={{ maxWidth: '100%' }}>
                    {BACKUP_KIND[backup.kind].label}
                  </Badge>
                </Tooltip>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatBytes(backup.sizeBytes)}</Text>
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconRestore size={14} />}
                  onClick={() => onRestore(backup)}
                  disabled={disabled || backup.kind === 'damaged'}
                  aria-label={`Restore ${backup.fileName}`}
                >
                  Restore…
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
