import { Anchor, Badge, Button, CloseButton, EmptyState, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useLocalStorage, useMediaQuery } from '@mantine/hooks';
import { IconChevronUp, IconFileImport, IconGridDots, IconPlus, IconShieldExclamation } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import type { RiskSortColumn } from '../../../../../shared/api/risks-api';
import { useApiQuery } from '../../../api/use-api-query';
import { ColumnChooser } from '../../../ui/ColumnChooser';
import { PageHeader } from '../../../ui/PageHeader';
import { SavedViewsMenu } from '../../../ui/SavedViewsMenu';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { BASIS_LABELS, RiskHeatmap } from '../heatmap/RiskHeatmap';
import { RiskIoMenu } from '../io/RiskIoMenu';
import { BulkBar } from './BulkBar';
import { filterOf, parseRegister, registerPath, type RegisterState } from './register-query';
import { RegisterFilters } from './RegisterFilters';
import { DEFAULT_RISK_COLUMNS, normaliseRiskColumns, RISK_COLUMNS, type RiskColumnId } from './risk-columns';
import { RiskTable } from './RiskTable';
import { fromRegisterView, registerViewMatches, RISK_VIEWS_SCREEN, toRegisterView } from './saved-register-view';
import { useRiskSelection } from './use-risk-selection';
import { useRiskWindow } from './use-risk-window';

const COLUMNS_KEY = 'serviceledger.risks.columns';
const HEATMAP_KEY = 'serviceledger.risks.heatmap';
/** Tall enough for the heat map and the register's first rows together. */
const TALL_WINDOW = '(min-height: 860px)';

