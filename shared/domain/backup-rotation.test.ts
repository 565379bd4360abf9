import { describe, expect, it } from 'vitest';
import { backupsToKeep, type DatedBackup } from './backup-rotation';

/** One backup a day at 08:00 UTC from `first` for `days` days, oldest first. */
function daily(first: string, days: number): DatedBackup[] {
  const start = new Date(`${first}T08:00:00Z`);
  return Array.from({ length: days }, (_, index) => {
    const at = new Date(start.getTime() + index * 86_400_000).toISOString();
    return { id: at.slice(0, 10), createdAt: at };
  });
}

describe('backupsToKeep', () => {
  it('keeps everything when there are fewer backups than slots', () => {
    const backups = daily('2026-11-20', 3);
    expect(backupsToKeep(backups)).toEqual(['2026-11-22', '2026-11-21', '2026-11-20']);
    expect(backupsToKeep([])).toEqual([]);
  });

  it('keeps 7 daily, 4 weekly and 12 monthly out of two years of daily backups', () => {
    const kept = backupsToKeep(daily('2025-01-01', 730)); // up to 2026-12-31, a Thursday
    // 7 daily: the last seven days.
    expect(kept.slice(0, 7)).toEqual(['2026-12-31', '2026-12-30', '2026-12-29', '2026-12-28', '2026-12-27', '2026-12-26', '2026-12-25']);
    // 4 weekly: newest of each Monday-started week; two are daily ones already, the others are two Sundays.
    expect(kept.slice(7, 9)).toEqual(['2026-12-20', '2026-12-13']);
    // 12 monthly: the newest of each month is its last day, back to January 2026 — month ends of 30, 31 and 28 days.
    for (const monthEnd of ['2026-11-30', '2026-10-31', '2026-09-30', '2026-02-28', '2026-01-31']) expect(kept).toContain(monthEnd);
    expect(kept).not.toContain('2025-12-31'); // thirteenth month back
    expect(kept).toHaveLength(7 + 2 + 11);
  });

  it('counts a week that spans the year change once', () => {
    // 2026-12-28 is a Monday; its week runs into January 2027.
    const backups = [
      { id: 'mon', createdAt: '2026-12-28T08:00:00Z' },
      { id: 'fri', createdAt: '2027-01-01T08:00:00Z' },
    ];
    expect(backupsToKeep(backups, { daily: 0, weekly: 4, monthly: 0 })).toEqual(['fri']);
    // …while the months are two.
    expect(backupsToKeep(backups, { daily: 0, weekly: 0, monthly: 12 })).toEqual(['fri', 'mon']);
  });

  it('keeps the newest of several backups in one day and one month end', () => {
    const backups = [
      { id: 'morning', createdAt: '2027-01-31T07:00:00Z' },
      { id: 'evening', createdAt: '2027-01-31T23:59:59Z' },
      { id: 'feb', createdAt: '2027-02-01T00:00:01Z' },
    ];
    expect(backupsToKeep(backups, { daily: 1, weekly: 0, monthly: 2 })).toEqual(['feb', 'evening']);
  });

  it('skips days without a backup instead of counting them', () => {
    const backups = [...daily('2026-01-01', 2), ...daily('2026-03-01', 1)];
    expect(backupsToKeep(backups, { daily: 3, weekly: 0, monthly: 0 })).toEqual(['2026-03-01', '2026-01-02', '2026-01-01']);
  });
});
