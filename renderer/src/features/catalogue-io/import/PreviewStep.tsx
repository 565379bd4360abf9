import { Badge, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ImportPreview } from '../../../../../shared/api/catalogue-io-api';
import { plural } from '../../../lib/format';
import { TruncatedText } from '../../../ui/TruncatedText';
import { ImportErrorsTable } from './ImportErrorsTable';
import { Figure, ImportModeChoice, type ImportMode } from './ImportModeChoice';

const LIFECYCLE_COLOR: Record<string, string> = { pipeline: 'blue', live: 'teal', retired: 'gray' };

export { importBlockedReason, type ImportMode } from './ImportModeChoice';

interface PreviewStepProps {
  preview: ImportPreview;
  mode: ImportMode;
  onModeChange: (mode: ImportMode) => void;
}

/** Step 3: what the import would do — counts, every problem by row, new people, the first rows. */
export function PreviewStep({ preview, mode, onModeChange }: PreviewStepProps) {
  const badRows = preview.rowCount - preview.validCount;
  const rowsWithErrors = new Set(preview.errors.map((error) => error.row));

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Figure label="Rows in the file" value={preview.rowCount} />
        <Figure label="Ready to import" value={preview.validCount} color="teal" />
        <Figure label="With problems" value={badRows} color={badRows > 0 ? 'red' : undefined} />
        <Figure label="New people" value={preview.newOwners.length} />
      </SimpleGrid>

      {preview.errors.length > 0 && (
        <Paper withBorder radius="md" p="md">
          <Group gap="xs" mb="sm">
            <IconAlertCircle size={20} color="var(--mantine-color-red-6)" aria-hidden />
            <Title order={3} size="h5">
              {plural(preview.errors.length, 'problem')} in {plural(badRows, 'row')}
            </Title>
          </Group>
          <Text size="sm" c="dimmed" mb="sm">
            Row numbers are the spreadsheet’s own (the header is row 1). A row that depends on a row with problems cannot be imported either.
          </Text>
          <ImportErrorsTable errors={preview.errors} fields={preview.fields} />
        </Paper>
      )}

      {preview.newOwners.length > 0 && (
        <Paper withBorder radius="md" p="md">
          <Title order={3} size="h5" mb={4}>
            New people that will be created
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            These owners match nobody in the workspace by name or email, so the import adds them as people. Check the spelling if you expected
            someone you already have.
          </Text>
          <List size="sm" spacing={2} style={{ columns: preview.newOwners.length > 6 ? 2 : 1 }}>
            {preview.newOwners.map((owner) => (
              <List.Item key={owner}>{owner}</List.Item>
            ))}
          </List>
        </Paper>
      )}

      {preview.sample.length > 0 && (
        <Paper withBorder radius="md" p="md">
          <Title order={3} size="h5" mb="sm">
            {preview.sample.length < preview.rowCount ? `The first ${preview.sample.length} rows as they will be imported` : 'The rows as they will be imported'}
          </Title>
          <Table.ScrollContainer minWidth={760} maxHeight={420}>
            <Table verticalSpacing={6} layout="fixed" stickyHeader aria-label="Rows to import">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={70}>Row</Table.Th>
                  <Table.Th w={110}>Code</Table.Th>
                  <Table.Th>Name</Table.Th>
                  <Table.Th w={100}>Lifecycle</Table.Th>
                  <Table.Th w="20%">Owner</Table.Th>
                  <Table.Th w="18%">Depends on</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.sample.map((row) => {
                  const bad = rowsWithErrors.has(row.row);
                  return (
                    <Table.Tr key={row.row} data-problem={bad || undefined} c={bad ? 'dimmed' : undefined}>
                      <Table.Td style={bad ? { boxShadow: 'inset 3px 0 0 var(--mantine-color-red-6)' } : undefined}>
                        {bad ? (
                          <Tooltip label="This row has problems and will not be imported">
                            <Text size="sm" ff="monospace" c="red" tabIndex={0}>
                              {row.row}
                            </Text>
                          </Tooltip>
                        ) : (
                          <Text size="sm" ff="monospace">
                            {row.row}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" ff="monospace">
                          {row.code}
                        </Text>
                      </Table.Td>
                      <Table.Td maw={0}>
                        <TruncatedText size="sm">{row.name || '(no name)'}</TruncatedText>
                      </Table.Td>
                      <Table.Td>
                        <Badge size="sm" variant="light" color={LIFECYCLE_COLOR[row.lifecycle] ?? 'gray'}>
                          {row.lifecycle}
                        </Badge>
                      </Table.Td>
                      <Table.Td maw={0}>
                        <TruncatedText size="sm">{row.owner ?? '—'}</TruncatedText>
                      </Table.Td>
                      <Table.Td maw={0}>
                        <TruncatedText size="sm">{row.dependsOn.join(', ') || '—'}</TruncatedText>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}

      <ImportModeChoice
        mode={mode}
        onModeChange={onModeChange}
        preview={preview}
        allOrNothingDescription="Import only when every row is ready, so the catalogue never holds half a file."
      />
    </Stack>
  );
}
