import { Group, Paper, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ImportPreviewBase } from '../../../../../shared/api/sla-io-api';
import { plural } from '../../../lib/format';
import { DownloadProblemRows } from '../../../ui/import-wizard/DownloadProblemRows';
import { ImportErrorsTable } from '../../../ui/import-wizard/ImportErrorsTable';

/** Every problem of every row of an SLA import: row, column, what is wrong. */
export function PreviewProblems({ preview }: { preview: ImportPreviewBase }) {
  if (preview.errors.length === 0) return null;
  const badRows = new Set(preview.errors.map((error) => error.row)).size;
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <IconAlertCircle size={20} color="var(--mantine-color-red-6)" aria-hidden />
          <Title order={3} size="h5">
            {plural(preview.errors.length, 'problem')} in {plural(badRows, 'row')}
          </Title>
        </Group>
        <DownloadProblemRows />
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        Row numbers are the spreadsheet’s own (the header is row 1). Fix the rows in the file and choose it again.
      </Text>
      <ImportErrorsTable errors={preview.errors} fields={preview.fields} />
    </Paper>
  );
}
