import { describe, expect, it } from 'vitest';
import { downtimePreview, formatDowntime } from './downtime-preview';

describe('downtime preview', () => {
  it('says what an availability target allows in a 30-day month of the effective hours', () => {
    expect(downtimePreview(99.9, { mode: '24x7' })).toBe('allows 43.2 min downtime in a 30-day 24×7 month');
    expect(downtimePreview(99, { mode: '24x7' })).toBe('allows 7 h 12 min downtime in a 30-day 24×7 month');
    expect(downtimePreview(100, { mode: '24x7' })).toBe('allows no downtime in a 30-day 24×7 month');
    const office = { mode: 'weekly' as const, windows: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, from: '08:00', to: '18:00' })) };
    // 3,000 service minutes a week, 30/7 weeks: 12,857 minutes; 0.1 % of that.
    expect(downtimePreview(99.9, office)).toBe('allows 12.9 min downtime in a 30-day month of Mon-Fri 08:00-18:00');
  });

  it('says nothing while the target is not a percentage or the hours are unknown', () => {
    expect(downtimePreview(null, { mode: '24x7' })).toBeNull();
    expect(downtimePreview(Number.NaN, { mode: '24x7' })).toBeNull();
    expect(downtimePreview(120, { mode: '24x7' })).toBeNull();
    expect(downtimePreview(99.9, null)).toBeNull();
  });

  it('writes short downtimes in minutes and long ones in hours and minutes', () => {
    expect(formatDowntime(4.32)).toBe('4.3 min');
    expect(formatDowntime(60)).toBe('1 h');
    expect(formatDowntime(1440)).toBe('24 h');
  });
});
