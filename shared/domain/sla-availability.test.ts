import { describe, expect, it } from 'vitest';
import type { ServiceHours } from './service-hours';
import {
  allowedDowntimeMinutes,
  availabilityPercent,
  downtimeFromAvailability,
  downtimeMinutesIn,
  downtimeMinutesInPeriod,
  errorBudget,
  serviceMinutesInPeriod,
} from './sla-availability';
import { mergeSpans, parseWallClock, periodSpan, periodWithin, type TimeSpan } from './sla-time';

const always: ServiceHours = { mode: '24x7' };
const office: ServiceHours = {
  mode: 'weekly',
  windows: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, from: '08:00', to: '18:00' })),
};

/** An outage from two wall-clock texts. */
function outage(start: string, end: string): TimeSpan {
  const from = parseWallClock(start);
  const to = parseWallClock(end);
  if (!from.ok || !to.ok) throw new Error('bad test time');
  return { start: from.seconds, end: to.seconds };
}

describe('service minutes of a period', () => {
  it('counts 24×7 months of 28, 29, 30 and 31 days', () => {
    expect(serviceMinutesInPeriod('2026-02', always)).toBe(28 * 24 * 60); // 40,320
    expect(serviceMinutesInPeriod('2028-02', always)).toBe(29 * 24 * 60); // 41,760
    expect(serviceMinutesInPeriod('2026-04', always)).toBe(30 * 24 * 60); // 43,200
    expect(serviceMinutesInPeriod('2026-01', always)).toBe(31 * 24 * 60); // 44,640
  });

  it('counts Mon–Fri 08:00–18:00 by the weekdays of each month', () => {
    // January 2026 starts on a Thursday: 22 weekdays × 600 minutes.
    expect(serviceMinutesInPeriod('2026-01', office)).toBe(22 * 600);
    // February 2026 starts on a Sunday: exactly four of each weekday, 20 × 600.
    expect(serviceMinutesInPeriod('2026-02', office)).toBe(20 * 600);
    // February 2028 (leap) starts on a Tuesday: the 29th is a Tuesday, 21 weekdays.
    expect(serviceMinutesInPeriod('2028-02', office)).toBe(21 * 600);
    // August 2026 starts on a Saturday and has 21 weekdays.
    expect(serviceMinutesInPeriod('2026-08', office)).toBe(21 * 600);
  });

  it('counts split windows, a Saturday morning and windows ending at midnight', () => {
    const desk: ServiceHours = {
      mode: 'weekly',
      windows: [
        { day: 'mon', from: '08:00', to: '12:00' },
        { day: 'mon', from: '13:00', to: '17:00' },
        { day: 'sat', from: '09:00', to: '13:00' },
        { day: 'sun', from: '20:00', to: '24:00' },
      ],
    };
    // February 2026: four Mondays (8 h), four Saturdays (4 h), four Sundays (4 h).
    expect(serviceMinutesInPeriod('2026-02', desk)).toBe(4 * 480 + 4 * 240 + 4 * 240);
  });

  it('counts only the days within validity dates, both included', () => {
    expect(serviceMinutesInPeriod('2026-04', always, { from: '2026-04-21' })).toBe(10 * 1440);
    expect(serviceMinutesInPeriod('2026-04', always, { to: '2026-04-10' })).toBe(10 * 1440);
    expect(serviceMinutesInPeriod('2026-04', always, { from: '2026-04-10', to: '2026-04-10' })).toBe(1440);
    expect(serviceMinutesInPeriod('2026-04', always, { from: '2026-05-01' })).toBe(0);
    expect(serviceMinutesInPeriod('2026-04', always, { to: '2026-03-31' })).toBe(0);
    // Thu 1 – Fri 9 January 2026 in office hours: 7 weekdays.
    expect(serviceMinutesInPeriod('2026-01', office, { to: '2026-01-09' })).toBe(7 * 600);
  });
});

describe('allowed downtime', () => {
  it('is exact for the textbook figures', () => {
    expect(allowedDowntimeMinutes(30 * 24 * 60, 99.9)).toBe(43.2);
    expect(allowedDowntimeMinutes(31 * 24 * 60, 99.9)).toBe(44.64);
    expect(allowedDowntimeMinutes(28 * 24 * 60, 99.9)).toBe(40.32);
    expect(allowedDowntimeMinutes(29 * 24 * 60, 99.9)).toBe(41.76);
    expect(allowedDowntimeMinutes(30 * 24 * 60, 99.95)).toBe(21.6);
    expect(allowedDowntimeMinutes(30 * 24 * 60, 99.99)).toBe(4.32);
    expect(allowedDowntimeMinutes(30 * 24 * 60, 99.999)).toBe(0.432);
    expect(allowedDowntimeMinutes(22 * 600, 99.5)).toBe(66);
    expect(allowedDowntimeMinutes(43_200, 100)).toBe(0);
    expect(allowedDowntimeMinutes(43_200, 0)).toBe(43_200);
  });
});

