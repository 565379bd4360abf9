import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useLocation } from 'wouter';
import type { RiskMatrixInfo } from '../../../../../shared/api/risk-matrix-api';
import { useApiQuery } from '../../../api/use-api-query';
import { plural } from '../../../lib/format';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { BandLegend } from './BandLegend';
import { heatmapsFilter, isFiltered, type HeatmapsState } from './heatmaps-query';
import classes from './Heatmaps.module.css';
import { NoRisks } from './NoRisks';
import { registerPathForCell } from './register-link';
import { BASIS_LABELS, RiskHeatmap } from './RiskHeatmap';

/** The current heat map, large, with the band legend; a cell opens the register filtered to it. */
export function GridView({ state, matrix, onChange }: { state: HeatmapsState; matrix: RiskMatrixInfo; onChange: (next: Partial<HeatmapsState>) => void }) {
  const [, navigate] = useLocation();
  const heatmap = useApiQuery('risks.heatmap', { ...heatmapsFilter(state), basis: state.basis });
  if (heatmap.error && !heatmap.data) return <ErrorPanel title="The heat map could not be loaded" error={heatmap.error} onRetry={heatmap.reload} />;
  if (!heatmap.data) return <Skeleton height={420} />;
  const data = heatmap.data;
  if (data.total === 0 && data.unscored === 0) return <NoRisks filtered={isFiltered(state)} />;
  const above = data.grid.flat().reduce((sum, cell) => sum + (cell.exceedsAppetite ? cell.count : 0), 0);

  return (
    <div className={classes.mainWithSide}>
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="heatmaps-grid-title" className={classes.gridPanel}>
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h4" id="heatmaps-grid-title">
            {BASIS_LABELS[state.basis]} risk
          </Title>
          <Text size="sm" c="dimmed">
            Click a cell to open those risks in the register
          </Text>
        </Group>
        <RiskHeatmap
          size="lg"
          markAppetite
          grid={data.grid}
          label={`${BASIS_LABELS[state.basis]} heat map`}
          likelihoodLabels={matrix.matrix.likelihood.map((level) => level.label)}
          impactLabels={matrix.matrix.impact.map((level) => level.label)}
          basis={state.basis}
          onBasisChange={(basis) => onChange({ basis })}
          onCellClick={(cell) => navigate(registerPathForCell(state, state.basis, cell))}
        />
      </Paper>
      <Stack gap="md">
        <Paper withBorder radius="md" p="md" component="section" aria-label="Figures">
          <Stack gap={4}>
            <Text size="sm">
              <b>{data.total.toLocaleString('en')}</b> {data.total === 1 ? 'risk' : 'risks'} scored on this basis
            </Text>
            <Text size="sm">
              <b>{above.toLocaleString('en')}</b> above appetite
            </Text>
            {data.unscored ? (
              <Text size="sm" c="dimmed">
                {plural(data.unscored, 'risk')} not scored on this basis
              </Text>
            ) : null}
            {/* The dashboard's map leaves closed risks out; say which this one is, so the two never seem to disagree. */}
            <Text size="xs" c="dimmed" aria-label="Statuses counted">
              {state.statuses.length === 0
                ? 'Every status, closed risks included — filter by status to leave them out.'
                : `Statuses: ${state.statuses.join(', ')}.`}
            </Text>
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="md">
          <BandLegend matrix={matrix.matrix} grid={data.grid} />
        </Paper>
      </Stack>
    </div>
  );
}
