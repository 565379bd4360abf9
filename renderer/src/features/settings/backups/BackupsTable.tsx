import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import type { BackupFile } from '../../../../../shared/api/workspace-api';
import { baseName, formatBytes, formatDateTime } from '../../../lib/format';
import { TruncatedText } from '../../../ui/TruncatedText';

interface BackupsTableProps {
  backups: BackupFile[];
  onRestore: (path: string) => void;
  disabled: boolean;
}

/** The folder part of a path, for either separator. */
function folderOf(path: string): string {
  return path.slice(0, path.length - baseName(path).length) || path;
}

/** The backups folder of the open workspace, newest first. */
export function BackupsTable({ backups, onRestore, disabled }: BackupsTableProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" highlightOnHover layout="fixed" aria-label="Backups">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>File</Table.Th>
            <Table.Th w={200}>Made</Table.Th>
            <Table.Th w={100}>Size</Table.Th>
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
                <Text size="sm">{formatBytes(backup.sizeBytes)}</Text>
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconRestore size={14} />}
                  onClick={() => onRestore(backup.path)}
                  disabled={disabled}
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
