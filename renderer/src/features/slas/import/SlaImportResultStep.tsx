import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconCircleCheck, IconFileImport } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { MeasurementImportResult, OutageImportResult } from '../../../../../shared/api/sla-io-api';
import { plural } from '../../../lib/format';
import { SkippedRowsItem } from '../../../ui/import-wizard/ResultItems';
import { AvailabilityTable } from './AvailabilityTable';

interface ResultActionsProps {
  back: string;
  backLabel: string;
  onAnother: () => void;
}

function ResultActions({ back, backLabel, onAnother }: ResultActionsProps) {
  return (
    <Group gap="sm">
      <Button component={Link} href={back} leftSection={<IconArrowBackUp size={16} />}>
        {backLabel}
      </Button>
      <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={onAnother}>
        Import another file
      </Button>
    </Group>
  );
}

/** What a results file recorded. */
export function MeasurementResultStep({ result, fileName, ...actions }: { result: MeasurementImportResult; fileName: string } & ResultActionsProps) {
  return (
    <Stack gap="md">
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={22} />} title={`Recorded the results of ${fileName}`}>
        <List size="sm" spacing={4}>
          <List.Item>
            <strong>{plural(result.created, 'new result')}</strong> and <strong>{plural(result.updated, 'changed result')}</strong>, marked as imported and
            recorded in the audit trail.
          </List.Item>
          {result.unchanged > 0 && <List.Item>{plural(result.unchanged, 'row')} matched what was already recorded.</List.Item>}
          <SkippedRowsItem skipped={result.skipped} errors={result.errors} />
        </List>
      </Alert>
      <ResultActions {...actions} />
    </Stack>
  );
}

/** What an outage log kept, and the availability it recomputed. */
export function OutageResultStep({ result, fileName, ...actions }: { result: OutageImportResult; fileName: string } & ResultActionsProps) {
  return (
    <Stack gap="md">
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={22} />} title={`Kept ${plural(result.outagesAdded, 'outage')} from ${fileName}`}>
        <List size="sm" spacing={4}>
          <List.Item>
            Availability recorded for <strong>{plural(result.results.length, 'SLA month')}</strong>: {result.measurementsCreated} new,{' '}
            {result.measurementsUpdated} changed.
          </List.Item>
          {result.duplicates > 0 && <List.Item>{plural(result.duplicates, 'outage was', 'outages were')} already kept and not added again.</List.Item>}
          <SkippedRowsItem skipped={result.skipped} errors={result.errors} />
          {result.warnings.map((warning) => (
            <List.Item key={warning}>{warning}</List.Item>
          ))}
        </List>
      </Alert>
      {result.results.length > 0 ? (
        <Paper withBorder radius="md" p="md">
          <Title order={3} size="h5" mb="sm">
            Availability recomputed
          </Title>
          <AvailabilityTable results={result.results} label="Availability recomputed" />
        </Paper>
      ) : (
        <Text size="sm" c="dimmed">
          No agreed SLA of these services has an availability target for those months, so no result changed.
        </Text>
      )}
      <ResultActions {...actions} />
    </Stack>
  );
}
