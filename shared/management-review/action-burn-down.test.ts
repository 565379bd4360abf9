import { describe, expect, it } from 'vitest';
import { compileActionBurnDown, type BurnDownActionRow } from './action-burn-down';

const rows: BurnDownActionRow[] = [
  { raisedOn: '2026-08-20', closedOn: null, status: 'open' }, // carried into the period
  { raisedOn: '2026-09-10', closedOn: '2026-10-07', status: 'done' }, // carried in, done in week 2
  { raisedOn: '2026-10-02', closedOn: null, status: 'in_progress' }, // raised in week 1
  { raisedOn: '2026-10-05', closedOn: '2026-10-20', status: 'cancelled' }, // raised week 2, cancelled week 4: closes, not done
  { raisedOn: '2026-07-01', closedOn: '2026-09-01', status: 'done' }, // finished before the period
];

describe('action burn-down of management review decisions', () => {
  it('counts raised and done per week of a quarter and what stayed open, stopping at the as-of date', () => {
    const burn = compileActionBurnDown(rows, { from: '2026-10-01', to: '2026-12-31' }, '2026-10-21');
    expect(burn.unit).toBe('week');
    expect(burn.openAtStart).toBe(2);
    expect(burn.points.map((p) => [p.from, p.to, p.label, p.raised, p.done, p.open])).toEqual([
      ['2026-10-01', '2026-10-04', '1 Oct', 1, 0, 3],
      ['2026-10-05', '2026-10-11', '5 Oct', 1, 1, 3],
      ['2026-10-12', '2026-10-18', '12 Oct', 0, 0, 3],
      ['2026-10-19', '2026-10-21', '19 Oct', 0, 0, 2],
    ]);
  });

  it('goes by month over a year, a whole period when it is over', () => {
    const burn = compileActionBurnDown(rows, { from: '2026-01-01', to: '2026-12-31' }, '2027-02-01');
    expect(burn.unit).toBe('month');
    expect(burn.points).toHaveLength(12);
    expect(burn.points[1]).toMatchObject({ from: '2026-02-01', to: '2026-02-28', label: 'Feb 2026' });
    expect(burn.points.map((p) => p.raised)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 0, 0]);
    expect(burn.points.map((p) => p.done)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0]);
    expect(burn.points.map((p) => p.open)).toEqual([0, 0, 0, 0, 0, 0, 1, 2, 2, 2, 2, 2]);
  });

  it('has no points for a period that has not started, and none open without actions', () => {
    expect(compileActionBurnDown(rows, { from: '2027-01-01', to: '2027-03-31' }, '2026-11-24')).toEqual({ unit: 'week', openAtStart: 2, points: [] });
    expect(compileActionBurnDown([], { from: '2026-10-01', to: '2026-10-31' }, '2026-11-24').points.every((p) => p.open === 0 && p.raised === 0)).toBe(true);
  });
});
