import { Badge, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import type { RiskImportPreview } from '../../../../../shared/import/risk-import-fields';
import { TruncatedText } from '../../../ui/TruncatedText';
import type { ImportMode } from '../../../ui/import-wizard/import-mode';
import { ImportModeChoice } from '../../../ui/import-wizard/ImportModeChoice';
import { ImportProblemsPanel } from '../../../ui/import-wizard/ImportProblemsPanel';
import { NewPeoplePanel } from '../../../ui/import-wizard/NewPeoplePanel';
import { ValuesReadAsPanel } from '../../../ui/import-wizard/ValuesReadAsPanel';
import { PreviewFigures } from '../../../ui/import-wizard/PreviewFigures';
import { NotImportedPanel } from '../../../ui/import-wizard/NotImportedPanel';

interface RiskPreviewStepProps {
  preview: RiskImportPreview;
  mode: ImportMode;
  onModeChange: (mode: ImportMode) => void;
}

/** A score as the preview words it ("4×3 = 12 High"), or a dash. */
function Score({ value }: { value: string | null }) {
  return value ? (
    <TruncatedText size="sm">{value}</TruncatedText>
  ) : (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );
}

/** The preview step: counts, every problem by row, the owners to be created and the first rows with their scores. */
export function RiskPreviewStep({ preview, mode, onModeChange }: RiskPreviewStepProps) {
  const badRows = preview.rowCount - preview.validCount;
  const rowsWithErrors = new Set(preview.errors.map((error) => error.row));

  return (
    <Stack gap="lg">
      <PreviewFigures preview={preview} />
      <ImportProblemsPanel errors={preview.errors} fields={preview.fields} badRows={badRows} />
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
          <Table.ScrollContainer minWidth={1080} maxHeight={420}>
            <Table verticalSpacing={6} layout="fixed" stickyHeader aria-label="Rows to import">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={56}>Row</Table.Th>
                  <Table.Th w={92}>Code</Table.Th>
                  <Table.Th>Title</Table.Th>
                  <Table.Th w="13%">Owner</Table.Th>
                  <Table.Th w="12%">Services</Table.Th>
                  <Table.Th w={104}>Status</Table.Th>
                  <Table.Th w={132}>Inherent</Table.Th>
                  <Table.Th w={132}>Residual</Table.Th>
                  <Table.Th w={132}>Target</Table.Th>
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
                        <TruncatedText size="sm">{row.title || '(no title)'}</TruncatedText>
                      </Table.Td>
                      <Table.Td maw={0}>
                        <TruncatedText size="sm">{row.owner ?? '—'}</TruncatedText>
                      </Table.Td>
                      <Table.Td maw={0}>
                        <TruncatedText size="sm">{row.services.join(', ') || '—'}</TruncatedText>
                      </Table.Td>
                      <Table.Td>
                        <Badge size="sm" variant="light" color={row.status === 'closed' ? 'gray' : 'blue'}>
                          {row.status}
                        </Badge>
                      </Table.Td>
                      <Table.Td maw={0}>
                        <Score value={row.inherent} />
                      </Table.Td>
                      <Table.Td maw={0}>
                        <Score value={row.residual} />
                      </Table.Td>
                      <Table.Td maw={0}>
                        <Score value={row.target} />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}

      <ImportModeChoice preview={preview} mode={mode} onModeChange={onModeChange} destination="the register" />
    </Stack>
  );
}
