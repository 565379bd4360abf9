import { Group, Paper, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ImportFieldInfo, ImportRowError } from '../../../../shared/api/catalogue-io-api';
import { plural } from '../../lib/format';
import { DownloadProblemRows } from './DownloadProblemRows';
import { ImportErrorsTable } from './ImportErrorsTable';

interface ImportProblemsPanelProps {
  errors: ImportRowError[];
  fields: ImportFieldInfo[];
  badRows: number;
  /** One more sentence on what a bad row means for this import. */
  note?: string;
}

/** Every problem by row, with the count in the heading; nothing when there are none. */
export function ImportProblemsPanel({ errors, fields, badRows, note }: ImportProblemsPanelProps) {
  if (errors.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <IconAlertCircle size={20} color="var(--mantine-color-red-6)" aria-hidden />
          <Title order={3} size="h5">
            {plural(errors.length, 'problem')} in {plural(badRows, 'row')}
          </Title>
        </Group>
        <DownloadProblemRows />
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        Row numbers are the spreadsheet’s own (the header is row 1).{note ? ` ${note}` : ''}
      </Text>
      <ImportErrorsTable errors={errors} fields={fields} />
    </Paper>
  );
}
