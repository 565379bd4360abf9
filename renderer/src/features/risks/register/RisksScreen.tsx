import { Anchor, Badge, Button, Checkbox, CloseButton, Group, MultiSelect, Paper, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { RISK_STATUSES, type RiskSortColumn } from '../../../../../shared/api/risks-api';
import { useApiQuery } from '../../../api/use-api-query';
import { PageHeader } from '../../../ui/PageHeader';
import { ErrorPanel } from '../../errors/ErrorPanel';
import { BASIS_LABELS, RiskHeatmap } from '../heatmap/RiskHeatmap';
import { filterOf, parseRegister, registerPath, type RegisterState } from './register-query';
import { RiskTable } from './RiskTable';
import { useRiskWindow } from './use-risk-window';

/** The risk register: the heat map and the virtualized table, each filtering the other. */
export function RisksScreen() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const state = useMemo(() => parseRegister(search), [search]);
  const update = (next: Partial<RegisterState>) => navigate(registerPath({ ...state, ...next }), { replace: true });


  const matrix = useApiQuery('riskMatrix.get', {});
  const facets = useApiQuery('risks.facets', {});
  const heatmap = useApiQuery('risks.heatmap', { ...filterOf(state, false), basis: state.basis });
  const window = useRiskWindow(filterOf(state), state.sort);

  const onSort = (column: RiskSortColumn) =>
    update({ sort: { column, direction: state.sort.column === column && state.sort.direction === 'asc' ? 'desc' : 'asc' } });
  const filtered = filterOf(state);
  const anyFilter = Object.keys(filtered).length > 0;

  return (
    <Stack gap="md">
      <PageHeader title="Risks" description="The risk register and heat map." />
      <Stack gap="md">
        <div>
          <Paper withBorder radius="md" p="md" maw={480} component="section" aria-labelledby="register-heatmap-title">
            <Title order={3} size="h5" id="register-heatmap-title" mb="xs">
              Heat map <Anchor component={Link} href="/risks/heatmaps" size="sm" fw={400} ml="xs">All heat maps</Anchor>
            </Title>
            {heatmap.data ? (
              <RiskHeatmap
                grid={heatmap.data.grid}
                label={`${BASIS_LABELS[state.basis]} heat map`}
                likelihoodLabels={matrix.data?.matrix.likelihood.map((level) => level.label)}
                impactLabels={matrix.data?.matrix.impact.map((level) => level.label)}
                basis={state.basis}
                onBasisChange={(basis) => update({ basis, cell: null })}
                selected={state.cell?.basis === state.basis ? state.cell : null}
                onCellClick={(cell) => {
                  const same = state.cell?.basis === state.basis && state.cell.likelihood === cell.likelihood && state.cell.impact === cell.impact;
                  update({ cell: same ? null : { basis: state.basis, likelihood: cell.likelihood, impact: cell.impact } });
                }}
              />
            ) : heatmap.error ? (
              <ErrorPanel title="The heat map could not be loaded" error={heatmap.error} onRetry={heatmap.reload} />
            ) : (
              <Skeleton height={260} />
            )}
            {heatmap.data ? (
              <Text size="xs" c="dimmed" mt="xs">
                {heatmap.data.total.toLocaleString('en')} scored{heatmap.data.unscored ? `, ${heatmap.data.unscored.toLocaleString('en')} not scored on this basis` : ''}
              </Text>
            ) : null}
          </Paper>
        </div>
        <div>
          <Stack gap="sm">
            <Group gap="sm" align="flex-end" role="search" aria-label="Filter the register">
              <SearchBox key={state.search} value={state.search} onSearch={(value) => update({ search: value })} />
              <MultiSelect size="sm" w={170} placeholder="Status" aria-label="Status" data={[...RISK_STATUSES]} value={state.statuses} onChange={(value) => update({ statuses: value as RegisterState['statuses'] })} clearable />
              <MultiSelect
                size="sm"
                w={170}
                placeholder={`Band (${state.basis})`}
                aria-label="Band"
                data={matrix.data?.matrix.banding.bands.map((band) => band.name) ?? []}
                value={state.bands}
                onChange={(bands) => update({ bands })}
                clearable
              />
              <MultiSelect
                size="sm"
                w={170}
                placeholder="Owner"
                aria-label="Owner"
                searchable
                data={facets.data?.owners.map((owner) => ({ value: String(owner.id), label: owner.name })) ?? []}
                value={state.ownerIds.map(String)}
                onChange={(value) => update({ ownerIds: value.map(Number) })}
                clearable
              />
              <MultiSelect size="sm" w={170} placeholder="Category" aria-label="Category" searchable data={facets.data?.categories ?? []} value={state.categories} onChange={(categories) => update({ categories })} clearable />
              <Checkbox label="Review overdue" checked={state.reviewOverdue} onChange={(event) => update({ reviewOverdue: event.currentTarget.checked })} mb={8} />
              <Checkbox label="Action overdue" checked={state.actionOverdue} onChange={(event) => update({ actionOverdue: event.currentTarget.checked })} mb={8} />
            </Group>
            <Group gap="xs">
              <Text size="sm" fw={600} aria-live="polite">
                {window.total === null ? 'Loading…' : `${window.total.toLocaleString('en')} ${window.total === 1 ? 'risk' : 'risks'}`}
              </Text>
              {state.cell ? (
                <Badge variant="light" rightSection={<CloseButton size="xs" aria-label="Clear the heat-map cell" onClick={() => update({ cell: null })} />}>
                  {BASIS_LABELS[state.cell.basis]} L{state.cell.likelihood} × I{state.cell.impact}
                </Badge>
              ) : null}
              {anyFilter ? (
                <Button size="compact-xs" variant="subtle" onClick={() => navigate(registerPath({ ...parseRegister(''), basis: state.basis, sort: state.sort }), { replace: true })}>
                  Clear filters
                </Button>
              ) : null}
            </Group>
            {window.error && window.total === null ? (
              <ErrorPanel title="The register could not be loaded" error={window.error} onRetry={window.retry} />
            ) : window.total === null ? (
              <Skeleton height={400} />
            ) : window.total === 0 ? (
              <Text c="dimmed" py="xl" ta="center">
                {anyFilter ? 'No risk matches these filters.' : 'No risks yet.'}
              </Text>
            ) : (
              <RiskTable total={window.total} rowAt={window.rowAt} ensureRange={window.ensureRange} sort={state.sort} onSort={onSort} onOpen={(risk) => navigate(`/risks/${risk.id}`)} />
            )}
          </Stack>
        </div>
      </Stack>
    </Stack>
  );
}

/** The search field: typing waits 250 ms before it filters, so the register is not asked per key. */
function SearchBox({ value, onSearch }: { value: string; onSearch: (value: string) => void }) {
  const [text, setText] = useState(value);
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => onSearch(text), 250);
    return () => clearTimeout(timer);
  }, [text, value, onSearch]);
  return (
    <TextInput
      leftSection={<IconSearch size={14} />}
      placeholder="Search code, title…"
      aria-label="Search risks"
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      w={200}
    />
  );
}
