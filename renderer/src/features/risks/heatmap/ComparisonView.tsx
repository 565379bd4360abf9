import { Alert, Button, Group, Paper, SegmentedControl, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import type { RiskMatrixInfo } from '../../../../../shared/api/risk-matrix-api';
import type { RiskHeatmap as RiskHeatmapData } from '../../../../../shared/api/risks-api';
import { RISK_BASES, type HeatmapCell, type RiskBasis } from '../../../../../shared/domain/risk-matrix';
import { fieldError } from '../../../api/api-errors';
import { useApiQuery } from '../../../api/use-api-query';
import { formatDate, plural } from '../../../lib/format';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { compareHeatmaps, formatDelta } from './comparison';
import { ComparisonSummary } from './ComparisonSummary';
import { registerPathForCell } from './register-link';
import { defaultAsOf, heatmapsFilter, isFiltered, quarterStart, todayIso, yearBefore, type HeatmapsState } from './heatmaps-query';
import classes from './Heatmaps.module.css';
import { NoRisks } from './NoRisks';
import { BASIS_LABELS, RiskHeatmap } from './RiskHeatmap';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day before a YYYY-MM-DD day: the latest date the comparison takes. */
const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Why a typed comparison date cannot be used, or null. */
export function asOfProblem(value: string, today: string = todayIso()): string | null {
  if (!value) return 'Compare with is required: pick a day';
  if (!DAY.test(value) || Number.isNaN(Date.parse(value))) return 'Compare with must be a date';
  if (value >= today) return 'Compare with must be a day before today';
  return null;
}

/** The heat map on a past date beside the heat map now, with per-cell changes and a summary. */
export function ComparisonView({
  state,
  matrix,
  onChange,
}: {
  state: HeatmapsState;
  matrix: RiskMatrixInfo;
  onChange: (next: Partial<HeatmapsState>) => void;
}) {
  const asOf = state.asOf ?? defaultAsOf();
  const [draft, setDraft] = useState(asOf);
  // When the address changes under the field (Back, a link), the field follows it.
  const [shown, setShown] = useState(asOf);
  if (shown !== asOf) {
    setShown(asOf);
    setDraft(asOf);
  }
  const problem = asOfProblem(draft);
  const filter = heatmapsFilter(state);
  // A bookmarked date that is today or later (the address was typed, or kept since) asks for nothing.
  const usable = !asOfProblem(asOf);
  const then = useApiQuery('risks.heatmap', usable ? { ...filter, basis: state.basis, asOf } : null);
  const now = useApiQuery('risks.heatmap', { ...filter, basis: state.basis });

  const choose = (day: string) => {
    setDraft(day);
    if (!asOfProblem(day)) onChange({ asOf: day });
  };
  const apiProblem = fieldError(then.error, 'asOf');

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Group align="flex-start" gap="md" wrap="wrap">
          <TextInput
            type="date"
            label="Compare with"
            description="The register as it was at the end of this day"
            value={draft}
            max={dayBefore(todayIso())}
            onChange={(event) => choose(event.currentTarget.value)}
            error={problem ?? apiProblem}
            w={230}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Quick picks
            </Text>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => choose(quarterStart())} disabled={!!asOfProblem(quarterStart())}>
                Start of the quarter
              </Button>
              <Button size="xs" variant="default" onClick={() => choose(defaultAsOf())}>
                3 months ago
              </Button>
              <Button size="xs" variant="default" onClick={() => choose(yearBefore())}>
                A year ago
              </Button>
            </Group>
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="comparison-basis-label">
              Basis
            </Text>
            <SegmentedControl
              size="xs"
              aria-labelledby="comparison-basis-label"
              value={state.basis}
              onChange={(basis) => onChange({ basis: basis as RiskBasis })}
              data={RISK_BASES.map((value) => ({ value, label: BASIS_LABELS[value] }))}
            />
          </Stack>
        </Group>
      </Paper>
      {now.error && !now.data ? (
        <ErrorPanel title="The heat map could not be loaded" error={now.error} onRetry={now.reload} />
      ) : then.error && !apiProblem ? (
        <ErrorPanel title="The past heat map could not be loaded" error={then.error} onRetry={then.reload} />
      ) : !usable ? (
        <Text c="dimmed" ta="center" py="xl">
          Pick a day before today to compare with.
        </Text>
      ) : !now.data || !then.data ? (
        <Skeleton height={420} />
      ) : now.data.total + now.data.unscored === 0 ? (
        <NoRisks filtered={isFiltered(state)} />
      ) : (
        <Comparison then={then.data} now={now.data} state={state} matrix={matrix} />
      )}
    </Stack>
  );
}

