import { Group, Text } from '@mantine/core';
import { useState } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { RiskAssessment } from '../../../../../shared/api/risks-api';
import { allScores, type RiskMatrix } from '../../../../../shared/domain/risk-matrix';
import { formatDate, formatDateTime } from '../../../lib/format';
import { bandAreas, historyPoints, matrixChanges, scoreWithBand, splitByVersion, versionKey, type HistoryPoint } from './history-points';
import { useElementWidth } from '../../../lib/use-element-width';
import { appNow } from '../../../lib/app-clock';

const SERIES = [
  { key: 'inherent', label: 'Inherent', colour: 'var(--mantine-color-gray-6)', dash: '5 4', width: 1.5 },
  { key: 'residual', label: 'Residual', colour: 'var(--mantine-color-blue-6)', dash: undefined, width: 2.5 },
  { key: 'target', label: 'Target', colour: 'var(--mantine-color-teal-6)', dash: '2 3', width: 1.5 },
] as const;

interface ScoreHistoryChartProps {
  assessments: RiskAssessment[];
  matrix: RiskMatrix;
  height?: number;
}

/**
 * Inherent, residual and target scores over time, over the bands of the current matrix. Steps,
 * not slopes: a score holds until the next assessment changes it.
 */
export function ScoreHistoryChart({ assessments, matrix, height = 240 }: ScoreHistoryChartProps) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  // When the page opened: the right end of a time axis.
  const [now] = useState(() => appNow().getTime());
  const assessed = historyPoints(assessments);
  const single = assessed.length === 1;
  // Assessments made within days of each other would bunch up on a time axis (a risk scored and
  // re-scored the same morning): then they are spaced evenly, labelled with their time, and joined
  // by slopes. On a time axis, steps: a score holds until the next assessment, and on to today.
  const ordinal = !single && assessed[assessed.length - 1]!.at - assessed[0]!.at < 7 * 86_400_000;
  const points = ordinal || single ? assessed : historyPoints(assessments, now);
  // Scores of two matrix versions are not on one scale (a 4×4's 16 is its top, a 5×5's 16 is not):
  // each version gets its own lines, and the change is marked where it happened.
  const changes = matrixChanges(points);
  const versions = [...new Set(points.map((point) => point.version))];
  const data = splitByVersion(points);
  const areas = bandAreas(matrix);
  const top = Math.max(...allScores(matrix), ...data.flatMap((point) => [point.inherent ?? 0, point.residual ?? 0, point.target ?? 0]));
  const shown = SERIES.filter((series) => data.some((point) => point[series.key] !== null));
  const lines = shown.flatMap((series) =>
    versions
      .filter((version) => data.some((point) => point.version === version && point[series.key] !== null))
      .map((version) => ({
        ...series,
        dataKey: `values.${versionKey(series.key, version)}`,
        name: versions.length > 1 ? `${series.label} (matrix v${version})` : series.label,
        version,
      })),
  );
  // Ticks at the band thresholds, so the axis reads in the matrix's own terms.
  const ticks = areas.length ? [...new Set([0, ...areas.map((area) => area.from), top])] : undefined;

  return (
    <div>
      <div
        ref={ref}
        style={{ width: '100%', height }}
        role="img"
        aria-label={`Score history: ${assessments.length} ${assessments.length === 1 ? 'assessment' : 'assessments'}`}
      >
        {width > 0 && (
          <LineChart width={width} height={height} data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            {areas.map((area) => (
              <ReferenceArea key={area.name} y1={area.from} y2={area.to} fill={area.colour} fillOpacity={0.12} stroke="none" ifOverflow="hidden" />
            ))}
            <CartesianGrid strokeDasharray="3 3" vertical={false} strokeOpacity={0.5} />
            {ordinal ? (
              <XAxis
                dataKey="at"
                type="category"
                tickFormatter={(value: number) => formatDateTime(new Date(value).toISOString())}
                tick={{ fontSize: 11, fill: 'var(--mantine-color-dimmed)' }}
                minTickGap={40}
                padding={{ left: 24, right: 24 }}
              />
            ) : (
              <XAxis
                dataKey="at"
                type="number"
                scale="time"
                // One assessment alone would sit on an axis of zero width: give it a day either side.
                domain={single ? [data[0]!.at - 86_400_000, data[0]!.at + 86_400_000] : ['dataMin', 'dataMax']}
                tickFormatter={(value: number) => formatDate(new Date(value).toISOString())}
                tick={{ fontSize: 11, fill: 'var(--mantine-color-dimmed)' }}
                minTickGap={40}
              />
            )}
            <YAxis domain={[0, top]} ticks={ticks} allowDecimals={false} tick={{ fontSize: 11, fill: 'var(--mantine-color-dimmed)' }} width={32} />
            <Tooltip
              labelFormatter={(value) => (ordinal ? formatDateTime : formatDate)(new Date(Number(value)).toISOString())}
              formatter={(value, name, item) => {
                const point = (item as { payload?: HistoryPoint }).payload;
                const key = SERIES.find((series) => String(name).startsWith(series.label))?.key;
                return [point && key ? scoreWithBand(point, key) : String(value), name];
              }}
              contentStyle={{ background: 'var(--mantine-color-body)', borderColor: 'var(--mantine-color-default-border)', fontSize: 12 }}
            />
            {changes.map((change) => (
              <ReferenceLine
                key={change.at}
                x={change.at}
                stroke="var(--mantine-color-violet-6)"
                strokeDasharray="4 3"
                label={{
                  value: `Matrix v${change.fromVersion} → v${change.toVersion}`,
                  position: 'insideTopRight',
                  fontSize: 11,
                  fill: 'var(--mantine-color-violet-7)',
                }}
              />
            ))}
            {lines.map((series) => (
              <Line
                key={series.dataKey}
                type={ordinal ? 'linear' : 'stepAfter'}
                dataKey={series.dataKey}
                name={series.name}
                // The older version's lines fade: they are read on the old matrix's scale.
                strokeOpacity={series.version === versions.at(-1) ? 1 : 0.45}
                stroke={series.colour}
                strokeWidth={series.width}
                strokeDasharray={series.dash}
                dot={(props: { cx?: number; cy?: number; index?: number; payload?: HistoryPoint }) =>
                  // No dot where nothing was assessed (the carried point at today).
                  props.payload?.carried || props.cx === undefined || props.cy === undefined ? (
                    <g key={`none-${props.index}`} />
                  ) : (
                    <circle key={`dot-${props.index}`} cx={props.cx} cy={props.cy} r={series.key === 'residual' ? 3 : 2} fill={series.colour} />
                  )
                }
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        )}
      </div>
      {changes.length > 0 && (
        <Text size="xs" c="violet.7" mt={4} role="note">
          The risk matrix changed on{' '}
          {changes.map((change) => `${formatDate(new Date(change.at).toISOString())} (v${change.fromVersion} → v${change.toVersion})`).join(', ')}: scores
          before and after are on different scales, so the lines are split there and a drop at the marker is the re-mapping, not a change in the risk. Earlier
          lines are faded.
        </Text>
      )}
      <Group gap="md" mt={4} justify="space-between" wrap="wrap">
        <Group gap="md" aria-label="Lines">
          {shown.map((series) => (
            <Group key={series.key} gap={6} wrap="nowrap">
              <svg width="22" height="8" aria-hidden>
                <line x1="0" y1="4" x2="22" y2="4" stroke={series.colour} strokeWidth={series.width + 0.5} strokeDasharray={series.dash} />
              </svg>
              <Text size="xs">{series.label}</Text>
            </Group>
          ))}
        </Group>
        {areas.length > 0 && (
          <Group gap="sm" aria-label="Bands">
            {areas.map((area) => (
              <Group key={area.name} gap={4} wrap="nowrap">
                <span style={{ width: 10, height: 10, borderRadius: 2, background: area.colour, display: 'inline-block' }} aria-hidden />
                <Text size="xs" c="dimmed">
                  {area.name} {area.from === 0 ? `≤ ${area.to - 1}` : `${area.from}+`}
                </Text>
              </Group>
            ))}
          </Group>
        )}
      </Group>
    </div>
  );
}
