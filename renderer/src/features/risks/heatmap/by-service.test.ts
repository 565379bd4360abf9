import { describe, expect, it } from 'vitest';
import { sortServices, worstBand, type ServiceRiskRow } from './by-service';

const row = (code: string, byBand: number[], aboveAppetite = 0, unscored = 0): ServiceRiskRow => ({
  id: Number(code.slice(4)),
  code,
  name: code,
  byBand,
  aboveAppetite,
  unscored,
  total: byBand.reduce((sum, n) => sum + n, unscored),
});

// Bands lowest first: Low, Medium, High, Critical.
const rows = [
  row('SVC-010', [9, 9, 0, 0]),
  row('SVC-002', [0, 0, 5, 0], 5),
  row('SVC-003', [0, 0, 0, 1], 1),
  row('SVC-001', [1, 0, 5, 0], 5),
  row('SVC-004', [0, 0, 0, 0], 0, 2),
];
const codes = (sorted: ServiceRiskRow[]) => sorted.map((r) => r.code);

describe('sortServices', () => {
  it('puts the worst first: one critical risk outranks many high ones; ties by total, then code', () => {
    expect(codes(sortServices(rows, 'worst'))).toEqual(['SVC-003', 'SVC-001', 'SVC-002', 'SVC-010', 'SVC-004']);
  });

  it('sorts by risks above appetite, by total and by code', () => {
    expect(codes(sortServices(rows, 'above'))).toEqual(['SVC-001', 'SVC-002', 'SVC-003', 'SVC-010', 'SVC-004']);
    expect(codes(sortServices(rows, 'total'))).toEqual(['SVC-010', 'SVC-001', 'SVC-002', 'SVC-004', 'SVC-003']);
    expect(codes(sortServices(rows, 'code'))).toEqual(['SVC-001', 'SVC-002', 'SVC-003', 'SVC-004', 'SVC-010']);
  });

  it('does not change the list it is given', () => {
    const copy = [...rows];
    sortServices(rows, 'code');
    expect(rows).toEqual(copy);
  });
});

describe('worstBand', () => {
  it('is the highest band with a risk, or -1', () => {
    expect(worstBand(rows[0]!)).toBe(1);
    expect(worstBand(rows[2]!)).toBe(3);
    expect(worstBand(rows[4]!)).toBe(-1);
  });
});
