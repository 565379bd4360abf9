import { Alert, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { OutageImportPreview } from '../../../../../shared/api/sla-io-api';
import { TruncatedText } from '../../../ui/TruncatedText';
import type { ImportMode } from '../../../ui/import-wizard/import-mode';
import { ImportModeChoice } from '../../../ui/import-wizard/ImportModeChoice';
import { Figure } from '../../../ui/import-wizard/PreviewFigures';
import { durationLabel, wallClockLabel } from '../grid/OutagesPanel';
import { AvailabilityTable } from './AvailabilityTable';
import { PreviewProblems } from './PreviewProblems';
import { NotImportedPanel } from '../../../ui/import-wizard/NotImportedPanel';

interface OutagePreviewStepProps {
  preview: OutageImportPreview;
  mode: ImportMode;
  onModeChange: (mode: ImportMode) => void;
}

/** What an outage log would do: counts, every row problem, the availability it gives, the first outages. */
export function OutagePreviewStep({ preview, mode, onModeChange }: OutagePreviewStepProps) {
  const badRows = preview.rowCount - preview.validCount;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Figure label="Rows in the file" value={preview.rowCount} />
        <Figure label="Ready to keep" value={preview.validCount - preview.duplicates} color="teal" />
        <Figure label="With problems" value={badRows} color={badRows > 0 ? 'red' : undefined} />
        <Figure label="Already kept" value={preview.duplicates} />
      </SimpleGrid>

      {preview.warnings.length > 0 && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={20} />} title="Worth knowing">
          <List size="sm" spacing={2}>
            {preview.warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      <PreviewProblems preview={preview} />
      <NotImportedPanel ignoredColumns={preview.ignoredColumns} notes={preview.mappingNotes} />

      {preview.results.length > 0 && (
        <Paper withBorder radius="md" p="md">
          <Title order={3} size="h5" mb={4}>
            Availability these outages give
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Per agreed SLA availability target and month, counting only downtime within the SLA’s service hours (overlapping outages count once). These results
            replace what is recorded for those months.
          </Text>
          <AvailabilityTable results={preview.results} label="Availability to record" />
        </Paper>
      )}

      {preview.sample.length > 0 && (
        <Paper withBorder radius="md" p="md">
          <Title order={3} size="h5" mb="sm">
            {preview.sample.length < preview.validCount
              ? `The first ${preview.sample.length} outages as they will be kept`
              : 'The outages as they will be kept'}
          </Title>
          <Table.ScrollContainer minWidth={760} maxHeight={360}>
            <Table verticalSpacing={6} layout="fixed" stickyHeader aria-label="Outages to keep">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={60}>Row</Table.Th>
                  <Table.Th w={110}>Service</Table.Th>
                  <Table.Th w={170}>Start</Table.Th>
                  <Table.Th w={170}>End</Table.Th>
                  <Table.Th w={110}>Duration</Table.Th>
                  <Table.Th>Notes</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.sample.map((row) => (
                  <Table.Tr key={row.row}>
                    <Table.Td ff="monospace">{row.row}</Table.Td>
                    <Table.Td ff="monospace">{row.serviceCode}</Table.Td>
                    <Table.Td>{wallClockLabel(row.start)}</Table.Td>
                    <Table.Td>{wallClockLabel(row.end)}</Table.Td>
                    <Table.Td>{durationLabel(row.minutes)}</Table.Td>
                    <Table.Td maw={0}>
                      <TruncatedText size="sm">{row.notes || '—'}</TruncatedText>
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
        allOrNothingDescription="Keep the outages only when every row is ready, so no month’s availability is computed from half a log."
      />
    </Stack>
  );
}
