import { describe, expect, it } from 'vitest';
import { attainmentPercent, breachStreak, resultStatus, statusCounts, warningProblem, worstStatus, type PeriodResult } from './sla-status';
import { defaultTargetLabel, formatMinutes, measurementValueProblem, normaliseTarget, targetProblems, unitMaximum, workloadProblem } from './sla-targets';

describe('result status', () => {
  const availability = { direction: 'higher' as const, target: 99.9, warning: 99.95 };
  const workload = { direction: 'lower' as const, target: 400, warning: 360 };

  it('for higher-is-better: at risk when target ≤ value < warning, on the edges as documented', () => {
    expect(resultStatus(99.96, availability)).toBe('met');
    expect(resultStatus(99.95, availability)).toBe('met'); // exactly on the warning: met
    expect(resultStatus(99.9499, availability)).toBe('at-risk');
    expect(resultStatus(99.9, availability)).toBe('at-risk'); // exactly on the target: met, but amber
    expect(resultStatus(99.8999, availability)).toBe('breached');
    expect(resultStatus(99.9, { ...availability, warning: null })).toBe('met');
    expect(resultStatus(99.89, { ...availability, warning: null })).toBe('breached');
  });

  it('for lower-is-better: at risk when warning < value ≤ target', () => {
    expect(resultStatus(300, workload)).toBe('met');
    expect(resultStatus(360, workload)).toBe('met'); // on the warning
    expect(resultStatus(361, workload)).toBe('at-risk');
    expect(resultStatus(400, workload)).toBe('at-risk'); // on the limit
    expect(resultStatus(401, workload)).toBe('breached');
    expect(resultStatus(400, { ...workload, warning: null })).toBe('met');
    expect(resultStatus(400.5, { ...workload, warning: null })).toBe('breached');
  });

  it('picks the worst and counts statuses', () => {
    expect(worstStatus(['met', 'at-risk', null])).toBe('at-risk');
    expect(worstStatus(['met', 'breached', 'at-risk'])).toBe('breached');
    expect(worstStatus([null, undefined])).toBeNull();
    expect(statusCounts(['met', 'met', 'at-risk', 'breached', null])).toEqual({ met: 2, atRisk: 1, breached: 1 });
  });

  it('wants the warning on the good side of the target', () => {
    expect(warningProblem(availability)).toBeNull();
    expect(warningProblem({ ...availability, warning: 99.9 })).toContain('must be above the target (99.9)');
    expect(warningProblem({ ...availability, warning: 99.5 })).toContain('must be above');
    expect(warningProblem(workload)).toBeNull();
    expect(warningProblem({ ...workload, warning: 420 })).toContain('must be below the target (400)');
    expect(warningProblem({ ...workload, warning: null })).toBeNull();
  });
});

describe('attainment', () => {
  it('is the percentage of tickets within the time', () => {
    expect(attainmentPercent(19, 20)).toBe(95);
    expect(attainmentPercent(2, 3)).toBeCloseTo(66.666667, 6);
    expect(attainmentPercent(20, 20)).toBe(100);
    expect(attainmentPercent(0, 7)).toBe(0);
    expect(attainmentPercent(0, 0)).toBeNull();
  });

  it('refuses impossible counts', () => {
    expect(() => attainmentPercent(21, 20)).toThrow('cannot be more than the 20 tickets');
    expect(() => attainmentPercent(-1, 20)).toThrow(RangeError);
    expect(() => attainmentPercent(1.5, 20)).toThrow(RangeError);
  });
});

describe('breach streak', () => {
  const results = (entries: Array<[string, PeriodResult['status']]>): PeriodResult[] => entries.map(([period, status]) => ({ period, status }));

  it('finds "breached since" for consecutive breached months up to the latest, across a year end', () => {
    expect(
      breachStreak(
        results([
          ['2025-11', 'met'],
          ['2025-12', 'breached'],
          ['2026-01', 'breached'],
          ['2026-02', 'breached'],
        ]),
      ),
    ).toEqual({
      since: '2025-12',
      latest: '2026-02',
      months: 3,
    });
  });

  it('ends the run at a month without a result or with another status; none when the latest is fine', () => {
    expect(
      breachStreak(
        results([
          ['2026-07', 'breached'],
          ['2026-09', 'breached'],
        ]),
      ),
    ).toEqual({ since: '2026-09', latest: '2026-09', months: 1 });
    expect(
      breachStreak(
        results([
          ['2026-07', 'breached'],
          ['2026-08', 'at-risk'],
          ['2026-09', 'breached'],
        ]),
      ),
    ).toMatchObject({ since: '2026-09' });
    expect(
      breachStreak(
        results([
          ['2026-08', 'breached'],
          ['2026-09', 'met'],
        ]),
      ),
    ).toBeNull();
    expect(breachStreak([])).toBeNull();
  });

  it('reads results in any order and only up to a month', () => {
    const shuffled = results([
      ['2026-09', 'met'],
      ['2026-07', 'breached'],
      ['2026-08', 'breached'],
    ]);
    expect(breachStreak(shuffled)).toBeNull();
    expect(breachStreak(shuffled, '2026-08')).toEqual({ since: '2026-07', latest: '2026-08', months: 2 });
  });
});

