import { Anchor, Button, Group, Paper, Select, Skeleton, Switch, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import type { RiskByService } from '../../../../../shared/api/risks-api';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorPanel } from '../../errors/ErrorPanel';
import { BandSwatch } from './BandLegend';
import { SERVICE_SORTS, sortServices, type ServiceRiskRow, type ServiceSort } from './by-service';
import { heatmapsFilter, isFiltered, type HeatmapsState } from './heatmaps-query';
import classes from './Heatmaps.module.css';
import { NoRisks } from './NoRisks';
import { registerPathForService } from './register-link';
import { textOn } from './RiskHeatmap';

/** Each service's risks per residual band, worst first; a service opens its page, or the register filtered to it. */
export function ByServiceView({ state, onChange }: { state: HeatmapsState; onChange: (next: Partial<HeatmapsState>, options?: { push?: boolean }) => void }) {
  const [sort, setSort] = useState<ServiceSort>('worst');
  // A risk on Network also threatens everything that depends on Network: counted there too when switched on.
  const [inherited, setInherited] = useState(false);
  const byService = useApiQuery('risks.byService', { ...heatmapsFilter(state), includeInherited: inherited });
  if (byService.error && !byService.data) return <ErrorPanel title="The risks by service could not be loaded" error={byService.error} onRetry={byService.reload} />;
  if (!byService.data) return <Skeleton height={360} />;
  const { bands, services } = byService.data;
  if (services.length === 0) {
    return (
      <NoRisks
        filtered={isFiltered(state)}
        title={isFiltered(state) ? undefined : 'No risk is linked to a service yet'}
        description={isFiltered(state) ? undefined : 'Link risks to the services they threaten (on the risk) to see which services carry the most severe ones.'}
      />
    );
  }
  const rows = sortServices(services, sort);
  const widest = Math.max(...rows.map((row) => row.total));

  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="sm" gap="sm">
        <Group gap="md" aria-label="Bands" role="list">
          {bands.map((band) => (
            <span role="listitem" key={band.name}>
              <BandSwatch name={band.name} colour={band.colour} />
            </span>
          ))}
        </Group>
        <Group gap="md" align="flex-end">
        <Switch
          size="sm"
          label="Include inherited risks"
          description="Also count risks of the services each one depends on"
          checked={inherited}
          onChange={(event) => setInherited(event.currentTarget.checked)}
        />
        <Select
          size="xs"
          w={200}
          label="Sort"
          data={Object.entries(SERVICE_SORTS).map(([value, label]) => ({ value, label }))}
          value={sort}
          onChange={(value) => value && setSort(value as ServiceSort)}
          allowDeselect={false}
        />
        </Group>
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover aria-label="Risks by service (residual)">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Service</Table.Th>
              <Table.Th w="28%">Residual risk</Table.Th>
              {bands
                .map((band) => (
                  <Table.Th key={band.name} ta="center">
                    {band.name}
                  </Table.Th>
                ))
                .reverse()}
              <Table.Th ta="right">Above appetite</Table.Th>
              <Table.Th ta="right">Not scored</Table.Th>
              <Table.Th ta="right">Total</Table.Th>
              <Table.Th>
                <VisuallyHidden>Heat map</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <ServiceRow key={row.id} row={row} bands={bands} widest={widest} onHeatmap={() => onChange({ view: 'grid', serviceIds: [row.id] }, { push: true })} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" mt="xs">
        A risk linked to several services counts for each of them. The bar is as long as the service’s share of the largest count.
      </Text>
    </Paper>
  );
}

function ServiceRow({ row, bands, widest, onHeatmap }: { row: ServiceRiskRow; bands: RiskByService['bands']; widest: number; onHeatmap: () => void }) {
  const label = `${row.code} · ${row.name}`;
  return (
    <Table.Tr data-service={row.code}>
      <Table.Td>
        <Anchor component={Link} href={`/services/${row.id}`} size="sm" className={classes.serviceName} title={label} display="block">
          {label}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <div className={classes.stackedBar} style={{ width: `${Math.max(8, (row.total / widest) * 100)}%` }} aria-hidden>
          {bands
            .map((band, index) => ({ ...band, count: row.byBand[index] ?? 0 }))
            .reverse()
            .filter((band) => band.count > 0)
            .map((band) => (
              <Tooltip key={band.name} label={`${band.name}: ${band.count}`}>
                <span style={{ background: band.colour, flexGrow: band.count }} />
              </Tooltip>
            ))}
          {row.unscored ? <span style={{ flexGrow: row.unscored }} title={`Not scored: ${row.unscored}`} /> : null}
        </div>
      </Table.Td>
      {bands
        .map((band, index) => {
          const count = row.byBand[index] ?? 0;
          return (
            <Table.Td key={band.name} ta="center">
              <span className={classes.countChip} data-zero={count === 0 || undefined} style={{ background: band.colour, color: textOn(band.colour) }} aria-label={`${band.name}: ${count}`}>
                {count}
              </span>
            </Table.Td>
          );
        })
        .reverse()}
      <Table.Td ta="right" fw={row.aboveAppetite ? 700 : undefined}>
        {row.aboveAppetite}
      </Table.Td>
      <Table.Td ta="right" c={row.unscored ? undefined : 'dimmed'}>
        {row.unscored}
      </Table.Td>
      <Table.Td ta="right">{row.total}</Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Button size="compact-xs" variant="subtle" component={Link} href={registerPathForService(row.id)} aria-label={`Register of ${label}`}>
            Register
          </Button>
          <Button size="compact-xs" variant="subtle" onClick={onHeatmap} aria-label={`Heat map of ${label}`}>
            Heat map
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
