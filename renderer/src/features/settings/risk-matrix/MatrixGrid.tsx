import { Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { textOn } from '../../risks';
import type { MatrixGridCell } from './draft-grid';
import classes from './MatrixGrid.module.css';

export interface MatrixGridProps {
  /** Highest likelihood first, as drawn. */
  grid: MatrixGridCell[][];
  likelihoodLabels: readonly string[];
  impactLabels: readonly string[];
  /** The accessible name of the grid. */
  label: string;
  /** Makes every cell a button (per-cell band painting). */
  onCellClick?: (cell: MatrixGridCell) => void;
  /** Replaces a cell's score with other content (the score table's inputs). */
  renderCell?: (cell: MatrixGridCell) => ReactNode;
}

const levelName = (level: number, labels: readonly string[]) => (labels[level - 1]?.trim() ? `${level} ${labels[level - 1]!.trim()}` : `${level}`);
const scoreText = (score: number) => (Number.isFinite(score) ? String(score) : '–');

/** What a screen reader reads for a cell: "Likelihood 4 Likely × impact 2 Minor: score 8, Medium". */
export function matrixCellLabel(cell: MatrixGridCell, likelihoodLabels: readonly string[], impactLabels: readonly string[]): string {
  return `Likelihood ${levelName(cell.likelihood, likelihoodLabels)} × impact ${levelName(cell.impact, impactLabels)}: score ${scoreText(cell.score)}, ${cell.band.name}${cell.exceedsAppetite ? ', above appetite' : ''}`;
}

/** A risk matrix drawn in its band colours with each cell's score; cells above the appetite are outlined. */
export function MatrixGrid({ grid, likelihoodLabels, impactLabels, label, onCellClick, renderCell }: MatrixGridProps) {
  const columns = grid[0]?.length ?? 0;
  return (
    <div className={classes.frame}>
      <Text className={classes.axisY} size="xs" c="dimmed" fw={600} aria-hidden>
        Likelihood
      </Text>
      <div className={classes.body}>
        <div
          className={classes.grid}
          role="group"
          aria-label={label}
          style={{
            // Labels take their width first (cut at --label-max), the cells share the rest.
            gridTemplateColumns: `max-content repeat(${columns}, minmax(40px, 140px))`,
            ['--label-max' as string]: columns >= 6 ? '96px' : '140px',
          }}
        >
          {grid.map((row) => (
            <div key={row[0]?.likelihood} className={classes.row}>
              <Text size="xs" c="dimmed" className={classes.rowLabel} title={likelihoodLabels[row[0]!.likelihood - 1]} aria-hidden>
                <span className={classes.level}>{row[0]!.likelihood}</span> {likelihoodLabels[row[0]!.likelihood - 1]}
              </Text>
              {row.map((cell) => {
                const style = { background: cell.band.colour, color: textOn(cell.band.colour) };
                const name = matrixCellLabel(cell, likelihoodLabels, impactLabels);
                // The score table's inputs fill the cell, so the appetite frame would sit on top of them.
                const appetite = (cell.exceedsAppetite && !renderCell) || undefined;
                if (onCellClick) {
                  return (
                    <UnstyledButton
                      key={cell.impact}
                      className={classes.cell}
                      data-appetite={appetite}
                      style={style}
                      aria-label={name}
                      title={name}
                      onClick={() => onCellClick(cell)}
                    >
                      {scoreText(cell.score)}
                    </UnstyledButton>
                  );
                }
                return (
                  <div
                    key={cell.impact}
                    className={classes.cell}
                    data-appetite={appetite}
                    style={style}
                    role={renderCell ? undefined : 'img'}
                    aria-label={renderCell ? undefined : name}
                    title={name}
                  >
                    {renderCell ? renderCell(cell) : scoreText(cell.score)}
                  </div>
                );
              })}
            </div>
          ))}
          <div className={classes.row} aria-hidden>
            <span />
            {grid[0]?.map((cell) => (
              <Text key={cell.impact} size="xs" c="dimmed" ta="center" className={classes.colLabel} title={impactLabels[cell.impact - 1]}>
                <span className={classes.level}>{cell.impact}</span> {impactLabels[cell.impact - 1]}
              </Text>
            ))}
          </div>
        </div>
        <Text size="xs" c="dimmed" fw={600} ta="center" aria-hidden mt={4}>
          Impact
        </Text>
      </div>
    </div>
  );
}
