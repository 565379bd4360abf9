import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_MATRIX, heatmapGrid } from '../../../../../shared/domain/risk-matrix';
import { biggestMovements, strokeWidthFor, summariseMovement } from './movement';

const grid = heatmapGrid(DEFAULT_RISK_MATRIX);
const at = (likelihood: number, impact: number) => ({ likelihood, impact });

describe('summariseMovement', () => {
  it('makes one arrow per from → to pair, adding counts, and rings for risks that stay', () => {
    const summary = summariseMovement(
      [
        { from: at(5, 5), to: at(2, 3), count: 3 },
        { from: at(4, 4), to: at(4, 4), count: 2 },
        { from: at(5, 5), to: at(2, 3), count: 1 }, // the same pair again: one arrow of 4
        { from: at(2, 2), to: at(3, 2), count: 1 }, // worse after controls
        { from: at(4, 2), to: at(2, 4), count: 1 }, // a different cell, same score: unchanged
        { from: at(1, 1), to: at(1, 2), count: 0 }, // nothing to draw
      ],
      grid,
    );
    expect(summary.arrows.map((a) => `${a.from.likelihood}${a.from.impact}>${a.to.likelihood}${a.to.impact}:${a.count}:${a.scoreChange}`)).toEqual([
      '55>23:4:-19',
      '42>24:1:0',
      '22>32:1:2',
    ]);
    expect(summary.arrows[0]).toMatchObject({ fromBand: 'Critical', toBand: 'Medium', width: 9 });
    expect(summary.arrows[2]!.width).toBe(2);
    expect(summary.stays).toEqual([{ at: at(4, 4), count: 2, band: 'High' }]);
    expect(summary).toMatchObject({ lowered: 4, raised: 1, unchanged: 3, total: 8 });
  });

  it('has nothing to draw without moves', () => {
    expect(summariseMovement([], grid)).toEqual({ arrows: [], stays: [], lowered: 0, raised: 0, unchanged: 0, total: 0 });
  });
});

describe('strokeWidthFor', () => {
  it('grows from 2 for one risk to 9 for the largest flow', () => {
    expect(strokeWidthFor(1, 1)).toBe(2);
    expect(strokeWidthFor(1, 10)).toBe(2);
    expect(strokeWidthFor(10, 10)).toBe(9);
    expect(strokeWidthFor(4, 7)).toBe(5.5);
  });
});

describe('biggestMovements', () => {
  it('lists the largest score changes first, up or down, then the most risks', () => {
    const { arrows } = summariseMovement(
      [
        { from: at(3, 3), to: at(2, 3), count: 9 }, // −3
        { from: at(5, 5), to: at(3, 3), count: 1 }, // −16
        { from: at(2, 2), to: at(5, 4), count: 1 }, // +16
        { from: at(4, 4), to: at(3, 3), count: 2 }, // −7
      ],
      grid,
    );
    expect(biggestMovements(arrows, 3).map((a) => a.scoreChange)).toEqual([-16, 16, -7]);
  });
});