function Comparison({ then, now, state, matrix }: { then: RiskHeatmapData; now: RiskHeatmapData; state: HeatmapsState; matrix: RiskMatrixInfo }) {
  const [, navigate] = useLocation();
  const comparison = useMemo(() => compareHeatmaps(then, now), [then, now]);
  const date = formatDate(then.asOf);
  const labels = (scale: 'likelihood' | 'impact') => matrix.matrix[scale].map((level) => level.label);
  const deltaOf = (cell: HeatmapCell) => comparison.deltas.get(`${cell.likelihood}:${cell.impact}`) ?? 0;
  const basis = BASIS_LABELS[state.basis].toLowerCase();

  return (
    <Stack gap="md">
      {then.matrixVersion !== now.matrixVersion ? (
        <Alert color="yellow" variant="light" title="The risk matrix changed since then">
          On {date} risks were scored on matrix version {then.matrixVersion}; now on version {now.matrixVersion}.{' '}
          {comparison.comparableCells
            ? 'Cells keep their position; their bands may differ.'
            : 'The grids differ in size, so cells are not compared one to one; the band summary still is.'}
        </Alert>
      ) : null}
      <div className={classes.panels}>
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="comparison-then-title">
          <Title order={3} size="h4" id="comparison-then-title" mb="sm">
            As of {date}
          </Title>
          <RiskHeatmap
            size="lg"
            markAppetite
            grid={then.grid}
            label={`${BASIS_LABELS[state.basis]} heat map as of ${date}`}
            likelihoodLabels={then.matrixVersion === matrix.version ? labels('likelihood') : undefined}
            impactLabels={then.matrixVersion === matrix.version ? labels('impact') : undefined}
          />
          <Text size="xs" c="dimmed" mt="xs">
            {plural(then.total, 'risk')} scored then{then.unscored ? `; ${plural(then.unscored, 'risk')} not assessed on this basis yet (or added since)` : ''}
          </Text>
        </Paper>
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="comparison-now-title">
          <Title order={3} size="h4" id="comparison-now-title" mb="sm">
            Now
          </Title>
          <RiskHeatmap
            size="lg"
            markAppetite
            grid={now.grid}
            label={`${BASIS_LABELS[state.basis]} heat map now`}
            likelihoodLabels={labels('likelihood')}
            impactLabels={labels('impact')}
            onCellClick={(cell) => navigate(registerPathForCell(state, state.basis, cell))}
            describeCell={comparison.comparableCells ? (cell) => changeText(deltaOf(cell), date) : undefined}
            renderCell={
              comparison.comparableCells
                ? (cell) => {
                    const delta = deltaOf(cell);
                    if (cell.count === 0 && delta === 0) return '';
                    return (
                      <span className={classes.cellWithDelta}>
                        <span>{cell.count}</span>
                        {delta !== 0 ? <span className={classes.delta}>{formatDelta(delta)}</span> : null}
                      </span>
                    );
                  }
                : undefined
            }
          />
          <Text size="xs" c="dimmed" mt="xs">
            {plural(now.total, 'risk')} scored now{now.unscored ? `; ${plural(now.unscored, 'risk')} not scored on this basis` : ''}. Small figures: the change
            since {date}.
          </Text>
        </Paper>
      </div>
      <ComparisonSummary comparison={comparison} date={date} basis={basis} />
    </Stack>
  );
}

const changeText = (delta: number, date: string) =>
  delta === 0 ? `no change since ${date}` : `${Math.abs(delta)} ${delta > 0 ? 'more' : 'fewer'} than on ${date}`;
