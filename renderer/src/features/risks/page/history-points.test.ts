import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_MATRIX, type RiskMatrix } from '../../../../../shared/domain/risk-matrix';
import { assessment, scored } from '../common/test-fixtures';
import { bandAreas, historyPoints, matrixChanges, scoreWithBand, splitByVersion } from './history-points';

describe('score history points', () => {
  it('gives one point per assessment and carries the latest scores on to now', () => {
    const history = [
      assessment({ id: 1, assessedAt: '2026-01-01T12:00:00.000Z', target: null }),
      assessment({ id: 2, assessedAt: '2026-03-01T12:00:00.000Z', residual: scored(1, 2), target: scored(1, 1) }),
    ];
    const now = Date.parse('2026-04-01T00:00:00.000Z');
    const points = historyPoints(history, now);
    expect(points.map(({ bands: _bands, version: _version, ...point }) => point)).toEqual([
      { at: Date.parse('2026-01-01T12:00:00.000Z'), inherent: 16, residual: 9, target: null },
      { at: Date.parse('2026-03-01T12:00:00.000Z'), inherent: 16, residual: 2, target: 1 },
      { at: now, inherent: 16, residual: 2, target: 1, carried: true },
    ]);
    // The tooltip names the band each score had on the matrix of its assessment.
    expect(scoreWithBand(points[0]!, 'inherent')).toBe('16 · High');
    expect(scoreWithBand(points[1]!, 'residual')).toBe('2 · Low');
    expect(scoreWithBand(points[0]!, 'target')).toBe('—');
    expect(historyPoints(history)).toHaveLength(2);
    expect(historyPoints([], now)).toEqual([]);
  });

  it('shades the score range of each threshold band, and nothing when bands are set per cell', () => {
    expect(bandAreas(DEFAULT_RISK_MATRIX)).toEqual([
      { name: 'Low', colour: '#2f9e44', from: 0, to: 5 },
      { name: 'Medium', colour: '#f59f00', from: 5, to: 10 },
      { name: 'High', colour: '#e8590c', from: 10, to: 20 },
      { name: 'Critical', colour: '#c92a2a', from: 20, to: 25 },
    ]);
    const perCell: RiskMatrix = {
      ...DEFAULT_RISK_MATRIX,
      banding: {
        mode: 'cell',
        bands: [
          { name: 'Low', colour: '#2f9e44' },
          { name: 'High', colour: '#c92a2a' },
        ],
        cells: DEFAULT_RISK_MATRIX.likelihood.map(() => DEFAULT_RISK_MATRIX.impact.map(() => 'Low')),
      },
      appetite: { kind: 'band', band: 'Low' },
    };
    expect(bandAreas(perCell)).toEqual([]);
  });

  // Before: a 5×5 "16" and a 4×4 "16" were one line, which "dropped" on the day of the matrix change.
  it('marks a matrix change and never joins scores of two matrix versions in one line', () => {
    const history = [
      assessment({ id: 1, assessedAt: '2026-01-01T12:00:00.000Z', matrixVersion: 1 }),
      assessment({ id: 2, assessedAt: '2026-05-01T12:00:00.000Z', matrixVersion: 2, kind: 'remap', residual: scored(2, 2) }),
    ];
    const points = historyPoints(history, Date.parse('2026-06-01T00:00:00.000Z'));
    expect(matrixChanges(points)).toEqual([{ at: Date.parse('2026-05-01T12:00:00.000Z'), fromVersion: 1, toVersion: 2 }]);
    const split = splitByVersion(points);
    expect(split.map((point) => [point.values['residual@v1'] ?? null, point.values['residual@v2'] ?? null])).toEqual([
      [9, null],
      [null, 4],
      [null, 4],
    ]);
  });
});
