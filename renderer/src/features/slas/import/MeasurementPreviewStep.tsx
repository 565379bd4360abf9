import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { MeasurementImportPreview } from '../../../../../shared/api/sla-io-api';
import { TruncatedText } from '../../../ui/TruncatedText';
import type { ImportMode } from '../../../ui/import-wizard/import-mode';
import { ImportModeChoice } from '../../../ui/import-wizard/ImportModeChoice';
import { Figure } from '../../../ui/import-wizard/PreviewFigures';
import { periodLabel, ResultBadge } from '../common/SlaBadges';
import { PreviewProblems } from './PreviewProblems';
import { NotImportedPanel } from '../../../ui/import-wizard/NotImportedPanel';

const number = (value: number) => new Intl.NumberFormat(undefined, { maximumFractionDigits: 4 }).format(value);

interface MeasurementPreviewStepProps {
  preview: MeasurementImportPreview;
  mode: ImportMode;
  onModeChange: (mode: ImportMode) => void;
}

/** What a results file would record: counts, every row problem, the first results with their status. */
export function MeasurementPreviewStep({ preview, mode, onModeChange }: MeasurementPreviewStepProps) {
  const badRows = preview.rowCount - preview.validCount;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Figure label="Rows in the file" value={preview.rowCount} />
        <Figure label="Ready to record" value={preview.validCount} color="teal" />
        <Figure label="With problems" value={badRows} color={badRows > 0 ? 'red' : undefined} />
        <Figure label="Replace a result" value={preview.replaceCount} color={preview.replaceCount > 0 ? 'orange' : undefined} />
      </SimpleGrid>

      <PreviewProblems preview={preview} />
      <NotImportedPanel ignoredColumns={preview.ignoredColumns} notes={preview.mappingNotes} />

      {preview.sample.length > 0 && (
        <Paper withBorder radius="md" p="md">
          <Title order={3} size="h5" mb="sm">
            {preview.sample.length < preview.validCount
              ? `The first ${preview.sample.length} results as they will be recorded`
              : 'The results as they will be recorded'}
          </Title>
          <Table.ScrollContainer minWidth={820} maxHeight={420}>
            <Table verticalSpacing={6} layout="fixed" stickyHeader aria-label="Results to record">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={60}>Row</Table.Th>
                  <Table.Th w={100}>SLA</Table.Th>
                  <Table.Th>Target</Table.Th>
                  <Table.Th w={90}>Month</Table.Th>
                  <Table.Th w={90} ta="right">
                    Value
                  </Table.Th>
                  <Table.Th w={90} ta="right">
                    Workload
                  </Table.Th>
                  <Table.Th w={100}>Result</Table.Th>
                  <Table.Th w={100} ta="right">
                    Replaces
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.sample.map((row) => (
                  <Table.Tr key={row.row}>
                    <Table.Td ff="monospace">{row.row}</Table.Td>
                    <Table.Td ff="monospace">{row.slaCode}</Table.Td>
                    <Table.Td maw={0}>
                      <TruncatedText size="sm">{row.targetLabel}</TruncatedText>
                    </Table.Td>
                    <Table.Td>{periodLabel(row.period)}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {number(row.value)}
                    </Table.Td>
                    <Table.Td ta="right">{row.workload === null ? '—' : number(row.workload)}</Table.Td>
                    <Table.Td>
                      <ResultBadge status={row.status} size="sm" />
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm" c="dimmed">
                        {row.replaces === null ? '—' : number(row.replaces)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}

      <ImportModeChoice
        mode={mode}
        onModeChange={onModeChange}
        preview={preview}
        destination="the SLAs"
        allOrNothingDescription="Record only when every row is ready, so a month’s report is never half imported."
      />
    </Stack>
  );
}
