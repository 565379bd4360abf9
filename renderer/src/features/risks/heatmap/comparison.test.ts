import { describe, expect, it } from 'vitest';
import type { RiskHeatmap } from '../../../../../shared/api/risks-api';
import { DEFAULT_RISK_MATRIX, cellKey, heatmapGrid, type RiskMatrix } from '../../../../../shared/domain/risk-matrix';
import { compareHeatmaps, formatDelta } from './comparison';

function map(counts: Array<[number, number, number]>, matrix: RiskMatrix = DEFAULT_RISK_MATRIX): RiskHeatmap {
  const grid = heatmapGrid(matrix, new Map(counts.map(([l, i, n]) => [cellKey(l, i), n])));
  return { basis: 'residual', asOf: null, matrixVersion: 1, grid, total: counts.reduce((sum, [, , n]) => sum + n, 0), unscored: 0 };
}

describe('compareHeatmaps', () => {
  it('gives per-cell deltas and the change per band and above appetite', () => {
    const then = map([
      [5, 5, 3],
      [4, 4, 1],
      [2, 2, 2],
    ]);
    const now = map([
      [5, 5, 1],
      [2, 3, 4],
      [2, 2, 2],
    ]);
    const comparison = compareHeatmaps(then, now);
    expect(comparison.comparableCells).toBe(true);
    expect(comparison.deltas.get('5:5')).toBe(-2);
    expect(comparison.deltas.get('4:4')).toBe(-1);
    expect(comparison.deltas.get('2:3')).toBe(4);
    expect(comparison.deltas.get('2:2')).toBe(0);
    expect(comparison.deltas.get('1:1')).toBe(0);
    expect(comparison.bands.map((b) => `${b.name} ${b.then}→${b.now} (${b.delta})`)).toEqual([
      'Critical 3→1 (-2)',
      'High 1→0 (-1)',
      'Medium 0→4 (4)', // 2 × 3 = 6
      'Low 2→2 (0)',
    ]);
    expect(comparison.bands.map((b) => b.aboveAppetite)).toEqual([true, true, false, false]);
    // The default appetite is Medium: High and Critical cells are above it.
    expect(comparison.aboveAppetite).toEqual({ then: 4, now: 1, delta: -3 });
    expect(comparison.scored).toEqual({ then: 6, now: 7, delta: 1 });
  });

  it('does not compare cells when the matrix changed size between the dates', () => {
    const small: RiskMatrix = { ...DEFAULT_RISK_MATRIX, likelihood: DEFAULT_RISK_MATRIX.likelihood.slice(0, 4) };
    const comparison = compareHeatmaps(map([[4, 4, 1]], small), map([[5, 5, 1]]));
    expect(comparison.comparableCells).toBe(false);
    expect(comparison.deltas.size).toBe(0);
    expect(comparison.bands.find((b) => b.name === 'Critical')).toMatchObject({ then: 0, now: 1 });
  });
});

describe('formatDelta', () => {
  it('signs changes with a real minus', () => {
    expect(formatDelta(3)).toBe('+3');
    expect(formatDelta(-2)).toBe('\u22122');
    expect(formatDelta(0)).toBe('0');
  });
});
