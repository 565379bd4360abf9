import { Anchor, Skeleton, Stack, Tabs } from '@mantine/core';
import { IconArrowsDiagonal, IconCalendarStats, IconGridDots, IconStack2 } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { useApiQuery } from '../../../api/use-api-query';
import { PageHeader } from '../../../ui/PageHeader';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { ByServiceView } from './ByServiceView';
import { ComparisonView } from './ComparisonView';
import { GridView } from './GridView';
import { HeatmapFilters } from './HeatmapFilters';
import { heatmapsPath, parseHeatmaps, type HeatmapsState, type HeatmapView } from './heatmaps-query';
import { MovementView } from './MovementView';

const TABS: Array<{ value: HeatmapView; label: string; icon: typeof IconGridDots }> = [
  { value: 'grid', label: 'Grid', icon: IconGridDots },
  { value: 'movement', label: 'Movement', icon: IconArrowsDiagonal },
  { value: 'comparison', label: 'Period comparison', icon: IconCalendarStats },
  { value: 'services', label: 'By service', icon: IconStack2 },
];

/**
 * The heat maps of the risk register (ISO/IEC 20000-1 6.1): the grid, how controls move risks,
 * how the picture changed since a date, and which services carry the worst risks. Everything on
 * screen is in the address, so a view can be bookmarked or pasted into a review pack's notes.
 */
export function HeatmapsScreen() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const state = useMemo(() => parseHeatmaps(search), [search]);
  // Filters and switches replace the entry; changing view adds one, so Back returns to the last view.
  const update = (next: Partial<HeatmapsState>, options: { push?: boolean } = {}) => navigate(heatmapsPath({ ...state, ...next }), { replace: !options.push });
  const matrix = useApiQuery('riskMatrix.get', {});

  return (
    <Stack gap="md">
      <PageHeader
        title="Heat maps"
        description="Where the risks sit on the matrix, how treatment moves them, how the picture changed since a date, and which services carry them."
        actions={
          <Anchor component={Link} href="/risks" size="sm">
            Open the register
          </Anchor>
        }
      />
      <Tabs value={state.view} onChange={(view) => view && update({ view: view as HeatmapView }, { push: true })} keepMounted={false}>
        <Tabs.List aria-label="Heat map views">
          {TABS.map(({ value, label, icon: Icon }) => (
            <Tabs.Tab key={value} value={value} leftSection={<Icon size={16} />}>
              {label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <HeatmapFilters state={state} onChange={(next) => update(next)} />
        {TABS.map(({ value }) => (
          <Tabs.Panel key={value} value={value}>
            {value === 'services' ? (
              // The bands come with its own answer: it asks for its first page at once, not after the matrix.
              <ByServiceView state={state} onChange={update} />
            ) : matrix.error && !matrix.data ? (
              <ErrorPanel title="The risk matrix could not be loaded" error={matrix.error} onRetry={matrix.reload} />
            ) : !matrix.data ? (
              <Skeleton height={420} />
            ) : value === 'grid' ? (
              <GridView state={state} matrix={matrix.data} onChange={update} />
            ) : value === 'movement' ? (
              <MovementView state={state} matrix={matrix.data} onChange={update} />
            ) : (
              <ComparisonView state={state} matrix={matrix.data} onChange={update} />
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