/** The risk register: the heat map and the virtualized table, each filtering the other. */
export function RisksScreen() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const state = useMemo(() => parseRegister(search), [search]);
  const update = (next: Partial<RegisterState>) => navigate(registerPath({ ...state, ...next }), { replace: true });
  // Which columns show is a preference of this computer, like a window size; saved views carry it too.
  const [storedColumns, setColumns] = useLocalStorage<RiskColumnId[]>({
    key: COLUMNS_KEY,
    defaultValue: [...DEFAULT_RISK_COLUMNS],
    getInitialValueInEffect: false,
  });
  const columns = useMemo(() => normaliseRiskColumns(storedColumns), [storedColumns]);
  const shownColumns = useMemo(() => RISK_COLUMNS.filter((column) => columns.includes(column.id)), [columns]);

  const matrix = useApiQuery('riskMatrix.get', {});
  const facets = useApiQuery('risks.facets', {});
  const heatmap = useApiQuery('risks.heatmap', { ...filterOf(state, false), basis: state.basis });
  const window = useRiskWindow(filterOf(state), state.sort);

  const onSort = (column: RiskSortColumn) =>
    update({ sort: { column, direction: state.sort.column === column && state.sort.direction === 'asc' ? 'desc' : 'asc' } });
  const filtered = filterOf(state);
  const anyFilter = Object.keys(filtered).length > 0;
  const selection = useRiskSelection(`${JSON.stringify(filtered)}|${state.sort.column}:${state.sort.direction}`, window.total ?? 0, window.rowAt);
  // Whether the heat map shows is a preference of this computer; until it is set, a short window
  // starts with it folded, so the register's first rows are in view without scrolling.
  const tallWindow = useMediaQuery(TALL_WINDOW, true, { getInitialValueInEffect: false });
  const [heatmapPreference, setHeatmapShown] = useLocalStorage<boolean | null>({ key: HEATMAP_KEY, defaultValue: null, getInitialValueInEffect: false });
  // A cell picked on the map (or in a link) keeps the map in view, so the filter can be seen and undone.
  const heatmapShown = state.cell !== null || (heatmapPreference ?? tallWindow);
  // An empty register has nothing to filter or map: it says how to start instead.
  const registerEmpty = !anyFilter && window.total === 0;
  const back = search ? `/risks?${search}` : '/risks';

  if (registerEmpty) {
    return (
      <Stack gap="md">
        <PageHeader title="Risks" description="The risk register and heat map." />
        <Paper withBorder radius="md">
          <EmptyState
            icon={<IconShieldExclamation size={32} />}
            withIndicatorBackground
            title="No risks yet"
            description="Write down what could hurt the services: the cause, the event and its consequence, then score it on the risk matrix. Or bring in the register you keep in a spreadsheet."
            py={48}
          >
            <EmptyState.Actions>
              <Button component={Link} href="/risks/new" leftSection={<IconPlus size={16} />}>
                Add the first risk
              </Button>
              <Button component={Link} href={`/risks/import?back=${encodeURIComponent(back)}`} variant="default" leftSection={<IconFileImport size={16} />}>
                Import risks
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        </Paper>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <PageHeader
        title="Risks"
        description="The risk register and heat map."
        actions={
          <>
            <RiskIoMenu filter={filtered} />
            <Button component={Link} href="/risks/new" leftSection={<IconPlus size={16} />}>
              New risk
            </Button>
          </>
        }
      />
      <Stack gap="md">
        {heatmapShown ? (
          <Paper withBorder radius="md" p="md" maw={480} component="section" aria-labelledby="register-heatmap-title">
            <Group justify="space-between" mb="xs" wrap="nowrap">
              <Title order={3} size="h5" id="register-heatmap-title">
                Heat map{' '}
                <Anchor component={Link} href="/risks/heatmaps" size="sm" fw={400} ml="xs">
                  All heat maps
                </Anchor>
              </Title>
              {state.cell ? null : (
                <Button size="compact-xs" variant="subtle" color="gray" leftSection={<IconChevronUp size={14} />} onClick={() => setHeatmapShown(false)}>
                  Hide
                </Button>
              )}
            </Group>
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
                {heatmap.data.total.toLocaleString('en')} scored
                {heatmap.data.unscored ? `, ${heatmap.data.unscored.toLocaleString('en')} not scored on this basis` : ''}
              </Text>
            ) : null}
          </Paper>
        ) : null}
        <div>
          <Stack gap="sm">
            <RegisterFilters state={state} update={update} bands={matrix.data?.matrix.banding.bands.map((band) => band.name) ?? []} facets={facets.data} />
            <Group gap="xs" justify="space-between">
              <Group gap="xs">
                {heatmapShown ? null : (
                  <Button size="compact-sm" variant="light" leftSection={<IconGridDots size={14} />} onClick={() => setHeatmapShown(true)}>
                    Show heat map
                  </Button>
                )}
                <Text size="sm" fw={600} aria-live="polite">
                  {window.total === null ? 'Loading…' : `${window.total.toLocaleString('en')} ${window.total === 1 ? 'risk' : 'risks'}`}
                </Text>
                {state.cell ? (
                  <Badge variant="light" rightSection={<CloseButton size="xs" aria-label="Clear the heat-map cell" onClick={() => update({ cell: null })} />}>
                    {BASIS_LABELS[state.cell.basis]} L{state.cell.likelihood} × I{state.cell.impact}
                  </Badge>
                ) : null}
                {anyFilter ? (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => navigate(registerPath({ ...parseRegister(''), basis: state.basis, sort: state.sort }), { replace: true })}
                  >
                    Clear filters
                  </Button>
                ) : null}
              </Group>
              <Group gap="xs">
                <SavedViewsMenu
                  screen={RISK_VIEWS_SCREEN}
                  state={toRegisterView(state, columns)}
                  isCurrent={(view) => registerViewMatches(view, state, columns)}
                  onApply={(view) => {
                    const saved = fromRegisterView(view);
                    setColumns(saved.columns);
                    navigate(registerPath(saved.state), { replace: true });
                  }}
                  wording={{ keeps: 'filters, search, sort and columns', example: 'Security risks above appetite', records: 'The risks' }}
                  label="Saved filters"
                />
                <ColumnChooser
                  options={RISK_COLUMNS}
                  columns={columns}
                  onChange={(next) => setColumns(normaliseRiskColumns(next))}
                  onReset={() => setColumns([...DEFAULT_RISK_COLUMNS])}
                />
              </Group>
            </Group>
            <BulkBar selection={selection} total={window.total ?? 0} filter={filtered} />
            {window.error && window.total === null ? (
              <ErrorPanel title="The register could not be loaded" error={window.error} onRetry={window.retry} />
            ) : window.total === null ? (
              <Skeleton height={400} />
            ) : window.total === 0 ? (
              <Text c="dimmed" py="xl" ta="center">
                No risk matches these filters.
              </Text>
            ) : (
              <RiskTable
                total={window.total}
                rowAt={window.rowAt}
                ensureRange={window.ensureRange}
                columns={shownColumns}
                sort={state.sort}
                onSort={onSort}
                onOpen={(risk) => navigate(`/risks/${risk.id}`)}
                selection={selection}
              />
            )}
          </Stack>
        </div>
      </Stack>
    </Stack>
  );
}