describe('target rules', () => {
  it('fixes the kind’s settings and fills a default label', () => {
    expect(normaliseTarget({ kind: 'availability', target: 99.9, unit: 'x', direction: 'lower' })).toEqual({
      kind: 'availability',
      label: 'Availability',
      priority: null,
      timeLimitMinutes: null,
      unit: '%',
      direction: 'higher',
      target: 99.9,
      warning: null,
    });
    expect(normaliseTarget({ kind: 'response', priority: 'P1', timeLimitMinutes: 15, target: 95 }).label).toBe('P1 responded to within 15 min');
    expect(normaliseTarget({ kind: 'workload', target: 400 })).toMatchObject({ unit: 'tickets', direction: 'lower', label: 'Workload limit (tickets)' });
    expect(defaultTargetLabel({ kind: 'resolution', priority: 'P2', timeLimitMinutes: 90, unit: '%' })).toBe('P2 resolved within 1 h 30 min');
    expect(formatMinutes(240)).toBe('4 h');
  });

  it('requires a priority and a time limit for response and resolution', () => {
    expect(targetProblems(normaliseTarget({ kind: 'resolution', target: 90 }))).toEqual([
      { field: 'priority', message: 'is required for a resolution target (P1 to P4)' },
      { field: 'timeLimitMinutes', message: 'is required for a resolution target (the time within which a ticket counts as on time)' },
    ]);
  });

  it('keeps percentages from 0 to 100 and scores within their scale', () => {
    expect(targetProblems(normaliseTarget({ kind: 'availability', target: 100.1 }))).toEqual([
      { field: 'target', message: 'must be a percentage from 0 to 100' },
    ]);
    expect(targetProblems(normaliseTarget({ kind: 'availability', target: 99.9, warning: 101 }))).toEqual([
      { field: 'warning', message: 'must be a percentage from 0 to 100' },
    ]);
    expect(targetProblems(normaliseTarget({ kind: 'custom', label: 'CSAT', unit: '/5', target: 6 }))).toEqual([
      { field: 'target', message: 'must be from 0 to 5' },
    ]);
    expect(targetProblems(normaliseTarget({ kind: 'custom', label: 'CSAT', unit: '/5', target: 4.2, warning: 4.4 }))).toEqual([]);
  });

  it('needs a unit for a custom measure, a maximum for a workload limit, and the warning on the right side', () => {
    expect(targetProblems(normaliseTarget({ kind: 'custom', label: 'Backups', target: 99 }))).toEqual([
      { field: 'unit', message: 'is required for a custom measure (e.g. %, /5, tickets)' },
    ]);
    expect(targetProblems(normaliseTarget({ kind: 'workload', target: 400, direction: 'higher' }))).toEqual([
      { field: 'direction', message: 'must be lower: a workload limit is a maximum' },
    ]);
    expect(targetProblems(normaliseTarget({ kind: 'workload', target: -1 }))).toEqual([{ field: 'target', message: 'cannot be negative' }]);
    expect(targetProblems(normaliseTarget({ kind: 'availability', target: 99.9, warning: 99.8 }))).toEqual([
      { field: 'warning', message: 'must be above the target (99.9): for a higher-is-better target the warning comes before the breach' },
    ]);
    expect(targetProblems(normaliseTarget({ kind: 'custom', label: 'Minutes to answer', unit: 'min', direction: 'lower', target: 5, warning: 4 }))).toEqual([]);
  });

  it('checks measured values against the unit', () => {
    expect(unitMaximum('%')).toBe(100);
    expect(unitMaximum('/5')).toBe(5);
    expect(unitMaximum('tickets')).toBeNull();
    expect(measurementValueProblem({ kind: 'availability', unit: '%' }, 104)).toBe('104 is not a percentage from 0 to 100');
    expect(measurementValueProblem({ kind: 'availability', unit: '%' }, -0.1)).toBe('-0.1 is not a percentage from 0 to 100');
    expect(measurementValueProblem({ kind: 'availability', unit: '%' }, 100)).toBeNull();
    expect(measurementValueProblem({ kind: 'custom', unit: '/5' }, 5.5)).toBe('5.5 is not from 0 to 5');
    expect(measurementValueProblem({ kind: 'workload', unit: 'tickets' }, -3)).toBe('cannot be negative');
    expect(measurementValueProblem({ kind: 'custom', unit: '°C' }, -3)).toBeNull();
    expect(measurementValueProblem({ kind: 'custom', unit: '°C' }, Number.NaN)).toBe('must be a number');
    expect(workloadProblem(-1)).toBe('cannot be negative');
    expect(workloadProblem(12)).toBeNull();
  });
});
