import { describe, expect, it } from 'vitest';
import {
  addPeriods,
  daysInPeriod,
  isPeriod,
  lastCompletePeriod,
  lastPeriods,
  monthsBetween,
  parsePeriod,
  periodBounds,
  periodOf,
  periodRange,
} from './sla-periods';

describe('SLA periods', () => {
  it('knows month lengths of 28, 29, 30 and 31 days', () => {
    expect(daysInPeriod('2026-02')).toBe(28);
    expect(daysInPeriod('2028-02')).toBe(29);
    expect(daysInPeriod('2000-02')).toBe(29);
    expect(daysInPeriod('2100-02')).toBe(28);
    expect(daysInPeriod('2026-04')).toBe(30);
    expect(daysInPeriod('2026-01')).toBe(31);
    expect(daysInPeriod('2026-12')).toBe(31);
  });

  it('gives half-open bounds that run into the next month and year', () => {
    expect(periodBounds('2026-01')).toEqual({ start: '2026-01-01', end: '2026-02-01', days: 31 });
    expect(periodBounds('2026-12')).toEqual({ start: '2026-12-01', end: '2027-01-01', days: 31 });
    expect(periodBounds('2028-02')).toEqual({ start: '2028-02-01', end: '2028-03-01', days: 29 });
  });

  it('moves across years, lists ranges and counts months between', () => {
    expect(addPeriods('2026-01', -1)).toBe('2025-12');
    expect(addPeriods('2025-11', 14)).toBe('2027-01');
    expect(periodRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodRange('2026-02', '2026-01')).toEqual([]);
    expect(monthsBetween('2025-11', '2026-02')).toBe(3);
    expect(monthsBetween('2026-02', '2025-11')).toBe(-3);
    expect(lastPeriods('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(lastPeriods('2026-10', 12)).toHaveLength(12);
  });

  it('finds the month of a date and the last complete month', () => {
    expect(periodOf('2026-03-31')).toBe('2026-03');
    expect(lastCompletePeriod('2026-11-24')).toBe('2026-10');
    expect(lastCompletePeriod('2026-01-01')).toBe('2025-12');
  });

  it('validates the YYYY-MM form', () => {
    expect(isPeriod('2026-03')).toBe(true);
    for (const bad of ['2026-13', '2026-00', '2026-3', '26-03', '2026-03-01', '1800-01', '']) expect(isPeriod(bad), bad).toBe(false);
    expect(() => addPeriods('2026-13', 1)).toThrow(RangeError);
  });

  it('reads months as spreadsheets write them', () => {
    const cases: Array<[string, string | null]> = [
      ['2026-03', '2026-03'],
      ['2026-3', '2026-03'],
      ['2026/03', '2026-03'],
      ['03/2026', '2026-03'],
      ['3.2026', '2026-03'],
      ['Mar 2026', '2026-03'],
      ['march 2026', '2026-03'],
      ['Sept 2026', '2026-09'],
      ['Sep-2026', '2026-09'],
      ['2026 Dec', '2026-12'],
      ['2026-03-31', '2026-03'],
      ['31/03/2026', '2026-03'],
      ['2026-03-15T10:00:00', '2026-03'],
      ['13/2026', null],
      ['Smarch 2026', null],
      ['2026-02-30', null],
      ['soon', null],
      ['', null],
    ];
    for (const [text, expected] of cases) expect(parsePeriod(text), text).toBe(expected);
  });
});
