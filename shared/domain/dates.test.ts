import { describe, expect, it } from 'vitest';
import { addDaysIso, parseFlexibleDate } from './dates';

describe('parseFlexibleDate', () => {
  it('reads ISO dates, with or without a time', () => {
    expect(parseFlexibleDate('2026-03-31')).toBe('2026-03-31');
    expect(parseFlexibleDate('2026-3-1')).toBe('2026-03-01');
    expect(parseFlexibleDate('2026-03-31T10:00:00Z')).toBe('2026-03-31');
  });

  it('reads day-first dates with / . or - and two-digit years', () => {
    expect(parseFlexibleDate('31/03/2026')).toBe('2026-03-31');
    expect(parseFlexibleDate('3/4/2026')).toBe('2026-04-03');
    expect(parseFlexibleDate('31.3.2026')).toBe('2026-03-31');
    expect(parseFlexibleDate('31-03-2026')).toBe('2026-03-31');
    expect(parseFlexibleDate('01/02/26')).toBe('2026-02-01');
  });

  it('refuses dates that do not exist and text that is not a date', () => {
    expect(parseFlexibleDate('31/04/2026')).toBeNull();
    expect(parseFlexibleDate('2026-02-29')).toBeNull();
    expect(parseFlexibleDate('29/02/2028')).toBe('2028-02-29');
    expect(parseFlexibleDate('next week')).toBeNull();
    expect(parseFlexibleDate('')).toBeNull();
  });

  it('adds days across month ends', () => {
    expect(addDaysIso('2026-01-30', 2)).toBe('2026-02-01');
    expect(addDaysIso('2026-03-01', -1)).toBe('2026-02-28');
  });
});
