import { Button, Group, Loader, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconFileSpreadsheet, IconReplace } from '@tabler/icons-react';
import { formatBytes, plural } from '../../lib/format';

interface FileSummaryProps {
  name: string;
  size: number;
  rowCount: number | null;
  checking: boolean;
  onChooseAnother: () => void;
}

/** The chosen file, above the mapping and preview steps. */
export function FileSummary({ name, size, rowCount, checking, onChooseAnother }: FileSummaryProps) {
  return (
    <Paper withBorder radius="md" px="md" py="sm">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <ThemeIcon variant="light" size={36} radius="md" aria-hidden>
            <IconFileSpreadsheet size={20} />
          </ThemeIcon>
          <div style={{ minWidth: 0 }}>
            <Text fw={600} size="sm" truncate="end" title={name}>
              {name}
            </Text>
            <Text size="xs" c="dimmed">
              {formatBytes(size)}
              {rowCount !== null ? ` · ${plural(rowCount, 'row')} under the header` : ''}
            </Text>
          </div>
        </Group>
        <Group gap="sm" wrap="nowrap">
          {checking && (
            <Group gap={6} wrap="nowrap" aria-live="polite">
              <Loader size="xs" />
              <Text size="xs" c="dimmed">
                Checking…
              </Text>
            </Group>
          )}
          <Button variant="subtle" size="xs" leftSection={<IconReplace size={14} />} onClick={onChooseAnother}>
            Choose another file
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
