import { describe, expect, it } from 'vitest';
import { businessDate, isKnownTimeZone } from './business-date';

describe('business date', () => {
  it('is the calendar date on the wall clock of the time zone', () => {
    const instant = new Date('2026-12-03T13:30:00Z');
    expect(businessDate(instant, 'UTC')).toBe('2026-12-03');
    expect(businessDate(instant, 'Pacific/Auckland')).toBe('2026-12-04');
    expect(businessDate(new Date('2026-12-03T02:00:00Z'), 'America/Los_Angeles')).toBe('2026-12-02');
  });

  it('keeps leap days and year ends', () => {
    expect(businessDate(new Date('2028-02-29T23:30:00Z'), 'UTC')).toBe('2028-02-29');
    expect(businessDate(new Date('2026-12-31T23:30:00Z'), 'Europe/Berlin')).toBe('2027-01-01');
  });

  it('knows which zones exist', () => {
    expect(isKnownTimeZone('Europe/London')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
  });
});
