import { describe, expect, it } from 'vitest';
import { defaultAsOf, heatmapsFilter, heatmapsPath, parseHeatmaps, quarterStart, yearBefore } from './heatmaps-query';
import { registerPathForCell } from './register-link';

describe('the heat maps address', () => {
  it('reads every part of the state and writes it back the same', () => {
    const path = '/risks/heatmaps?view=comparison&basis=target&asOf=2026-06-30&status=treating,monitored&owner=3,4&category=Security&service=7&inherited=1';
    const state = parseHeatmaps(path.split('?')[1]!);
    expect(state).toEqual({
      view: 'comparison',
      basis: 'target',
      to: 'residual',
      asOf: '2026-06-30',
      statuses: ['treating', 'monitored'],
      ownerIds: [3, 4],
      categories: ['Security'],
      serviceIds: [7],
      inherited: true,
    });
    expect(heatmapsPath(state)).toBe(path);
    expect(heatmapsFilter(state)).toEqual({ statuses: ['treating', 'monitored'], ownerIds: [3, 4], categories: ['Security'], serviceIds: [7] });
  });

  it('falls back to the defaults for anything unknown, and leaves defaults out of the address', () => {
    const state = parseHeatmaps('view=pie&basis=gut&to=moon&asOf=30/06/2026&status=lost&owner=x,-1');
    expect(state).toEqual({
      view: 'grid',
      basis: 'residual',
      to: 'residual',
      asOf: null,
      statuses: [],
      ownerIds: [],
      categories: [],
      serviceIds: [],
      inherited: false,
    });
    expect(heatmapsPath(state)).toBe('/risks/heatmaps');
  });

  it('opens the register at a cell with the same filters, the service included', () => {
    const state = parseHeatmaps('status=treating&owner=3&category=Security&service=7');
    expect(registerPathForCell(state, 'inherent', { likelihood: 4, impact: 5 })).toBe(
      '/risks?status=treating&owner=3&service=7&category=Security&cell=inherent:4:5&basis=inherent',
    );
  });
});

describe('comparison dates', () => {
  const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
  it('defaults to three months ago, on the month’s last day when it is shorter', () => {
    expect(defaultAsOf(at('2026-11-24'))).toBe('2026-08-24');
    expect(defaultAsOf(at('2026-05-31'))).toBe('2026-02-28');
    expect(defaultAsOf(at('2026-02-15'))).toBe('2025-11-15');
  });

  it('knows the start of the quarter and the same day a year before', () => {
    expect(quarterStart(at('2026-11-24'))).toBe('2026-10-01');
    expect(quarterStart(at('2026-03-31'))).toBe('2026-01-01');
    expect(yearBefore(at('2028-02-29'))).toBe('2027-02-28');
  });
});
