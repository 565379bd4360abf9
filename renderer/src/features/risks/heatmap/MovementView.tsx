import { Group, Paper, SegmentedControl, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { RiskMatrixInfo } from '../../../../../shared/api/risk-matrix-api';
import { useApiQuery } from '../../../api/use-api-query';
import { plural } from '../../../lib/format';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { BandSwatch } from './BandLegend';
import { formatDelta } from './comparison';
import { heatmapsFilter, isFiltered, type HeatmapsState } from './heatmaps-query';
import classes from './Heatmaps.module.css';
import { biggestMovements, summariseMovement, type MovementArrow, type MovementStay } from './movement';
import { MovementMap } from './MovementMap';
import { NoRisks } from './NoRisks';

const TARGETS = [
  { value: 'residual', label: 'Inherent → Residual' },
  { value: 'target', label: 'Inherent → Target' },
];

/** How controls (residual) or planned treatment (target) move each risk from its inherent cell. */
export function MovementView({ state, matrix, onChange }: { state: HeatmapsState; matrix: RiskMatrixInfo; onChange: (next: Partial<HeatmapsState>) => void }) {
  const movement = useApiQuery('risks.movement', { ...heatmapsFilter(state), to: state.to });
  const summary = useMemo(() => (movement.data ? summariseMovement(movement.data.moves, matrix.grid) : null), [movement.data, matrix.grid]);
  const colours = useMemo(() => new Map(matrix.matrix.banding.bands.map((band) => [band.name, band.colour])), [matrix]);

  const switcher = (
    <SegmentedControl size="xs" aria-label="Move to" value={state.to} onChange={(to) => onChange({ to: to as HeatmapsState['to'] })} data={TARGETS} />
  );
  if (movement.error && !movement.data) return <ErrorPanel title="The movement could not be loaded" error={movement.error} onRetry={movement.reload} />;
  if (!summary) return <Skeleton height={420} />;
  if (summary.total === 0) {
    return (
      <Stack gap="md">
        <Group>{switcher}</Group>
        <NoRisks
          filtered={isFiltered(state)}
          title={isFiltered(state) ? undefined : `No risk has both an inherent and a ${state.to} score`}
          description={
            isFiltered(state)
              ? undefined
              : `Assess risks with an inherent and a ${state.to} position to see how ${state.to === 'target' ? 'the planned treatment moves them' : 'their controls move them'}.`
          }
        />
      </Stack>
    );
  }
  const levels = (scale: 'likelihood' | 'impact') => matrix.matrix[scale].map((level) => level.label);
  const biggest = biggestMovements(summary.arrows, 8);

  return (
    <Stack gap="md">
      <div className={classes.mainWithSide}>
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="movement-title" className={classes.gridPanel}>
          <Group justify="space-between" mb="sm" gap="sm">
            <Title order={3} size="h4" id="movement-title">
              Movement from inherent to {state.to}
            </Title>
            {switcher}
          </Group>
          <MovementMap grid={matrix.grid} summary={summary} likelihoodLabels={levels('likelihood')} impactLabels={levels('impact')} to={state.to} />
          <Text size="xs" c="dimmed" mt="xs">
            Likelihood upwards, impact to the right. Each arrow carries every risk making the same move, wider for more risks (numbered from 2); a dashed ring
            counts the risks that stay in their cell. Point at an arrow for its details.
          </Text>
        </Paper>
        <Stack gap="md">
          <Paper withBorder radius="md" p="md" component="section" aria-label="Movement figures">
            <Stack gap={4}>
              <Text size="sm">
                <b>{summary.total.toLocaleString('en')}</b> {summary.total === 1 ? 'risk' : 'risks'} with both scores
              </Text>
              <Text size="sm">
                <b>{summary.lowered.toLocaleString('en')}</b> lowered
              </Text>
              <Text size="sm">
                <b>{summary.raised.toLocaleString('en')}</b> raised
              </Text>
              <Text size="sm">
                <b>{summary.unchanged.toLocaleString('en')}</b> same score
              </Text>
            </Stack>
          </Paper>
          <Paper withBorder radius="md" p="md" component="section" aria-labelledby="biggest-title">
            <Title order={4} size="h6" id="biggest-title" mb="xs">
              Biggest movements
            </Title>
            {biggest.length ? (
              <Stack gap={8} component="ol" className={classes.plainList}>
                {biggest.map((arrow) => (
                  <li key={moveKey(arrow)}>
                    <Group gap={6} wrap="nowrap" justify="space-between">
                      <Text size="sm" className={classes.nowrap}>
                        {position(arrow.from)} → {position(arrow.to)}
                      </Text>
                      <Text size="sm" fw={700} c={arrow.scoreChange < 0 ? 'teal' : arrow.scoreChange > 0 ? 'red' : 'dimmed'}>
                        {formatDelta(arrow.scoreChange)}
                      </Text>
                    </Group>
                    <Text size="xs" c="dimmed">
                      {arrow.fromBand} → {arrow.toBand} · {plural(arrow.count, 'risk')}
                    </Text>
                  </li>
                ))}
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                No risk changes cell.
              </Text>
            )}
          </Paper>
        </Stack>
      </div>
      <MovementTable arrows={summary.arrows} stays={summary.stays} to={state.to} colours={colours} />
    </Stack>
  );
}

const position = (p: { likelihood: number; impact: number }) => `L${p.likelihood}×I${p.impact}`;
const moveKey = (arrow: MovementArrow) => `${position(arrow.from)}>${position(arrow.to)}`;

/** The map as a table: every move and every cell risks stay in, most risks first. */
function MovementTable({ arrows, stays, to, colours }: { arrows: MovementArrow[]; stays: MovementStay[]; to: string; colours: Map<string, string> }) {
  const rows = [
    ...arrows.map((arrow) => ({
      key: moveKey(arrow),
      from: arrow.from,
      fromBand: arrow.fromBand,
      to: arrow.to,
      toBand: arrow.toBand,
      count: arrow.count,
      change: arrow.scoreChange,
    })),
    ...stays.map((stay) => ({
      key: `${position(stay.at)}=`,
      from: stay.at,
      fromBand: stay.band,
      to: stay.at,
      toBand: stay.band,
      count: stay.count,
      change: 0,
    })),
  ].sort((a, b) => b.count - a.count || a.change - b.change);
  return (
    <Paper withBorder radius="md" p="md">
      <Table.ScrollContainer minWidth={560}>
        <Table striped highlightOnHover aria-labelledby="movement-table-title">
          <caption id="movement-table-title" style={{ captionSide: 'top', textAlign: 'left' }}>
            <Text size="sm" fw={600} span>
              Every move from inherent to {to}
            </Text>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>From (inherent)</Table.Th>
              <Table.Th>To ({to})</Table.Th>
              <Table.Th ta="right">Risks</Table.Th>
              <Table.Th ta="right">Score change</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm" w={64}>
                      {position(row.from)}
                    </Text>
                    <BandSwatch name={row.fromBand} colour={colours.get(row.fromBand) ?? '#868e96'} />
                  </Group>
                </Table.Td>
                <Table.Td>
                  {row.key.endsWith('=') ? (
                    <Text size="sm" c="dimmed">
                      stays
                    </Text>
                  ) : (
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" w={64}>
                        {position(row.to)}
                      </Text>
                      <BandSwatch name={row.toBand} colour={colours.get(row.toBand) ?? '#868e96'} />
                    </Group>
                  )}
                </Table.Td>
                <Table.Td ta="right">{row.count.toLocaleString('en')}</Table.Td>
                <Table.Td ta="right">{formatDelta(row.change)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
