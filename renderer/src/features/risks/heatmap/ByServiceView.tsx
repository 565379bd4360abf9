import { Anchor, Button, Group, Paper, Select, Skeleton, Switch, Text, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { RiskByService } from '../../../../../shared/api/risks-api';
import { contract } from '../../../../../shared/api/contract';
import { useApi } from '../../../api/api-context';
import { usePagedWindow } from '../../../api/use-paged-window';
import { VirtualTable, type VirtualColumn } from '../../../ui/VirtualTable';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { BandSwatch } from './BandLegend';
import { SERVICE_SORTS, type ServiceRiskRow, type ServiceSort } from './by-service';
import { heatmapsFilter, isFiltered, type HeatmapsState } from './heatmaps-query';
import classes from './Heatmaps.module.css';
import { NoRisks } from './NoRisks';
import { registerPathForService } from './register-link';
import { textOn } from './RiskHeatmap';

/** Each service's risks per residual band, worst first; a service opens its page, or the register filtered to it. */
export function ByServiceView({ state, onChange }: { state: HeatmapsState; onChange: (next: Partial<HeatmapsState>, options?: { push?: boolean }) => void }) {
  const [sort, setSort] = useState<ServiceSort>('worst');
  // A risk on Network also threatens everything that depends on Network: counted there too when switched on.
  // Kept in the address like the filters, so reload, Back and shared links keep it.
  const inherited = state.inherited;
  const api = useApi();
  const input = { ...heatmapsFilter(state), includeInherited: inherited, sort };
  // The host sorts and answers a page at a time: the first rows come without waiting for all ~5,000 services.
  const byService = usePagedWindow<ServiceRiskRow, RiskByService & { rows: ServiceRiskRow[] }>(
    JSON.stringify(input),
    (offset, limit) => api.call('risks.byService', { ...input, offset, limit }).then((answer) => ({ ...answer, rows: answer.services })),
    PAGE_SIZE,
    contract['risks.byService'].domains,
  );
  // While another order or filter loads, the table keeps its frame (and the Sort box its focus); its rows show as loading.
  const [lastHead, setLastHead] = useState(byService.head);
  if (byService.head && byService.head !== lastHead) setLastHead(byService.head);
  const head = byService.head ?? lastHead;
  if (byService.error && !byService.head)
    return <ErrorPanel title="The risks by service could not be loaded" error={byService.error} onRetry={byService.retry} />;
  if (!head) return <Skeleton height={360} />;
  const { bands, total, largestTotal } = head;
  if (total === 0) {
    return (
      <NoRisks
        filtered={isFiltered(state)}
        title={isFiltered(state) ? undefined : 'No risk is linked to a service yet'}
        description={isFiltered(state) ? undefined : 'Link risks to the services they threaten (on the risk) to see which services carry the most severe ones.'}
      />
    );
  }
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
            onChange={(event) => onChange({ inherited: event.currentTarget.checked })}
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
      <ServiceRiskTable
        count={total}
        rowAt={byService.rowAt}
        onRange={byService.ensureRange}
        bands={bands}
        widest={largestTotal}
        onHeatmap={(id) => onChange({ view: 'grid', serviceIds: [id] }, { push: true })}
      />
      <Text size="xs" c="dimmed" mt="xs">
        A risk linked to several services counts for each of them. The bar is as long as the service’s share of the largest count.
      </Text>
    </Paper>
  );
}

const ROW_HEIGHT = 41;
// About ten screenfuls of rows: a small first answer, and few requests while scrolling.
const PAGE_SIZE = 150;
const MAX_HEIGHT = 640;