describe('downtime from outages', () => {
  it('splits an outage 23:00 31 Jan → 02:00 1 Feb across the two months', () => {
    const night = [outage('2026-01-31 23:00', '2026-02-01 02:00')];
    expect(downtimeMinutesInPeriod(night, '2026-01', always)).toBe(60);
    expect(downtimeMinutesInPeriod(night, '2026-02', always)).toBe(120);
    expect(downtimeMinutesInPeriod(night, '2026-03', always)).toBe(0);
    // In office hours none of it counts: it is night, and 31 January 2026 is a Saturday.
    expect(downtimeMinutesInPeriod(night, '2026-01', office)).toBe(0);
    expect(downtimeMinutesInPeriod(night, '2026-02', office)).toBe(0);
  });

  it('counts nothing for an outage entirely outside service hours', () => {
    expect(downtimeMinutesInPeriod([outage('2026-02-07 10:00', '2026-02-07 14:00')], '2026-02', office)).toBe(0); // a Saturday
    expect(downtimeMinutesInPeriod([outage('2026-02-03 19:00', '2026-02-04 07:59')], '2026-02', office)).toBe(0); // a weeknight
  });

  it('counts only the part inside service hours of an outage crossing a window edge or a weekend', () => {
    expect(downtimeMinutesInPeriod([outage('2026-02-02 07:00', '2026-02-02 09:00')], '2026-02', office)).toBe(60);
    expect(downtimeMinutesInPeriod([outage('2026-02-02 17:30', '2026-02-03 08:45')], '2026-02', office)).toBe(30 + 45);
    // Friday 16:00 to Monday 09:00: 2 h on Friday and 1 h on Monday.
    expect(downtimeMinutesInPeriod([outage('2026-02-06 16:00', '2026-02-09 09:00')], '2026-02', office)).toBe(180);
  });

  it('merges overlapping and duplicate outages so no minute counts twice', () => {
    const overlapping = [
      outage('2026-04-10 10:00', '2026-04-10 11:00'),
      outage('2026-04-10 10:30', '2026-04-10 12:00'),
      outage('2026-04-10 10:00', '2026-04-10 11:00'),
    ];
    expect(downtimeMinutesInPeriod(overlapping, '2026-04', always)).toBe(120);
    expect(mergeSpans(overlapping)).toHaveLength(1);
    const touching = [outage('2026-04-10 10:00', '2026-04-10 11:00'), outage('2026-04-10 11:00', '2026-04-10 11:30')];
    expect(mergeSpans(touching)).toEqual([{ start: touching[0]!.start, end: touching[1]!.end }]);
    expect(downtimeMinutesInPeriod([outage('2026-04-10 12:00', '2026-04-10 12:30'), ...overlapping], '2026-04', always)).toBe(150);
  });

  it('counts to the second and clips to validity dates', () => {
    expect(downtimeMinutesInPeriod([outage('2026-04-10 10:00:00', '2026-04-10 10:00:30')], '2026-04', always)).toBe(0.5);
    const outages = [outage('2026-04-09 23:00', '2026-04-10 01:00')];
    expect(downtimeMinutesInPeriod(outages, '2026-04', always, { from: '2026-04-10' })).toBe(60);
    expect(downtimeMinutesIn(outages, periodWithin('2026-04', null, '2026-04-09')!, always)).toBe(60);
    expect(downtimeMinutesIn(outages, periodSpan('2026-04'), always)).toBe(120);
  });

  it('ignores clock changes: every day has 24 hours of wall-clock time', () => {
    // 29 March 2026 is the night the clocks go forward in Europe; the outage still counts 3 h.
    expect(downtimeMinutesInPeriod([outage('2026-03-29 00:30', '2026-03-29 03:30')], '2026-03', always)).toBe(180);
    expect(serviceMinutesInPeriod('2026-03', always)).toBe(31 * 1440);
  });
});

