import { SegmentedControl, Stack, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import type { HeatmapCell, RiskBasis } from '../../../../../shared/domain/risk-matrix';
import classes from './RiskHeatmap.module.css';

export const BASIS_LABELS: Record<RiskBasis, string> = { inherent: 'Inherent', residual: 'Residual', target: 'Target' };

export interface RiskHeatmapProps {
  /** Highest likelihood first, as drawn (from `risks.heatmap`, `dashboard.summary` or `riskMatrix.get`). */
  grid: HeatmapCell[][];
  /** Scale labels, lowest level first; numbers are shown while they are not known. */
  likelihoodLabels?: readonly string[];
  impactLabels?: readonly string[];
  /** Shows the basis switch when `onBasisChange` is given. */
  basis?: RiskBasis;
  onBasisChange?: (basis: RiskBasis) => void;
  onCellClick?: (cell: HeatmapCell) => void;
  /** The cell filtering the register, marked as pressed. */
  selected?: { likelihood: number; impact: number } | null;
  /** The accessible name of the grid. */
  label?: string;
  /** `lg`: the heat-maps screen's bigger cells and labels. */
  size?: 'md' | 'lg';
  /** Outlines the cells above the appetite (explained by the band legend next to it). */
  markAppetite?: boolean;
  /** What a cell shows instead of its count (e.g. the count and a delta). */
  renderCell?: (cell: HeatmapCell) => ReactNode;
  /** Said after the cell's own label by screen readers (e.g. "2 more than on 1 Aug"). */
  describeCell?: (cell: HeatmapCell) => string | null;
}

/** Black or white text, whichever reads better on a band colour. */
export function textOn(colour: string): string {
  const value = Number.parseInt(colour.slice(1), 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b > 160 ? '#1a1b1e' : '#ffffff';
}

const levelName = (level: number, labels?: readonly string[]) => (labels?.[level - 1] ? `${level} ${labels[level - 1]}` : `${level}`);

/** The label a screen reader reads for a cell: "Likelihood 4 Likely, impact 5 Severe: 7 risks". */
export function cellLabel(cell: HeatmapCell, likelihoodLabels?: readonly string[], impactLabels?: readonly string[]): string {
  return `Likelihood ${levelName(cell.likelihood, likelihoodLabels)}, impact ${levelName(cell.impact, impactLabels)}: ${cell.count} ${cell.count === 1 ? 'risk' : 'risks'}`;
}

/** The likelihood × impact grid in the matrix's band colours, with the number of risks per cell. */
export function RiskHeatmap({
  grid,
  likelihoodLabels,
  impactLabels,
  basis,
  onBasisChange,
  onCellClick,
  selected,
  label = 'Risk heat map',
  size = 'md',
  markAppetite = false,
  renderCell,
  describeCell,
}: RiskHeatmapProps) {
  const columns = grid[0]?.length ?? 0;
  const minColumn = size === 'lg' ? 56 : 36;
  return (
    <Stack gap="xs">
      {onBasisChange && basis ? (
        <SegmentedControl
          size="xs"
          aria-label="Heat map basis"
          value={basis}
          onChange={(value) => onBasisChange(value as RiskBasis)}
          data={(['inherent', 'residual', 'target'] as const).map((value) => ({ value, label: BASIS_LABELS[value] }))}
        />
      ) : null}
      <div className={classes.frame} data-size={size}>
        <Text className={classes.axisY} size="xs" c="dimmed" fw={600} aria-hidden>
          Likelihood
        </Text>
        <div className={classes.grid} role="group" aria-label={label} style={{ gridTemplateColumns: `auto repeat(${columns}, minmax(${minColumn}px, 1fr))` }}>
          {grid.map((row) => (
            <div key={row[0]?.likelihood} className={classes.row}>
              <Text size={size === 'lg' ? 'sm' : 'xs'} c="dimmed" className={classes.rowLabel} title={likelihoodLabels?.[row[0]!.likelihood - 1]} aria-hidden>
                {likelihoodLabels?.[row[0]!.likelihood - 1] ?? row[0]!.likelihood}
              </Text>
              {row.map((cell) => {
                const pressed = selected ? selected.likelihood === cell.likelihood && selected.impact === cell.impact : undefined;
                const more = describeCell?.(cell);
                const shared = {
                  className: classes.cell,
                  'data-empty': cell.count === 0 || undefined,
                  'data-appetite': cell.exceedsAppetite || undefined,
                  'data-mark-appetite': (markAppetite && cell.exceedsAppetite) || undefined,
                  'aria-label': more ? `${cellLabel(cell, likelihoodLabels, impactLabels)}, ${more}` : cellLabel(cell, likelihoodLabels, impactLabels),
                  title: `${cell.band.name} (score ${cell.score})`,
                  style: { background: cell.band.colour, color: textOn(cell.band.colour) },
                };
                const content = renderCell ? renderCell(cell) : cell.count > 0 ? cell.count : '';
                // A grid nobody can click (a past date) has no buttons: keyboard users are not walked through 25 dead stops.
                if (!onCellClick) {
                  return (
                    <div key={cell.impact} role="img" data-static {...shared}>
                      {content}
                    </div>
                  );
                }
                return (
                  <UnstyledButton key={cell.impact} {...shared} data-selected={pressed || undefined} aria-pressed={pressed} onClick={() => onCellClick(cell)}>
                    {content}
                  </UnstyledButton>
                );
              })}
            </div>
          ))}
          <div className={classes.row} aria-hidden>
            <span />
            {grid[0]?.map((cell) => (
              <Text
                key={cell.impact}
                size={size === 'lg' ? 'sm' : 'xs'}
                c="dimmed"
                ta="center"
                className={classes.colLabel}
                title={impactLabels?.[cell.impact - 1]}
              >
                {impactLabels?.[cell.impact - 1] ?? cell.impact}
              </Text>
            ))}
          </div>
        </div>
      </div>
      <Text size="xs" c="dimmed" fw={600} ta="center" aria-hidden>
        Impact
      </Text>
    </Stack>
  );
}
