import { Anchor, Skeleton, Stack } from '@mantine/core';
import { Link, useParams } from 'wouter';
import { useApiQuery } from '../../../api/use-api-query';
import { PageHeader } from '../../../ui/PageHeader';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { SlaImportMenu } from '../import/SlaImportMenu';
import { EntryGrid } from './EntryGrid';
import { OutagesPanel } from './OutagesPanel';

/** Months × targets of one SLA, editable like a spreadsheet, with the outages its availability is computed from. */
export function MeasurementGridScreen() {
  const params = useParams<{ id: string }>();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const sla = useApiQuery('slas.get', valid ? { id } : null);
  const periods = sla.data?.periods ?? [];
  const range = periods.length > 0 ? { from: periods[0]!, to: periods.at(-1)! } : null;
  const grid = useApiQuery('measurements.grid', range ? { slaId: id, ...range } : null);

  if (sla.error && !sla.data) return <ErrorPanel title="The SLA could not be loaded" error={sla.error} onRetry={sla.reload} />;
  if (grid.error && !grid.data) return <ErrorPanel title="The results could not be loaded" error={grid.error} onRetry={grid.reload} />;
  if (!sla.data || !grid.data || !range) return <Skeleton h={300} />;
  const hasAvailability = sla.data.targets.some((row) => row.target.kind === 'availability');

  return (
    <Stack gap="lg">
      <PageHeader
        title={`Results of ${sla.data.code}`}
        description={
          <Anchor component={Link} href={`/slas/${id}`}>
            {sla.data.code} {sla.data.name}
          </Anchor>
        }
        actions={<SlaImportMenu back={`/slas/${id}/results`} />}
      />
      <EntryGrid key={id} owner={{ slaId: id }} grid={grid.data} />
      {hasAvailability && <OutagesPanel serviceId={sla.data.serviceId} serviceCode={sla.data.serviceCode} {...range} />}
    </Stack>
  );
}