describe('availability', () => {
  it('is (service − downtime) / service, exact at the textbook edge', () => {
    expect(availabilityPercent(43_200, 43.2)).toBe(99.9);
    expect(availabilityPercent(43_200, 0)).toBe(100);
    expect(availabilityPercent(43_200, 21.6)).toBe(99.95);
    expect(availabilityPercent(44_640, 60)).toBeCloseTo(99.865591, 6);
    expect(availabilityPercent(13_200, 66)).toBe(99.5);
    expect(availabilityPercent(100, 500)).toBe(0);
    expect(availabilityPercent(0, 0)).toBeNull();
  });

  it('for the month-crossing outage: January 99.8656 %, February 99.7024 %', () => {
    const night = [outage('2026-01-31 23:00', '2026-02-01 02:00')];
    const january = availabilityPercent(serviceMinutesInPeriod('2026-01', always), downtimeMinutesInPeriod(night, '2026-01', always))!;
    const february = availabilityPercent(serviceMinutesInPeriod('2026-02', always), downtimeMinutesInPeriod(night, '2026-02', always))!;
    expect(january).toBeCloseTo(((44_640 - 60) / 44_640) * 100, 10);
    expect(february).toBeCloseTo(((40_320 - 120) / 40_320) * 100, 10);
  });

  it('gives back the downtime an availability figure implies', () => {
    expect(downtimeFromAvailability(43_200, 99.95)).toBe(21.6);
    expect(downtimeFromAvailability(43_200, 99.9)).toBe(43.2);
    expect(downtimeFromAvailability(43_200, 100)).toBe(0);
  });
});

describe('error budget', () => {
  it('shows allowed, used, left and % used', () => {
    expect(errorBudget({ serviceMinutes: 43_200, targetPercent: 99.9, downtimeMinutes: 10.8 })).toEqual({
      allowedMinutes: 43.2,
      usedMinutes: 10.8,
      leftMinutes: 32.4,
      percentUsed: 25,
    });
    expect(errorBudget({ serviceMinutes: 43_200, targetPercent: 99.9, availabilityPercent: 99.95 })).toEqual({
      allowedMinutes: 43.2,
      usedMinutes: 21.6,
      leftMinutes: 21.6,
      percentUsed: 50,
    });
    expect(errorBudget({ serviceMinutes: 43_200, targetPercent: 99.9, availabilityPercent: 99.9 })).toMatchObject({ leftMinutes: 0, percentUsed: 100 });
  });

  it('goes negative once overspent', () => {
    expect(errorBudget({ serviceMinutes: 43_200, targetPercent: 99.9, downtimeMinutes: 60 })).toEqual({
      allowedMinutes: 43.2,
      usedMinutes: 60,
      leftMinutes: -16.8,
      percentUsed: 138.888889,
    });
  });

  it('has no % used when a 100 % target allows nothing', () => {
    expect(errorBudget({ serviceMinutes: 43_200, targetPercent: 100, downtimeMinutes: 5 })).toEqual({
      allowedMinutes: 0,
      usedMinutes: 5,
      leftMinutes: -5,
      percentUsed: null,
    });
  });
});

describe('wall-clock times', () => {
  it('reads ISO and day-first date-times, with or without seconds', () => {
    expect(parseWallClock('2026-01-31 23:00')).toMatchObject({ ok: true, text: '2026-01-31T23:00' });
    expect(parseWallClock('2026-01-31T23:00:15')).toMatchObject({ ok: true, text: '2026-01-31T23:00:15' });
    expect(parseWallClock('31/01/2026 23:00')).toMatchObject({ ok: true, text: '2026-01-31T23:00' });
    expect(parseWallClock('2026-02-01')).toMatchObject({ ok: true, text: '2026-02-01T00:00' });
    expect(parseWallClock('2026-01-31 24:00')).toMatchObject({ ok: true, text: '2026-02-01T00:00' });
  });

  it('refuses zones, impossible dates and other text with a reason', () => {
    expect(parseWallClock('2026-01-31T23:00:00Z')).toMatchObject({ ok: false, error: expect.stringContaining('has a time zone') });
    expect(parseWallClock('2026-01-31 23:00+01:00')).toMatchObject({ ok: false, error: expect.stringContaining('has a time zone') });
    expect(parseWallClock('2026-02-30 10:00')).toEqual({ ok: false, error: '"2026-02-30 10:00" is not a real date and time' });
    expect(parseWallClock('2026-02-03 25:00')).toMatchObject({ ok: false });
    expect(parseWallClock('yesterday')).toEqual({ ok: false, error: '"yesterday" is not a date and time like 2026-01-31 23:00' });
    expect(parseWallClock(' ')).toEqual({ ok: false, error: 'is empty' });
  });
});