function serviceColumns(bands: RiskByService['bands'], widest: number, onHeatmap: (id: number) => void): VirtualColumn<ServiceRiskRow>[] {
  const label = (row: ServiceRiskRow) => `${row.code} · ${row.name}`;
  const bandColumns: VirtualColumn<ServiceRiskRow>[] = bands
    .map((band, index) => ({
      id: `band-${index}`,
      header: band.name,
      width: 80,
      align: 'center' as const,
      render: (row: ServiceRiskRow) => {
        const count = row.byBand[index] ?? 0;
        return (
          <span
            className={classes.countChip}
            data-zero={count === 0 || undefined}
            style={{ background: band.colour, color: textOn(band.colour) }}
            aria-label={`${band.name}: ${count}`}
          >
            {count}
          </span>
        );
      },
    }))
    .reverse();
  return [
    {
      id: 'service',
      header: 'Service',
      width: 220,
      nowrap: true,
      render: (row) => (
        <Anchor component={Link} href={`/services/${row.id}`} size="sm" className={classes.serviceName} title={label(row)} display="block">
          {label(row)}
        </Anchor>
      ),
    },
    {
      id: 'bar',
      // The bar takes the width left over.
      header: 'Residual risk',
      render: (row) => (
        <div className={classes.stackedBar} style={{ width: `${Math.max(8, (row.total / widest) * 100)}%` }} aria-hidden>
          {/* Native titles, not tooltips: thousands of rows scroll past here. */}
          {bands
            .map((band, index) => ({ ...band, count: row.byBand[index] ?? 0 }))
            .reverse()
            .filter((band) => band.count > 0)
            .map((band) => (
              <span key={band.name} title={`${band.name}: ${band.count}`} style={{ background: band.colour, flexGrow: band.count }} />
            ))}
          {row.unscored ? <span style={{ flexGrow: row.unscored }} title={`Not scored: ${row.unscored}`} /> : null}
        </div>
      ),
    },
    ...bandColumns,
    {
      id: 'above',
      header: 'Above appetite',
      width: 125,
      align: 'right',
      render: (row) => (
        <Text size="sm" fw={row.aboveAppetite ? 700 : undefined}>
          {row.aboveAppetite}
        </Text>
      ),
    },
    {
      id: 'unscored',
      header: 'Not scored',
      width: 100,
      align: 'right',
      render: (row) => (
        <Text size="sm" c={row.unscored ? undefined : 'dimmed'}>
          {row.unscored}
        </Text>
      ),
    },
    { id: 'total', header: 'Total', width: 60, align: 'right', render: (row) => row.total },
    {
      id: 'links',
      header: <VisuallyHidden>Heat map</VisuallyHidden>,
      width: 180,
      render: (row) => (
        <Group gap={4} wrap="nowrap">
          <Button size="compact-xs" variant="subtle" component={Link} href={registerPathForService(row.id)} aria-label={`Register of ${label(row)}`}>
            Register
          </Button>
          <Button size="compact-xs" variant="subtle" onClick={() => onHeatmap(row.id)} aria-label={`Heat map of ${label(row)}`}>
            Heat map
          </Button>
        </Group>
      ),
    },
  ];
}

/** Every service with risks, in the host's order, in a virtualized table fetching pages as it scrolls. */
function ServiceRiskTable({
  count,
  rowAt,
  onRange,
  bands,
  widest,
  onHeatmap,
}: {
  count: number;
  rowAt: (index: number) => ServiceRiskRow | undefined;
  onRange: (from: number, to: number) => void;
  bands: RiskByService['bands'];
  widest: number;
  onHeatmap: (id: number) => void;
}) {
  const columns = useMemo(() => serviceColumns(bands, widest, onHeatmap), [bands, widest, onHeatmap]);
  return (
    <VirtualTable
      label="Risks by service (residual)"
      count={count}
      rowAt={rowAt}
      rowKey={(row) => row.id}
      columns={columns}
      estimateRowHeight={ROW_HEIGHT}
      maxHeight={MAX_HEIGHT}
      minWidth={1150}
      onRange={onRange}
      rowProps={(row) => ({ 'data-service': row.code })}
    />
  );
}
