import { Badge, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import type { ImportPreview } from '../../../../../shared/api/catalogue-io-api';
import { TruncatedText } from '../../../ui/TruncatedText';
import type { ImportMode } from '../../../ui/import-wizard/import-mode';
import { ImportModeChoice } from '../../../ui/import-wizard/ImportModeChoice';
import { ImportProblemsPanel } from '../../../ui/import-wizard/ImportProblemsPanel';
import { NewPeoplePanel } from '../../../ui/import-wizard/NewPeoplePanel';
import { PreviewFigures } from '../../../ui/import-wizard/PreviewFigures';
import { ValuesReadAsPanel } from '../../../ui/import-wizard/ValuesReadAsPanel';
import { NotImportedPanel } from '../../../ui/import-wizard/NotImportedPanel';

const LIFECYCLE_COLOR: Record<string, string> = { pipeline: 'blue', live: 'teal', retired: 'gray' };

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
      <PreviewFigures preview={preview} />
      <ImportProblemsPanel
        errors={preview.errors}
        fields={preview.fields}
        badRows={badRows}
        note="A row that depends on a row with problems cannot be imported either."
      />
      <NotImportedPanel ignoredColumns={preview.ignoredColumns} notes={preview.mappingNotes} />
      <ValuesReadAsPanel readings={preview.valuesReadAs} fields={preview.fields} />
      <NewPeoplePanel names={preview.newOwners} />

      {preview.sample.length > 0 && (
        <Paper withBorder radius="md" p="md">
          <Title order={3} size="h5" mb="sm">
            {preview.sample.length < preview.rowCount
              ? `The first ${preview.sample.length} rows as they will be imported`
              : 'The rows as they will be imported'}
          </Title>
          <Table.ScrollContainer minWidth={760} maxHeight={420}>
            <Table verticalSpacing={6} layout="fixed" stickyHeader aria-label="Rows to import">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={70}>Row</Table.Th>
                  <Table.Th w={110}>Code</Table.Th>
                  <Table.Th>Name</Table.Th>
                  <Table.Th w={150}>Lifecycle</Table.Th>
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
                        {row.readAs
                          .filter((reading) => reading.field === 'lifecycle')
                          .map((reading) => (
                            <Text key={reading.from} size="xs" c="dimmed">
                              from “{reading.from}”
                            </Text>
                          ))}
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

      <ImportModeChoice preview={preview} mode={mode} onModeChange={onModeChange} destination="the catalogue" />
    </Stack>
  );
}
